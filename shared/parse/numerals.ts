/** Chinese and Arabic numerals as printed in headings and numbering (一, 十二, 二十三, 百零五, 12). */

const digits: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Character class of Chinese numerals used in numbering. */
export const CN_NUM = '[零〇一二两三四五六七八九十百]';

/** The value of a text of ASCII digits only, or -1 (read by code, as this runs for every numbering in a text). */
function asciiValue(text: string): number {
  if (text.length === 0) return -1;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The value of a Chinese numeral (一 → 1, 二十三 → 23, 一百零五 → 105, positional 一〇五 → 105), or NaN. */
export function chineseToNumber(text: string): number {
  const ascii = asciiValue(text);
  if (ascii >= 0) return ascii;
  if (text.length > 1 && /^[零〇一二三四五六七八九]+$/.test(text)) return [...text].reduce((n, ch) => n * 10 + digits[ch], 0);
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch in digits) current = digits[ch];
    else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else return Number.NaN;
  }
  return text.length === 0 ? Number.NaN : total + current;
}
