import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentences, tokenize, WordMemo, type Token } from '../../../../shared/engine/diff/tokenize';
import { matchText } from '../../../../shared/engine/diff/match-text';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * What the tokenizer must produce: every sentence segmented whole, numbers
 * kept as they are found by tokenize (their own rule, tested elsewhere).
 */
function reference(text: string): Token[] {
  const numbers = tokenize(text).filter((t) => /^[0-9０-９]/.test(t.key));
  const out: Token[] = [];
  for (const [s, e] of sentences(text)) {
    let last = s;
    const push = (from: number, to: number) => {
      if (from >= to) return;
      for (const seg of segmenter.segment(text.slice(from, to)))
        out.push({ start: from + seg.index, endExclusive: from + seg.index + seg.segment.length, key: seg.segment });
    };
    for (const n of numbers.filter((t) => t.start >= s && t.endExclusive <= e)) {
      push(last, n.start);
      out.push(n);
      last = n.endExclusive;
    }
    push(last, e);
  }
  return out;
}

const seedsDir = fileURLToPath(new URL('../../../../seeds/', import.meta.url));
const seedTexts = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(seedsDir + f, 'utf8'));

describe('tokenize', () => {
  it('gives the words of whole sentences although it segments pieces between punctuation, batched', () => {
    expect(seedTexts.length).toBeGreaterThan(0);
    for (const raw of seedTexts) {
      for (const options of [
        { ignorePunctuationWidth: true, ignoreWhitespace: true, ignoreLevelWords: false },
        { ignorePunctuationWidth: false, ignoreWhitespace: false, ignoreLevelWords: false },
      ]) {
        const text = matchText(raw, options).text;
        expect(tokenize(text)).toEqual(reference(text));
      }
    }
  });

  it('leaves letters and digits joined by a full stop, comma, colon or apostrophe to the segmenter', () => {
    const text = "版本v1.2,a.b与c:d及e'f,“引号”里5G基站、COVID-19,中\u0301文。二〇二四年👍🏽好a_b全区·全市(取证)";
    expect(tokenize(text)).toEqual(reference(text));
  });

  it('matches whole-sentence segmentation on arbitrary mixes of Chinese, Latin, digits and punctuation', () => {
    const alphabet = [...'推进加快发展企业项目建设市区abcXY0123.,:;\'"·‘’，．：；。、（）()“”-_ \n\u0301\u200d'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }), (chars) => {
        const text = chars.join('');
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 400 },
    );
  });

  it('shares one memo across texts without changing their words', () => {
    const memo = new WordMemo();
    const [a, b] = ['区发展改革委按职责分工负责。推动设备更新', '(区发展改革委按职责分工负责)推动设备改造'];
    expect(tokenize(a, 0, a.length, memo)).toEqual(reference(a));
    expect(tokenize(b, 0, b.length, memo)).toEqual(reference(b));
  });
});
