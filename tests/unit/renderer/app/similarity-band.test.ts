import { describe, expect, it } from 'vitest';
import { defaultTierThresholds } from '../../../../shared/engine/align/tiers';
import { pairTier, percent, similarityLegend } from '../../../../renderer/src/app/similarity-band';

describe('similarity as the reviewer reads it', () => {
  it('uses the tier the engine gave the pair', () => {
    expect(pairTier(0.9, 'related')).toBe('related');
    expect(pairTier(0.1, 'same-matter')).toBe('same-matter');
  });

  it('falls back to the engine’s own tier rule on a bare score, and shows whole percentages', () => {
    expect(pairTier(defaultTierThresholds.sameClause)).toBe('same-clause');
    expect(pairTier(defaultTierThresholds.sameMatter - 0.001)).toBe('related');
    expect(percent(0.614)).toBe('61%');
  });

  it('never calls a pair the engine made "not a counterpart"', () => {
    expect(similarityLegend).not.toContain('不算对应条款');
    expect(similarityLegend).toContain('同条');
    expect(similarityLegend).toContain('同事项');
    expect(similarityLegend).toContain('相关');
  });
});
