import { describe, expect, it } from 'vitest';
import { chineseToNumber } from '../../../../shared/parse/numerals';

describe('chineseToNumber', () => {
  it('reads numerals written with 十 and 百, the way headings count', () => {
    expect(['一', '十', '十二', '二十', '二十三', '一百', '一百零五', '两百', '百零五'].map(chineseToNumber)).toEqual([
      1, 10, 12, 20, 23, 100, 105, 200, 105,
    ]);
  });

  it('reads numerals written digit by digit (一〇〇, 二〇二四)', () => {
    expect(['一〇〇', '一〇五', '二〇二四', '一二'].map(chineseToNumber)).toEqual([100, 105, 2024, 12]);
  });

  it('passes Arabic digits through and refuses anything else', () => {
    expect(chineseToNumber('42')).toBe(42);
    expect(chineseToNumber('')).toBeNaN();
    expect(chineseToNumber('第一')).toBeNaN();
  });
});
