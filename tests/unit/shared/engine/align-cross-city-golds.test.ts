import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../../shared/engine/index';
import { pairsFound, precisionRecall, seed, seedFiles, type SeedName } from '../../../fixtures/align/seeds';

const goldDir = fileURLToPath(new URL('../../../fixtures/gold/', import.meta.url));
const seedNames = JSON.parse(readFileSync(goldDir + 'seed-names.json', 'utf8')) as Record<string, string>;
const byFile = (shared: string) => (Object.keys(seedFiles) as SeedName[]).find((n) => seedFiles[n] === seedNames[shared])!;

interface Gold {
  readonly left: string;
  readonly right: string;
  readonly strict: [number, number][];
  readonly acceptable: [number, number][];
}

const asKeys = (pairs: [number, number][]) => new Set(pairs.map(([l, r]) => `${l}|${r}`));

/** Copies of the two cross-city development golds (other city, year and kind; scored as their README says). */
describe('alignment across cities and years (development golds)', () => {
  let found = 0;
  let good = 0;
  let strict = 0;
  let hit = 0;
  for (const file of ['xuchang2024-vs-zmd2021.json', 'zmd2021-vs-zmd2024.json']) {
    const gold = JSON.parse(readFileSync(goldDir + file, 'utf8')) as Gold;
    it(`pairs ${file.replace('.json', '')} with no pair outside the gold and most strict pairs found`, () => {
      const comparison = compareDocuments([seed(byFile(gold.left)), seed(byFile(gold.right))]);
      const pairs = pairsFound(comparison, 0, 1, (_doc, m) => String(m.ordinal));
      const { precision, recall } = precisionRecall(pairs, asKeys(gold.strict), asKeys(gold.acceptable));
      found += pairs.size;
      good += precision * pairs.size;
      strict += gold.strict.length;
      hit += recall * gold.strict.length;
      expect(precision).toBeGreaterThanOrEqual(0.95);
      expect(recall).toBeGreaterThanOrEqual(0.6);
    });
  }

  it('keeps the micro-average at the level measured last (P 1.000, R 0.800)', () => {
    expect(good / found).toBeGreaterThanOrEqual(0.95);
    expect(hit / strict).toBeGreaterThanOrEqual(0.8);
  });

  it('labels the strict pairs it finds 同条 or 同事项, and no pair of two cities 同条', () => {
    for (const file of ['xuchang2024-vs-zmd2021.json', 'zmd2021-vs-zmd2024.json']) {
      const gold = JSON.parse(readFileSync(goldDir + file, 'utf8')) as Gold;
      const strictKeys = asKeys(gold.strict);
      const comparison = compareDocuments([seed(byFile(gold.left)), seed(byFile(gold.right))]);
      const tiers: string[] = [];
      for (const g of comparison.groups) {
        for (const l of g.members.filter((m) => m.doc === 0)) {
          for (const r of g.members.filter((m) => m.doc === 1)) if (strictKeys.has(`${l.ordinal}|${r.ordinal}`)) tiers.push(r.tier!);
        }
      }
      expect(tiers).not.toContain('same-clause');
      expect(tiers.filter((t) => t === 'same-matter').length / tiers.length).toBeGreaterThanOrEqual(0.75);
    }
  });
});
