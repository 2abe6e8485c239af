import { describe, expect, it } from 'vitest';
import { addToTextIndex, buildTextIndex, removeFromTextIndex, searchCorpus } from '../../../../../shared/engine/index';
import { nearestStretch } from '../../../../../shared/engine/index/approximate';
import { allExact, findExact } from '../../../../../shared/engine/index/exact-match';
import type { SearchHit } from '../../../../../shared/model/comparison';
import { normalizeForMatch } from '../../../../../shared/text/normalize';
import { seed, seedFiles, type SeedName } from '../../../../fixtures/align/seeds';
import { seedText } from '../../../../fixtures/parse/seeds';

const names = Object.keys(seedFiles) as SeedName[];
const idOf = (name: SeedName) => seedFiles[name].replace(/\.txt$/, '');
const corpus = names.map((name) => ({ id: idOf(name), parsed: seed(name), text: seedText(name) }));
const index = buildTextIndex(corpus);
const marked = (h: SearchHit) => h.highlights.map((r) => h.snippet.slice(r.start, r.endExclusive));

describe('exact matching with atomic numbers', () => {
  it('finds 40亿元 in 超过40亿元 but not in 390亿元 or 3.40亿元', () => {
    expect(findExact('超过40亿元。', '40亿元')).toBe(2);
    expect(findExact('完成390亿元', '40亿元')).toBe(-1);
    expect(findExact('完成3.40亿元', '40亿元')).toBe(-1);
    expect(findExact('390亿元,再投40亿元', '40亿元')).toBe(8);
    expect(findExact('第40.5项', '40')).toBe(-1);
  });

  it('lists every occurrence without overlap', () => {
    expect(allExact('以旧换新和以旧换新', '以旧换新')).toEqual([
      [0, 4],
      [5, 9],
    ]);
  });
});

describe('approximate stretch', () => {
  it('finds 设备更新 one substitution from 设被更新, with its place', () => {
    const text = '推进大规模设备更新和消费品';
    const m = nearestStretch(text, '设被更新', 1)!;
    expect(m.distance).toBe(1);
    expect(text.slice(m.start, m.endExclusive)).toBe('设备更新');
  });

  it('gives up beyond the edits allowed', () => {
    expect(nearestStretch('完全无关的文字', '设被更新', 1)).toBeNull();
  });
});

describe('corpus search over the seeds', () => {
  it('finds 以旧换新 in all three 2024 measure documents, highlighted', () => {
    const result = searchCorpus(index, '以旧换新', { limit: 100 });
    const docs = new Set(result.exact.map((h) => h.doc));
    for (const name of ['zhumadian2024', 'xuchang', 'district'] as const) expect(docs).toContain(idOf(name));
    for (const hit of result.exact) expect(marked(hit)[0]).toBe('以旧换新');
    expect(result.fuzzy).toEqual([]);
  });

  it('finds 双过半 in the 许昌 title and preamble, saying where', () => {
    const hits = searchCorpus(index, '双过半', { limit: 50 }).exact.filter((h) => h.doc === idOf('xuchang'));
    const places = hits.map((h) => h.place.kind);
    expect(places).toContain('title');
    expect(places).toContain('preamble');
    expect(hits[0].place.kind).toBe('title');
  });

  it('finds the responsible-unit brackets: 市发改委 in every unit that names it', () => {
    const result = searchCorpus(index, '市发改委', { limit: 2000 });
    const expected = corpus.flatMap((d) =>
      d.parsed.units.filter((u) => normalizeForMatch(u.text).includes('市发改委')).map((u) => `${d.id}/${u.id}`),
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(
      result.exact
        .filter((h) => h.place.kind === 'unit')
        .map((h) => `${h.doc}/${h.unitId}`)
        .sort(),
    ).toEqual(expected.sort());
  });

  it('ranks the phrase as written before hits that only hold all its terms', () => {
    const result = searchCorpus(index, '设备 更新', { limit: 500 });
    const kinds = result.exact.map((h) => h.match);
    expect(kinds[0]).toBe('phrase');
    expect(kinds).toContain('all-terms');
    expect(kinds.indexOf('all-terms')).toBeGreaterThan(kinds.lastIndexOf('phrase'));
  });

  it('keeps approximate hits apart, with a suggestion from the corpus, only when nothing matches exactly', () => {
    const typo = searchCorpus(index, '设被更新');
    expect(typo.exact).toEqual([]);
    expect(typo.suggestion).toBe('设备更新');
    expect(typo.fuzzy.length).toBeGreaterThan(0);
    expect(typo.fuzzy.every((h) => h.match === 'fuzzy')).toBe(true);
    expect(searchCorpus(index, '以旧换心').suggestion).toBe('以旧换新');
    expect(searchCorpus(index, '以旧换新').suggestion).toBeUndefined();
  });

  it('filters by 责任单位 whatever name the office goes by: 市发改委 = 市发展和改革委员会', () => {
    const full = searchCorpus(index, '项目', { limit: 2000, filters: { office: '市发展和改革委员会' } });
    const short = searchCorpus(index, '项目', { limit: 2000, filters: { office: '市发改委' } });
    expect(full.exact.length).toBeGreaterThan(0);
    expect(short.exact.map((h) => `${h.doc}/${h.unitId}`)).toEqual(full.exact.map((h) => `${h.doc}/${h.unitId}`));
    const docs = new Set(full.exact.map((h) => h.doc));
    expect(docs.size).toBeGreaterThan(1);
    for (const h of full.exact) {
      const unit = corpus.find((d) => d.id === h.doc)!.parsed.units.find((u) => u.id === h.unitId)!;
      expect(unit.responsible.some((r) => /发改委|发展和?改革委/.test(r.name))).toBe(true);
    }
  });

  it('filters by year, kind, region and section', () => {
    const in2021 = searchCorpus(index, '创新', { filters: { year: 2021 }, limit: 500 }).exact;
    expect(in2021.length).toBeGreaterThan(0);
    expect(in2021.every((h) => corpus.find((d) => d.id === h.doc)!.parsed.meta.year === 2021)).toBe(true);
    expect(in2021.some((h) => h.doc === idOf('zhumadian2024'))).toBe(false);
    const xuchang = searchCorpus(index, '以旧换新', { filters: { region: '许昌' } }).exact;
    expect(xuchang.length).toBeGreaterThan(0);
    expect(xuchang.every((h) => h.doc === idOf('xuchang'))).toBe(true);
    const section = seed('zhumadian2024').units.find((u) => u.text.includes('项目') && u.path.length > 0)!.path[0];
    const inSection = searchCorpus(index, '项目', { filters: { section }, limit: 500 }).exact;
    expect(inSection.length).toBeGreaterThan(0);
    expect(inSection.length).toBeLessThan(searchCorpus(index, '项目', { limit: 500 }).exactTotal);
    for (const h of inSection) expect(h.place.kind === 'heading' || h.path.some((p) => p.includes(section))).toBe(true);
  });

  it('refuses an empty, over-long or punctuation-only query with a message in Chinese and English', () => {
    for (const q of ['  ', '测'.repeat(500), ',。!?……']) expect(() => searchCorpus(index, q)).toThrow(/[\u4e00-\u9fa5].* \/ [A-Za-z]/);
  });

  it('matches a single character and says it stopped at the limit', () => {
    const result = searchCorpus(index, '矿', { limit: 3 });
    expect(result.exact).toHaveLength(3);
    expect(result.exactTotal).toBeGreaterThan(3);
    expect(result.stopped).toBe('limit');
  });
});

describe('an index that grows', () => {
  it('answers the same after documents are added one by one as when built at once', () => {
    let grown = buildTextIndex(corpus.slice(0, 1), { segmentDocs: 1, maxSegments: 2 });
    for (const d of corpus.slice(1)) grown = addToTextIndex(grown, [d], { segmentDocs: 1, maxSegments: 2 });
    expect(grown.segments.length).toBeLessThanOrEqual(2);
    for (const q of ['市发改委', '40亿元', '双过半', '矿'])
      expect(searchCorpus(grown, q, { limit: 2000 })).toEqual(searchCorpus(index, q, { limit: 2000 }));
  });

  it('forgets a removed document', () => {
    const without = removeFromTextIndex(index, new Set([idOf('xuchang')]));
    expect(searchCorpus(without, '双过半').exact).toEqual([]);
    expect(searchCorpus(without, '以旧换新', { limit: 100 }).exact.length).toBeGreaterThan(0);
  });
});
