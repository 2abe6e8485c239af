import { describe, expect, it } from 'vitest';
import { fallbackNote } from '../../../../shared/engine/diff/diff-limits';

describe('the note under a diff that fell back to sentences', () => {
  it('says the word diff timed out only when it did', () => {
    expect(fallbackNote({ coarse: true, hitTimeout: true, hitEditLimit: false })).toContain('超时');
  });

  it('says the texts differ too much when the edit limit stopped it, not a timeout', () => {
    const note = fallbackNote({ coarse: true, hitTimeout: false, hitEditLimit: true });
    expect(note).toContain('改动过多');
    expect(note).not.toContain('超时');
  });

  it('names no reason for a comparison saved before the reason was recorded', () => {
    expect(fallbackNote({ coarse: true })).toBe('差异按句比较');
  });

  it('shows nothing under a word-by-word diff', () => {
    expect(fallbackNote({ coarse: false, hitTimeout: false, hitEditLimit: false })).toBeNull();
  });
});
