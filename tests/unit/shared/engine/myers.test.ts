import fc from 'fast-check';
import { diffArrays } from 'diff';
import { describe, expect, it } from 'vitest';
import { editScript } from '../../../../shared/engine/diff/myers';

const open = { maxEdits: Infinity, deadline: Infinity };

describe('Myers edit script', () => {
  it('finds the same edit script as jsdiff, so diffs read as they did', () => {
    const tokens = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 });
    fc.assert(
      fc.property(tokens, tokens, (a, b) => {
        const ours = editScript(Int32Array.from(a), Int32Array.from(b), open);
        const theirs = diffArrays(a, b).map((p) => ({ kind: p.added ? 'insert' : p.removed ? 'remove' : 'equal', count: p.count }));
        expect(ours).toEqual({ kind: 'done', runs: theirs });
      }),
      { numRuns: 500 },
    );
  });

  it('says it hit the edit limit when the texts need more edits than allowed', () => {
    expect(editScript(Int32Array.of(1, 2, 3, 4), Int32Array.of(5, 6, 7, 8), { maxEdits: 3, deadline: Infinity })).toEqual({
      kind: 'hitEditLimit',
    });
    expect(editScript(Int32Array.of(1, 2, 3, 4), Int32Array.of(1, 6, 3, 4), { maxEdits: 2, deadline: Infinity }).kind).toBe('done');
  });

  it('says it hit the timeout when the deadline has passed', () => {
    expect(editScript(Int32Array.of(1, 2), Int32Array.of(3), { maxEdits: Infinity, deadline: Date.now() - 1 })).toEqual({
      kind: 'hitTimeout',
    });
  });

  it('needs no edits for equal sequences, even past the deadline', () => {
    expect(editScript(Int32Array.of(1, 2), Int32Array.of(1, 2), { maxEdits: 0, deadline: 0 })).toEqual({
      kind: 'done',
      runs: [{ kind: 'equal', count: 2 }],
    });
    expect(editScript(new Int32Array(0), new Int32Array(0), open)).toEqual({ kind: 'done', runs: [] });
  });
});
