/**
 * Short names for corpus documents in tight lists (precedent chips): where,
 * when and what kind (许昌市 2024 若干措施) says more to a drafter than a long
 * title cut off mid-word. Falls back to the title when the metadata is thin or
 * two documents would share a name.
 */
import type { DocumentSummary } from '../../../shared/api/contract';

const cut = (title: string, max: number): string => (title.length > max ? `${title.slice(0, max - 1)}…` : title);

const placeOf = (s: DocumentSummary): string => s.meta.region.district || s.meta.region.city || s.meta.region.province || '';

/** Short name of each document by id; unique among the given summaries. */
export function shortTitles(summaries: readonly DocumentSummary[], max = 16): ReadonlyMap<string, string> {
  const proposed = summaries.map((s) => {
    const place = placeOf(s);
    const parts = [place, s.meta.year ? String(s.meta.year) : '', s.meta.kind ?? ''].filter(Boolean);
    const short = place && parts.length >= 2 ? parts.join(' ') : cut(s.meta.title || s.fileName, max);
    return { s, short: s.meta.status === 'draft' ? `${short}(征求意见稿)` : short };
  });
  const count = new Map<string, number>();
  for (const p of proposed) count.set(p.short, (count.get(p.short) ?? 0) + 1);
  return new Map(proposed.map(({ s, short }) => [s.id, (count.get(short) ?? 0) > 1 ? cut(s.meta.title || s.fileName, max) : short]));
}
