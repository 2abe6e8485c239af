import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTextIndex, searchCorpus } from '../../../../../shared/engine/index';
import { findExact } from '../../../../../shared/engine/index/exact-match';
import { cheapestCover } from '../../../../../shared/engine/index/search';
import { parseDocument } from '../../../../../shared/parse/index';
import { normalizeForMatch } from '../../../../../shared/text/normalize';
import { seed, seedFiles, type SeedName } from '../../../../fixtures/align/seeds';
import { seedText } from '../../../../fixtures/parse/seeds';

const names = Object.keys(seedFiles) as SeedName[];
const corpus = names.map((name) => ({ id: seedFiles[name].replace(/\.txt$/, ''), parsed: seed(name), text: seedText(name) }));
// one document a segment, so every query also crosses segments
const index = buildTextIndex(corpus, { segmentDocs: 1, maxSegments: 24 });
const units = corpus.flatMap((d) => d.parsed.units.map((u) => ({ key: `${d.id}/${u.id}`, folded: normalizeForMatch(u.text) })));

/** The units a plain scan finds (numbers atomic, as the engine's findExact). */
const scanned = (q: string): string[] => units.filter((u) => findExact(u.folded, q) >= 0).map((u) => u.key);
const found = (q: string): string[] =>
  searchCorpus(index, q, { limit: 1e9 })
    .exact.filter((h) => h.place.kind === 'unit')
    .map((h) => `${h.doc}/${h.unitId}`);

describe('exact search recall against a substring scan', () => {
  it('finds every unit holding any stretch cut from a unit, whatever its length', () => {
    const stretch = fc
      .record({ unit: fc.nat(units.length - 1), at: fc.nat(400), length: fc.integer({ min: 2, max: 14 }) })
      .map(({ unit, at, length }) => {
        const text = units[unit].folded;
        const start = at % Math.max(1, text.length - 1);
        return text.slice(start, start + length);
      })
      .filter((q) => q.length >= 2 && /[\p{L}\p{N}]/u.test(q));
    fc.assert(
      fc.property(stretch, (q) => {
        expect(found(q).sort()).toEqual(scanned(q).sort());
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('finds every unit holding one character from the postings alone, its last character too', () => {
    // a unit's last character (most end in 。, which is no query) stands before its closing bracket or 。
    const lastChars = [...new Set(units.map((u) => u.folded.replace(/[^\p{L}\p{N}]+$/u, '').slice(-1)))].filter(Boolean).slice(0, 20);
    for (const q of ['的', '企', '5', '0', ...lastChars]) expect(found(q).sort()).toEqual(scanned(q).sort());
  });

  it('finds a character that only ends a field, and nothing for the code unit marking the end of a field', () => {
    const text = '关于印发若干措施的通知\n一、总则\n(一)扩大投资。\n(二)甲\n';
    const one = buildTextIndex([{ id: 'one', parsed: parseDocument(text, { fileName: 'one.txt' }), text }]);
    const own = parseDocument(text, { fileName: 'one.txt' }).units.filter((u) => normalizeForMatch(u.text).includes('甲'));
    expect(searchCorpus(one, '甲').exact.filter((h) => h.place.kind === 'unit')).toHaveLength(own.length);
    expect(searchCorpus(one, '资').exactTotal).toBeGreaterThan(0);
    expect(searchCorpus(one, '资\uffff').exactTotal).toBe(0);
  });

  it('finds queries whose bigrams repeat or occur earlier in the unit than the query does', () => {
    // 转移转化 twice, 负责 before 按职责分工负责, a number inside a longer one
    for (const q of ['成果转移转化', '转移转化', '负责', '按职责分工负责', '亿元', '0亿元', '40亿', '项目项目', '发展发展'])
      expect(found(q).sort()).toEqual(scanned(q).sort());
  });
});

describe('places proven from the postings', () => {
  // a dozen units of each kind: more candidates than the search would check in their texts
  const numbers = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
  const text = [
    '关于推进设备更新的实施方案',
    '一、扩大投资',
    ...numbers.map((n, i) => `(${n})扩大投资${n}。完成投资3${i}40亿元,新增投资40亿元。`),
    '二、以旧换新',
    ...numbers.map((n) => `(${n})以旧换车${n}。开展以旧换车和以旧换新活动,以旧换新补贴到位。`),
    '三、促进发展',
    ...numbers.map((n) => `(${n})发展发展${n}。推动发展,促进发展发展。`),
  ].join('\n');
  const doc = { id: 'synthetic', parsed: parseDocument(text, { fileName: 'synthetic.txt' }), text };
  const small = buildTextIndex([doc]);
  const unitsWith = (q: string) =>
    searchCorpus(small, q, { limit: 100 })
      .exact.filter((h) => h.place.kind === 'unit')
      .map((h) => h.snippet.slice(h.highlights[0].start, h.highlights[0].endExclusive));

  it('finds 40亿元 after a 340亿元 in the same unit, and highlights the whole one', () => {
    expect(unitsWith('40亿元')).toEqual(numbers.map(() => '40亿元'));
  });

  it('finds a phrase whose first bigram stood earlier in the unit without it', () => {
    // 以旧 first occurs in 以旧换车; 以旧换新 stands later
    expect(unitsWith('以旧换新')).toEqual(numbers.map(() => '以旧换新'));
  });

  it('finds a phrase that repeats its own bigram', () => {
    expect(unitsWith('发展发展')).toHaveLength(numbers.length);
    expect(unitsWith('展发展')).toHaveLength(numbers.length);
  });
});

describe('cheapest cover of a query by its bigrams', () => {
  it('covers every character at the least posting cost', () => {
    // 以旧换新: offsets 0 and 2 cover all four characters
    expect(cheapestCover([5, 5, 5])).toEqual([0, 2]);
    // a cheap middle bigram is taken when it costs less than its neighbours' lists
    expect(cheapestCover([5, 1, 9, 5])).toEqual([0, 1, 3]);
    expect(cheapestCover([7])).toEqual([0]);
  });

  it('always covers the first and last character and leaves no gap', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 30 }), (cost) => {
        const cover = cheapestCover(cost);
        expect(cover[0]).toBe(0);
        expect(cover[cover.length - 1]).toBe(cost.length - 1);
        for (let i = 1; i < cover.length; i++) expect(cover[i] - cover[i - 1]).toBeLessThanOrEqual(2);
      }),
    );
  });
});
