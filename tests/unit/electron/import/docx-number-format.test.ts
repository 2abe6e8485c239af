import { describe, expect, it } from 'vitest';
import { fillLevelText, formatListNumber } from '../../../../electron/main/services/import/docx-number-format';

const inFormat = (numFmt: string, values: readonly number[]) => values.map((n) => formatListNumber(n, numFmt));

describe('formatListNumber', () => {
  it('counts chineseCounting in words to 九十九, then digit by digit', () => {
    expect(inFormat('chineseCounting', [1, 9, 10, 11, 19, 20, 21, 99, 100, 101])).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '九十九',
      '一〇〇',
      '一〇一',
    ]);
  });

  it('counts chineseCountingThousand in words with 零 for skipped places', () => {
    expect(inFormat('chineseCountingThousand', [10, 15, 100, 101, 110, 1005, 1010, 10000, 10010, 120000])).toEqual([
      '十',
      '十五',
      '一百',
      '一百零一',
      '一百一十',
      '一千零五',
      '一千零一十',
      '一万',
      '一万零一十',
      '十二万',
    ]);
  });

  it('writes chineseLegalSimplified in 大写, keeping the 壹 of 壹拾', () => {
    expect(inFormat('chineseLegalSimplified', [1, 10, 12, 105])).toEqual(['壹', '壹拾', '壹拾贰', '壹佰零伍']);
  });

  it('names ideographTraditional levels by the heavenly stems 甲…癸 and falls back to digits past ten', () => {
    expect(inFormat('ideographTraditional', [1, 2, 10, 11])).toEqual(['甲', '乙', '癸', '11']);
  });

  it('encloses decimalEnclosedCircle numbers up to ⑳ and prints larger ones plainly', () => {
    expect(inFormat('decimalEnclosedCircle', [1, 9, 20, 21])).toEqual(['①', '⑨', '⑳', '21']);
  });

  it('repeats letters past Z and writes Roman numerals, full-width and zero-padded digits', () => {
    expect(inFormat('upperLetter', [1, 26, 27, 53])).toEqual(['A', 'Z', 'AA', 'AAA']);
    expect(inFormat('lowerLetter', [2, 28])).toEqual(['b', 'bb']);
    expect(inFormat('upperRoman', [4, 9, 14, 1994])).toEqual(['IV', 'IX', 'XIV', 'MCMXCIV']);
    expect(inFormat('lowerRoman', [3])).toEqual(['iii']);
    expect(inFormat('decimalFullWidth', [7, 12])).toEqual(['７', '１２']);
    expect(inFormat('decimalZero', [7, 12])).toEqual(['07', '12']);
  });

  it('prints nothing for bullet and none, and decimal for a format it does not know', () => {
    expect(inFormat('bullet', [3])).toEqual(['']);
    expect(inFormat('none', [3])).toEqual(['']);
    expect(inFormat('hebrew2', [3])).toEqual(['3']);
  });
});

describe('fillLevelText', () => {
  const chapter = { value: 2, numFmt: 'chineseCounting' };
  const item = { value: 3, numFmt: 'decimal' };

  it('fills each %n with its level’s number in that level’s format', () => {
    expect(fillLevelText('第%1章', [chapter])).toBe('第二章');
    expect(fillLevelText('（%1）', [chapter])).toBe('（二）');
    expect(fillLevelText('%1.%2', [chapter, item])).toBe('二.3');
  });

  it('prints every level in Arabic numerals for a legal (w:isLgl) level', () => {
    expect(fillLevelText('%1.%2', [chapter, item], true)).toBe('2.3');
  });

  it('prints nothing for a level that is missing or is a bullet', () => {
    expect(fillLevelText('%1.%2.%3', [item, { value: 1, numFmt: 'bullet' }])).toBe('3..');
  });
});
