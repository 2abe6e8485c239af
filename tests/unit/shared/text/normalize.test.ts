import { describe, expect, it } from 'vitest';
import { foldCode, foldForMatch, foldWidth, normalizeForMatch } from '../../../../shared/text/normalize';

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
