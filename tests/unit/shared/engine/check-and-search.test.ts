import { describe, expect, it } from 'vitest';
import { buildCorpusIndex, checkDraft, compareDocuments } from '../../../../shared/engine/index';
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
