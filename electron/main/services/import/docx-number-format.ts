/**
 * A list number as Word prints it in a given w:numFmt (一, 十一, ①, 甲, iv …),
 * and a level's w:lvlText (`%1、`, `（%1）`, `第%1条`, `%1.%2`) filled in.
 */

const cnDigits = '〇一二三四五六七八九';
const countingDigits = '零一二三四五六七八九';
const legalDigits = '零壹贰叁肆伍陆柒捌玖';
const heavenlyStems = '甲乙丙丁戊己庚辛壬癸';
const earthlyBranches = '子丑寅卯辰巳午未申酉戌亥';

/** 1–9999 in counting form (一百零五, 二十); `dropLeadingOne` makes 10–19 read 十, 十一 rather than 一十. */
function countingBelowTenThousand(n: number, digits: string, units: readonly string[], dropLeadingOne: boolean): string {
  const places = String(n).split('').map(Number);
  let out = '';
  let zeroPending = false;
  places.forEach((d, i) => {
    const unit = units[places.length - 1 - i];
    if (d === 0) {
      zeroPending = out !== '';
      return;
    }
    if (zeroPending) out += digits[0];
    zeroPending = false;
    out += dropLeadingOne && out === '' && d === 1 && unit === units[1] ? unit : digits[d] + unit;
  });
  return out;
}

/** Any positive integer in counting form, grouping by 万 and 亿 as Chinese does. */
function counting(n: number, digits: string, units: readonly string[], big: readonly string[], dropLeadingOne: boolean): string {
  if (n === 0) return digits[0];
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10000)) groups.unshift(rest % 10000);
  let out = '';
  groups.forEach((g, i) => {
    if (g === 0) return;
    const needsZero = out !== '' && (g < 1000 || groups[i - 1] === 0);
    out +=
      (needsZero ? digits[0] : '') + countingBelowTenThousand(g, digits, units, dropLeadingOne && out === '') + big[groups.length - 1 - i];
  });
  return out;
}

const cnUnits = ['', '十', '百', '千'];
const cnBig = ['', '万', '亿', '万亿'];
const chineseCountingThousand = (n: number) => counting(n, countingDigits, cnUnits, cnBig, true);
const digitByDigit = (n: number, digits: string) => String(n).replace(/\d/g, (d) => digits[Number(d)]);
const enclosed = (n: number, first: number) => (n >= 1 && n <= 20 ? String.fromCodePoint(first + n - 1) : String(n));
const sequence = (n: number, symbols: string) => (n >= 1 && n <= symbols.length ? symbols[n - 1] : String(n));

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: readonly (readonly [number, string])[] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, symbol] of table) for (; rest >= value; rest -= value) out += symbol;
  return out;
}

/** Word's letters repeat rather than carry: …, Z, AA, BB, …, ZZ, AAA. */
const letters = (n: number) => (n >= 1 ? String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.ceil(n / 26)) : String(n));

/** A counter value in a w:numFmt; formats it does not know read as decimal, `none` and `bullet` as nothing. */
export function formatListNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488);
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'chineseCounting':
    case 'taiwaneseCounting':
    case 'japaneseCounting':
      // 一 … 九十九 in words, then digit by digit (一〇〇)
      return n > 0 && n < 100 ? chineseCountingThousand(n) : digitByDigit(n, cnDigits);
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
      return chineseCountingThousand(n);
    case 'chineseLegalSimplified':
      // 法定大写 keeps the 壹 of 壹拾
      return counting(n, legalDigits, ['', '拾', '佰', '仟'], ['', '万', '亿', '万亿'], false);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return digitByDigit(n, cnDigits);
    case 'ideographTraditional':
      return sequence(n, heavenlyStems);
    case 'ideographZodiac':
      return sequence(n, earthlyBranches);
    default:
      return String(n);
  }
}

/** What filling a level's text needs of each level it may name (`%1` is level 0). */
export interface LevelValue {
  readonly value: number;
  readonly numFmt: string;
}

/**
 * A w:lvlText with its `%1`…`%9` replaced by the levels' numbers; `legal`
 * (w:isLgl) prints them all in Arabic numerals. A placeholder naming a level
 * that is absent or has no number of its own (a bullet) prints nothing.
 */
export function fillLevelText(lvlText: string, levels: readonly (LevelValue | undefined)[], legal = false): string {
  return lvlText.replace(/%([1-9])/g, (_, digit: string) => {
    const level = levels[Number(digit) - 1];
    if (!level || level.numFmt === 'bullet' || level.numFmt === 'none') return '';
    return legal ? String(level.value) : formatListNumber(level.value, level.numFmt);
  });
}
