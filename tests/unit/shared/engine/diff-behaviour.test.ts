import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../../shared/engine/index';
import { tokenize } from '../../../../shared/engine/diff/tokenize';
import type { DiffOp, DiffOptions } from '../../../../shared/model/comparison';

const strict: DiffOptions = { ignorePunctuationWidth: false, ignoreWhitespace: false, ignoreLevelWords: false };
const folded: DiffOptions = { ignorePunctuationWidth: true, ignoreWhitespace: true, ignoreLevelWords: true };
const side = (ops: readonly DiffOp[], skip: DiffOp['op']) =>
  ops
    .filter((o) => o.op !== skip)
    .map((o) => o.text)
    .join('');
const alphabet = [...'市区县全推进加快发展企业项目建设。，,;；、 \n0123456789亿元%家个科技局（）()'];
const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }).map((a) => a.join(''));

describe('word diff', () => {
  it('rebuilds both texts from its ops when nothing is ignored', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { ops } = diffTexts(a, b, strict);
        expect(side(ops, 'insert')).toBe(a);
        expect(side(ops, 'delete')).toBe(b);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the other text whole in equal and insert ops under every option', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(side(diffTexts(a, b, folded).ops, 'delete')).toBe(b);
      }),
      { numRuns: 300 },
    );
  });

  it('merges adjacent ops of the same kind', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { ops } = diffTexts(a, b, folded);
        ops.forEach((o, i) => {
          expect(o.text.length).toBeGreaterThan(0);
          if (i > 0) expect(ops[i - 1].op).not.toBe(o.op);
        });
      }),
      { numRuns: 200 },
    );
  });

  const words = (seed: number) => Array.from({ length: 4000 }, (_, i) => `词${(i * seed) % 97}项${(i * 7 + seed) % 13}。`).join('');

  it('falls back to a coarse diff that says it ran out of time instead of failing', () => {
    const [a, b] = [words(3), words(5)];
    const result = diffTexts(a, b, strict, { maxComputationTimeMs: 1 });
    expect(result).toMatchObject({ coarse: true, hitTimeout: true, hitEditLimit: false });
    expect(side(result.ops, 'insert')).toBe(a);
    expect(side(result.ops, 'delete')).toBe(b);
  });

  it('says the edit limit, not the time, stopped a word diff of texts that differ throughout', () => {
    const [a, b] = [words(3), words(5)];
    const result = diffTexts(a, b, strict, { maxComputationTimeMs: 10_000, maxEditShare: 0.01, minEditLimit: 1 });
    expect(result).toMatchObject({ coarse: true, hitTimeout: false, hitEditLimit: true });
    expect(side(result.ops, 'insert')).toBe(a);
    expect(side(result.ops, 'delete')).toBe(b);
  });

  it('reports no fallback for a measure-sized diff', () => {
    const result = diffTexts('全年完成投资40亿元。', '全区完成投资3.5亿元。', strict);
    expect(result).toMatchObject({ coarse: false, hitTimeout: false, hitEditLimit: false });
  });

  it('keeps a number and its unit in one token, with or without a space', () => {
    const keys = (s: string) => tokenize(s).map((t) => t.key);
    expect(keys('超过40亿元。')).toContain('40亿元');
    expect(keys('超过3.5 亿元。')).toContain('3.5 亿元');
    expect(keys('达到80%以上')).toContain('80%');
    expect(keys('引进院士2-3名')).toContain('2-3名');
  });
});
