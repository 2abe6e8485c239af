/**
 * Word tokens for the diff: sentences are segmented one at a time with
 * Intl.Segmenter (Node 20's segmenter is quadratic on long strings), and a
 * number with its unit (`40亿元`, `3.5 亿元`, `2-3名`, `80%`) is one token.
 */

/** A token: a half-open range of the matching text and its comparison key. */
export interface Token {
  readonly start: number;
  readonly endExclusive: number;
  readonly key: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const units =
  '亿美元|万美元|亿元|万元|千元|元|个百分点|百分点|万千瓦|千瓦时|千瓦|兆瓦|万吨|吨|万亩|亩|万平方米|平方米|平方公里|公里|千米|米|公顷|' +
  '万人次|人次|万人|万户|亿|万|千|百|%|％|‰|家|个|项|名|人|户|所|座|条|辆|台|套|张|件|款|部|支|处|间|床|期|级|倍|批|次|场|栋|天|年|月|日|周|小时|分钟|岁|届|亿度|度|GW|MW|kW|km';
const number = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
const numberToken = new RegExp(`${number}(?:[ \\t\\u3000]*[-~～—–至到][ \\t\\u3000]*${number})?(?:[ \\t\\u3000]*(?:${units}))?`, 'g');
const sentenceEnd = /[。；;！!？?\n]/;
const maxSentence = 160;

/** Splits [start, end) of `text` into sentence ranges, cutting long ones at commas. */
export function sentences(text: string, start = 0, end = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (sentenceEnd.test(ch) || (i - s >= maxSentence && /[，,、：:]/.test(ch)) || i - s >= maxSentence * 2) {
      out.push([s, i + 1]);
      s = i + 1;
    }
  }
  if (s < end) out.push([s, end]);
  return out;
}

function pushWords(text: string, start: number, end: number, out: Token[]): void {
  if (start >= end) return;
  const piece = text.slice(start, end);
  for (const seg of segmenter.segment(piece)) {
    const s = start + seg.index;
    out.push({ start: s, endExclusive: s + seg.segment.length, key: seg.segment });
  }
}

/** Tokenises [start, end) of a matching text: numbers with units atomic, the rest words, per sentence. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  for (const [s, e] of sentences(text, start, end)) {
    const sentence = text.slice(s, e);
    let last = 0;
    numberToken.lastIndex = 0;
    for (let m = numberToken.exec(sentence); m; m = numberToken.exec(sentence)) {
      pushWords(text, s + last, s + m.index, out);
      out.push({ start: s + m.index, endExclusive: s + m.index + m[0].length, key: m[0] });
      last = m.index + m[0].length;
    }
    pushWords(text, s + last, e, out);
  }
  return out;
}
