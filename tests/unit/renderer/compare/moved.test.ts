import { describe, expect, it } from 'vitest';
import { longestIncreasing, movedMembers } from '../../../../renderer/src/compare/moved';
import type { AlignedGroup } from '../../../../shared/model/comparison';

const member = (doc: number, ordinal: number) => ({
  doc,
  unitId: `d${doc}-u${ordinal}`,
  label: String(ordinal),
  ordinal,
  score: 0.8,
  tier: null,
});
const group = (...members: ReturnType<typeof member>[]): AlignedGroup => ({
  members,
  score: 0.8,
  tier: null,
  merged: false,
  diffs: [],
  targets: [],
});

describe('moved measures', () => {
  it('keeps a longest run in order', () => {
    expect([...longestIncreasing([1, 2, 8, 3, 4])].sort()).toEqual([0, 1, 3, 4]);
  });

  it('marks the one measure the other document moved, with the base number it sits beside', () => {
    const groups = [1, 2, 3, 4, 5].map((i) => group(member(0, i), member(1, i === 3 ? 9 : i)));
    expect([...movedMembers(groups, 0, 2)]).toEqual([['2:1', '原第 3 条']]);
  });

  it('marks nothing when every pair follows the base order, gaps and all', () => {
    const groups = [group(member(0, 1), member(1, 1)), group(member(0, 2)), group(member(0, 3), member(1, 5))];
    expect(movedMembers(groups, 0, 2).size).toBe(0);
  });
});
