/** The filter choices the library offers the search dialog: its regions, years and kinds, each once, sorted. */
import type { DocumentSummary } from '../../../shared/api/contract';

/** Choices for the three filter menus. */
export interface SearchChoices {
  readonly regions: readonly string[];
  readonly years: readonly number[];
  readonly kinds: readonly string[];
}

/** The most specific place a document names: its district, else its city, else its province. */
const placeOf = (d: DocumentSummary): string | undefined => d.meta.region.district ?? d.meta.region.city ?? d.meta.region.province;

const present = <T>(values: readonly (T | undefined)[]): T[] => [...new Set(values.filter((v): v is T => v !== undefined && v !== ''))];

/** What the library holds, for the filter menus. */
export function searchChoices(library: readonly DocumentSummary[]): SearchChoices {
  return {
    regions: present(library.map(placeOf)).sort((a, b) => a.localeCompare(b, 'zh')),
    years: present(library.map((d) => d.meta.year)).sort((a, b) => b - a),
    kinds: present(library.map((d) => d.meta.kind)).sort((a, b) => a.localeCompare(b, 'zh')),
  };
}

/** The index of the hit after `step` from `at` among `count`, wrapping; -1 when there are none. */
export function stepHit(at: number, step: 1 | -1, count: number): number {
  if (count === 0) return -1;
  if (at < 0) return step === 1 ? 0 : count - 1;
  return (at + step + count) % count;
}
