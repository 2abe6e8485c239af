import { describe, expect, it } from 'vitest';
import { buildCorpusIndex, checkDraft, compareDocuments, searchCorpus } from '../../../../shared/engine/index';
import { seed, seedFiles, type SeedName } from '../../../fixtures/align/seeds';

const names = Object.keys(seedFiles) as SeedName[];
const corpus = names.map((name) => ({ id: seedFiles[name].replace(/\.txt$/, ''), parsed: seed(name) }));
const districtId = seedFiles.district.replace(/\.txt$/, '');

describe('draft check of the district draft against the other seeds', () => {
  const index = buildCorpusIndex(corpus);
  const check = checkDraft(index, seed('district'), { top: 3, excludeDocIds: [districtId] });

  it('gives each of its 32 measures scored precedents from the corpus', () => {
    expect(check.units).toHaveLength(32);
    for (const unit of check.units) {
      expect(unit.precedents.length).toBeGreaterThan(0);
      expect(unit.precedents.length).toBeLessThanOrEqual(3);
      for (const p of unit.precedents) {
        expect(p.doc).not.toBe(districtId);
        expect(p.score).toBeGreaterThan(0);
        expect(p.score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('finds the city measure the district copied as the first precedent', () => {
    const renewal = check.units.find((u) => u.title.includes('以旧换新'))!;
    expect(renewal.precedents[0]).toMatchObject({ doc: 'zhumadian-2024-h2-economy-measures', label: '13' });
  });

  it('lists gaps that several comparable documents share', () => {
    expect(check.gaps.length).toBeGreaterThan(0);
    for (const gap of check.gaps) {
      expect(gap.support).toBeGreaterThanOrEqual(2);
      expect(new Set(gap.precedents.map((p) => p.doc)).size).toBe(gap.support);
    }
  });

  it('leaves the excluded draft out of its own precedents only when asked', () => {
    const self = checkDraft(index, seed('district'), { top: 1 });
    expect(self.units[0].precedents[0]).toMatchObject({ doc: districtId, score: 1 });
  });
});

describe('corpus search', () => {
  const index = buildCorpusIndex(corpus);

  it('finds 以旧换新 in all three 2024 measure documents, highlighted', () => {
    const hits = searchCorpus(index, '以旧换新');
    const docs = new Set(hits.map((h) => h.doc));
    for (const name of ['zhumadian2024', 'xuchang', 'district'] as const) expect(docs).toContain(seedFiles[name].replace(/\.txt$/, ''));
    for (const hit of hits.slice(0, 3)) {
      expect(hit.highlights.length).toBeGreaterThan(0);
      expect(hit.snippet.slice(hit.highlights[0].start, hit.highlights[0].endExclusive)).toBe('以旧换新');
    }
  });

  it('answers a 60-character query by n-gram overlap', () => {
    const query = '全面推进大规模设备更新和消费品以旧换新工作,深入落实财政政策,进一步优化补贴资金申报流程和使用办法,支持重点产业链提升数智化水平';
    expect(query.length).toBeGreaterThanOrEqual(60);
    const hits = searchCorpus(index, query, { limit: 5 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0].title).toContain('以旧换新');
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('filters by year, kind, region and section', () => {
    const in2021 = searchCorpus(index, '创新', { filters: { year: 2021 } });
    expect(in2021.length).toBeGreaterThan(0);
    expect(in2021.every((h) => corpus.find((d) => d.id === h.doc)!.parsed.meta.year === 2021)).toBe(true);
    const plans = searchCorpus(index, '创新', { filters: { kind: '工作方案' } });
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.every((h) => h.doc === 'zhumadian-2021-industry-work-plan')).toBe(true);
    expect(searchCorpus(index, '以旧换新', { filters: { region: '许昌' } }).map((h) => h.doc)).toEqual(
      expect.arrayContaining(['xuchang-2024-q2-double-half-measures']),
    );
    expect(searchCorpus(index, '以旧换新', { filters: { region: '许昌' } }).every((h) => h.doc.startsWith('xuchang'))).toBe(true);
    const inSection = searchCorpus(index, '项目', { filters: { section: '扩大有效需求' } });
    for (const h of inSection) expect(h.path.some((p) => p.includes('扩大有效需求'))).toBe(true);
  });

  it('returns nothing for an empty query and matches a single character', () => {
    expect(searchCorpus(index, '  ')).toEqual([]);
    expect(searchCorpus(index, '矿', { limit: 3 }).length).toBeGreaterThan(0);
  });
});

describe('scores across operations', () => {
  it('gives a pair about the same score in a comparison and in a draft check', () => {
    const index = buildCorpusIndex(corpus);
    const check = checkDraft(index, seed('district'), { top: 1, excludeDocIds: [districtId] });
    const comparison = compareDocuments([seed('zhumadian2024'), seed('district')]);
    let compared = 0;
    for (const group of comparison.groups) {
      const city = group.members.filter((m) => m.doc === 0);
      const draft = group.members.find((m) => m.doc === 1);
      if (city.length !== 1 || !draft) continue;
      const top = check.units.find((u) => u.unitId === draft.unitId)!.precedents[0];
      if (top.doc !== 'zhumadian-2024-h2-economy-measures' || top.unitId !== city[0].unitId) continue;
      expect(Math.abs(top.score - draft.score)).toBeLessThan(0.08);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(20);
  });
});
