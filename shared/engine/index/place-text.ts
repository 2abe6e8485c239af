/** What a search hit's place is called in the UI and the CLI: 标题 / 前言 / 结尾 / the heading, or the unit's label and title. */
import type { SearchHit, SearchPlace } from '../../model/comparison';

/** Fails to compile when a union gains a kind a switch does not handle. */
function assertNever(value: never): never {
  throw new Error(`unexpected place: ${JSON.stringify(value)}`);
}

/** The name of a place outside the units; '' for a unit. */
export function placeText(place: SearchPlace): string {
  switch (place.kind) {
    case 'unit':
      return '';
    case 'title':
      return '标题';
    case 'preamble':
      return '前言';
    case 'closing':
      return '结尾';
    case 'heading':
      return place.heading;
    default:
      return assertNever(place);
  }
}

/** A hit's heading line: `3 加快设备更新` for a unit, `标题` / `前言` / the heading otherwise. */
export function hitHeading(hit: SearchHit): string {
  return hit.place.kind === 'unit' ? `${hit.label} ${hit.title}`.trim() : placeText(hit.place);
}
