/** Working state of the alignment: groups being built and a cache of unit (or merged-unit) sides. */
import type { UnitFeatures } from '../text/features';
import { sideOf, type Idf, type Side } from './similarity';
import type { MemberRef } from './align-documents';

/** A group while documents are still being added to it. */
export interface WorkGroup {
  members: MemberRef[];
  merged: boolean;
  /** representative units (the pivot members, or the first member) */
  reps: Array<{ doc: number; index: number }>;
  /** relative position of the representative in its document, 0..1 */
  pos: number;
  pivotIndex: number;
}

/** Sides of single units and of merged neighbours, built once each. */
export class SideCache {
  private readonly cache = new Map<string, Side>();
  constructor(
    private readonly idf: Idf,
    private readonly features: readonly (readonly UnitFeatures[])[],
  ) {}
  of(refs: ReadonlyArray<{ doc: number; index: number }>): Side {
    const key = refs.map((r) => `${r.doc}:${r.index}`).join('+');
    let side = this.cache.get(key);
    if (!side) {
      side = sideOf(this.idf, ...refs.map((r) => this.features[r.doc][r.index]));
      this.cache.set(key, side);
    }
    return side;
  }
}
