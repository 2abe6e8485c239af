import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldCode, foldForMatch, foldedSlice, foldWidth, normalizeForMatch } from '../../../../shared/text/normalize';

describe('matching-only normalisation', () => {
  it('folds full-width letters, digits and punctuation to one form each', () => {
    expect(foldWidth('ＡＢ１２，、；：（）【】“”')).toBe('AB12,,;:()[]""');
    expect(foldCode('　'.charCodeAt(0))).toBe(' '.charCodeAt(0));
  });

  it('keeps the length so offsets stay valid in the original', () => {
    const text = '（一）國際發展：３．５亿元。';
    expect(foldWidth(text)).toHaveLength(text.length);
  });

  it('maps common traditional characters to simplified ones', () => {
    expect(foldWidth('國際經濟發展')).toBe('国际经济发展');
  });

  it('drops whitespace, markdown marks and the space between a number and its unit', () => {
    expect(normalizeForMatch('### **三、持续释放**')).toBe('三,持续释放');
    expect(normalizeForMatch('技术合同成交额超过 3.5 亿元')).toBe('技术合同成交额超过3.5亿元');
  });

  it('joins a line broken mid-sentence', () => {
    expect(normalizeForMatch('覆盖率达\n\n到 80%')).toBe('覆盖率达到80%');
  });

  it('maps every folded character back to its original offset', () => {
    const text = 'a 覆\n盖';
    const folded = foldForMatch(text);
    expect(folded.text).toBe('a覆盖');
    expect(Array.from(folded.offsets)).toEqual([0, 2, 4]);
  });
});

describe('a stretch of the matching form', () => {
  it('is the matching form sliced, for any text and stretch (surrogates and whitespace included)', () => {
    const chars = fc.constantFrom('推', '進', '，', '。', 'Ａ', '1', '.', ' ', '\u3000', '\n', '*', '#', '\ud83d', '\ude00', '发', '展');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 200 }), fc.nat(220), fc.nat(220), (cs, a, b) => {
        const text = cs.join('');
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(foldedSlice(text, from, to)).toBe(normalizeForMatch(text).slice(from, to));
        expect(foldedSlice(text, from)).toBe(normalizeForMatch(text).slice(from));
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
