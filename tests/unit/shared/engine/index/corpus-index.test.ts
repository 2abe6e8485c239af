import { describe, expect, it } from 'vitest';
import {
  buildCorpusIndex,
  candidates,
  corpusIndexTunables,
  unitsOf,
  type CorpusDocument,
} from '../../../../../shared/engine/index/corpus-index';
import fc from 'fast-check';
import {
  ByteReader,
  ByteWriter,
  RiceReader,
  riceLength,
  riceParameter,
  varintLength,
  writeRice,
} from '../../../../../shared/engine/index/posting-bytes';
import { bigramKeys, unitBody, unitFeatures } from '../../../../../shared/engine/text/features';
import { parseDocument } from '../../../../../shared/parse/index';

const topics = ['推进重大项目建设', '支持企业技术改造', '扩大有效投资', '促进消费回升', '优化营商环境', '加强要素保障', '稳定外贸外资'];

/** A measures document of `count` numbered measures; measure i names topic i mod 7, and every 50th a rare phrase. */
function measures(id: string, count: number, offset = 0): CorpusDocument {
  const lines = ['关于印发稳经济若干措施的通知', ''];
  for (let i = 0; i < count; i++) {
    const k = i + offset;
    lines.push(
      `${i + 1}.${topics[k % topics.length]}。全年完成任务${k}项${k % 50 === 0 ? ',试点低空经济飞行营地' : ''},确保各项任务落地见效。`,
    );
  }
  return { id, parsed: parseDocument(lines.join('\n'), { fileName: `${id}.txt` }) };
}

const corpus = [measures('a', 150), measures('b', 120, 150), measures('c', 90, 270)];

/** Term id of the bigram that starts `text`. */
function termOf(index: ReturnType<typeof buildCorpusIndex>, text: string): number {
  const id = index.vocabulary.get(bigramKeys(text)[0]);
  if (id === undefined) throw new Error(`no term ${text}`);
  return id;
}

describe('posting bytes', () => {
  it('reads back every gap it wrote, small and large', () => {
    const values = [0, 1, 127, 128, 300, 16_383, 16_384, 2_000_000, 2 ** 31 - 1];
    const w = new ByteWriter();
    for (const v of values) w.push(v);
    expect(w.length).toBe(values.reduce((n, v) => n + varintLength(v), 0));
    const r = new ByteReader(w.bytes);
    expect(values.map(() => r.next())).toEqual(values);
  });

  it('reads back every Rice-coded list it wrote, dense or sparse, at any parameter', () => {
    const list = fc.uniqueArray(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(list, fc.integer({ min: 0, max: 24 }), (units, k) => {
        const sorted = [...units].sort((a, b) => a - b);
        const gaps = sorted.map((u, i) => u - (i === 0 ? -1 : sorted[i - 1]));
        const bits = gaps.reduce((n, g) => n + riceLength(g, k), 0);
        const bytes = new Uint8Array(Math.ceil(bits / 8));
        let at = 0;
        for (const g of gaps) at = writeRice(bytes, at, g, k);
        expect(at).toBe(bits);
        const r = new RiceReader(bytes, 0, k);
        expect(gaps.map(() => r.next())).toEqual(gaps);
      }),
    );
  });

  it('takes fewer bits for a dense term than a byte a gap, and picks the parameter from the density alone', () => {
    expect(riceParameter(1000, 50)).toBe(3);
    expect(riceParameter(1000, 1000)).toBe(0);
    expect(riceParameter(10, 0)).toBe(2);
    // gaps of a term in one unit of 20
    expect(riceLength(20, riceParameter(20_000, 1_000))).toBeLessThan(8);
  });
});

describe('corpus index', () => {
  const index = buildCorpusIndex(corpus);

  it('numbers every unit of every document in order, and keeps the document’s own unit objects', () => {
    const all = corpus.flatMap((d) => d.parsed.units);
    expect(index.unitCount).toBe(all.length);
    all.forEach((unit, u) => expect(index.unit(u)).toBe(unit));
    expect(index.docs[index.unitDoc[all.length - 1]].id).toBe('c');
  });

  it('lists for a term exactly the units whose text holds it, across gaps longer than one byte', () => {
    const index = buildCorpusIndex(corpus, { ...corpusIndexTunables, commonShare: 1, minCommon: 1e9 });
    const units = corpus.flatMap((d) => d.parsed.units);
    for (const phrase of ['飞行', '外贸', '技术']) {
      const expected = units.flatMap((unit, u) => (unitBody(unit.text).includes(phrase) ? [u] : []));
      expect(unitsOf(index, termOf(index, phrase))).toEqual(expected);
      expect(index.df[termOf(index, phrase)]).toBe(expected.length);
    }
    // 飞行 is in every 50th unit: its gaps need more than 7 bits once the list passes unit 128
    expect(unitsOf(index, termOf(index, '飞行')).at(-1)).toBeGreaterThan(128);
  });

  it('keeps the count of a common term but no postings for it, and says the walk stopped there', () => {
    const common = termOf(index, '任务');
    expect(index.df[common]).toBe(index.unitCount);
    expect(unitsOf(index, common)).toEqual([]);
    const pool = candidates(index, index.termIds(unitBody('全年完成任务')), 5);
    expect(pool.stoppedBy).toBe('common-terms');
  });

  it('finds the units of the rarest terms first and stops at the posting budget', () => {
    const small = buildCorpusIndex(corpus, { ...corpusIndexTunables, commonShare: 1, postingBudget: 10 });
    const ids = small.termIds(unitBody('试点低空经济飞行营地,支持企业技术改造'));
    const pool = candidates(small, ids, 25);
    expect(pool.stoppedBy).toBe('posting-budget');
    // the rare phrase's units (every 50th) come back, the topic's 52 units were never walked
    const rare = unitsOf(small, termOf(small, '飞行'));
    expect(pool.walkedPostings).toBeLessThanOrEqual(Math.max(10, rare.length));
    expect(pool.top.map((c) => c.u).sort((a, b) => a - b)).toEqual(rare);
    const unlimited = candidates(buildCorpusIndex(corpus, { ...corpusIndexTunables, commonShare: 1 }), ids, 25);
    expect(unlimited.stoppedBy).toBe('all-terms');
    expect(unlimited.top.length).toBe(25);
  });

  it('keeps the features of the units used last, at most twice the cache size, and computes each once while kept', () => {
    const small = buildCorpusIndex(corpus, { ...corpusIndexTunables, featureCacheSize: 4 });
    const first = small.features(0);
    expect(small.features(0)).toBe(first);
    expect(first).toEqual(unitFeatures(small.unit(0)));
    for (let u = 1; u < 6; u++) small.features(u);
    // unit 0 went to the older generation when the recent one filled; asked again, it is the same object, moved back
    expect(small.features(0)).toBe(first);
    for (let u = 10; u < 40; u++) small.features(u);
    expect(small.cachedFeatures).toBeLessThanOrEqual(8);
    expect(small.features(39)).toBe(small.features(39));
    // long unused, it is computed again (equal, not the same object)
    expect(small.features(0)).not.toBe(first);
    expect(small.features(0)).toEqual(first);
  });

  it('gives a document’s features unit by unit from the same cache', () => {
    const d = 1;
    const features = index.documentFeatures(d);
    expect(features).toHaveLength(corpus[d].parsed.units.length);
    expect(features[3]).toBe(index.features(index.docStart[d] + 3));
    expect(features[3]).toEqual(unitFeatures(corpus[d].parsed.units[3]));
  });
});
