import { describe, expect, it } from 'vitest';
import { labelNumber } from '../../../../renderer/src/compare/jump-label';

describe('跳到 reads a measure number as typed or printed', () => {
  it.each([
    ['13', 13],
    ['第13条', 13],
    ['第十三条', 13],
    ['十三', 13],
    ['(三)', 3],
    ['(十三)', 13],
    ['3.', 3],
    ['第 二十 条', 20],
  ])('%s → %i', (typed, n) => {
    expect(labelNumber(typed)).toBe(n);
  });

  it('refuses what is not a number', () => {
    expect(labelNumber('营商环境')).toBeNull();
    expect(labelNumber('第条')).toBeNull();
  });
});
