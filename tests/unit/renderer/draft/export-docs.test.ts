import { describe, expect, it } from 'vitest';
import type { DraftCheck, Precedent } from '../../../../shared/model/comparison';
import { precedentDocuments } from '../../../../renderer/src/draft/export-docs';

const p = (doc: string): Precedent => ({ doc, unitId: 'u', label: '1', title: '', score: 0.5 });
const check = (tops: readonly (readonly string[])[]): DraftCheck =>
  ({
    units: tops.map((docs, i) => ({ unitId: `m${i}`, label: `${i}`, title: '', precedents: docs.map(p) })),
    gaps: [],
  }) as unknown as DraftCheck;

describe('documents offered for the draft 对照表', () => {
  it('ranks documents by how many draft measures take their best precedent from them', () => {
    expect(precedentDocuments({ check: check([['b', 'a'], ['a'], ['a', 'b'], ['c'], []]) })).toEqual(['a', 'b', 'c']);
  });

  it('offers nothing when no measure has a precedent', () => {
    expect(precedentDocuments({ check: check([[], []]) })).toEqual([]);
  });
});
