import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts } from '../../../../shared/engine/index';
import { tokenize } from '../../../../shared/engine/diff/tokenize';
import type { DiffOp, DiffOptions } from '../../../../shared/model/comparison';

const strict: DiffOptions = { ignorePunctuationWidth: false, ignoreWhitespace: false, ignoreLevelWords: false };
const folded: DiffOptions = { ignorePunctuationWidth: true, ignoreWhitespace: true, ignoreLevelWords: true };
const side = (ops: readonly DiffOp[], skip: DiffOp['op']) => ops.filter((o) => o.op !== skip).map((o) => o.text).join('');
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

  it('falls back to a coarse diff instead of failing when time runs out', () => {
    const words = (seed: number) => Array.from({ length: 4000 }, (_, i) => `词${(i * seed) % 97}项${(i * 7 + seed) % 13}。`).join('');
    const a = words(3);
    const b = words(5);
    const result = diffTexts(a, b, strict, 1);
    expect(result.coarse).toBe(true);
    expect(side(result.ops, 'insert')).toBe(a);
    expect(side(result.ops, 'delete')).toBe(b);
  });

  it('keeps a number and its unit in one token, with or without a space', () => {
    const keys = (s: string) => tokenize(s).map((t) => t.key);
    expect(keys('超过40亿元。')).toContain('40亿元');
    expect(keys('超过3.5 亿元。')).toContain('3.5 亿元');
    expect(keys('达到80%以上')).toContain('80%');
    expect(keys('引进院士2-3名')).toContain('2-3名');
  });
});
