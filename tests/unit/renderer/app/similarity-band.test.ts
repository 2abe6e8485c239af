import { describe, expect, it } from 'vitest';
import { alignThresholds } from '../../../../shared/engine/align/thresholds';
import { percent, similarityBand } from '../../../../renderer/src/app/similarity-band';

describe('similarity as the reviewer reads it', () => {
  it('calls a pair below the engine’s match threshold low, so it never reads as a counterpart', () => {
    expect(similarityBand(alignThresholds.match - 0.001)).toBe('low');
    expect(similarityBand(alignThresholds.match)).toBe('medium');
  });

  it('calls close wording high and shows whole percentages', () => {
    expect(similarityBand(0.61)).toBe('high');
    expect(percent(0.614)).toBe('61%');
  });
});
