import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../../shared/engine/index';
import { alignOptionsOf, defaultAlignOptions } from '../../../../shared/engine/align/options';
import { keyCoverage, keywordsOf } from '../../../../shared/engine/align/keywords';
import { idfOf, sideOf } from '../../../../shared/engine/align/similarity';
import { unitFeatures } from '../../../../shared/engine/text/features';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pairsFound, precisionRecall, seed, seedFiles, type SeedName } from '../../../fixtures/align/seeds';

const goldDir = fileURLToPath(new URL('../../../fixtures/gold/', import.meta.url));
const seedNames = JSON.parse(readFileSync(goldDir + 'seed-names.json', 'utf8')) as Record<string, string>;
const byFile = (shared: string) => (Object.keys(seedFiles) as SeedName[]).find((n) => seedFiles[n] === seedNames[shared])!;
/** The two cross-city development golds (copies). */
const golds = ['xuchang2024-vs-zmd2021.json', 'zmd2021-vs-zmd2024.json'].map(
  (file) =>
    JSON.parse(readFileSync(goldDir + file, 'utf8')) as {
      left: string;
      right: string;
      strict: [number, number][];
      acceptable: [number, number][];
    },
);
const asKeys = (pairs: [number, number][]) => new Set(pairs.map(([l, r]) => `${l}|${r}`));

const pairCount = (align = {}) =>
  compareDocuments([seed('xuchang'), seed('zhumadian2021')], { align }).groups.filter(
    (g) => g.members.some((m) => m.doc === 0) && g.members.some((m) => m.doc === 1),
  ).length;

describe('the alignment options', () => {
  it('are one object of numbers, and a partial override keeps the other defaults', () => {
    for (const value of Object.values(defaultAlignOptions)) expect(Number.isFinite(value)).toBe(true);
    const o = alignOptionsOf({ match: 0.5 });
    expect(o.match).toBe(0.5);
    expect(o.mutual).toBe(defaultAlignOptions.mutual);
  });

  it('steer the comparison: thresholds no pair can reach leave every unit alone', () => {
    expect(pairCount()).toBeGreaterThan(5);
    expect(pairCount({ match: 2, mutual: 2, secondRound: 2, mergePart: 2 })).toBe(0);
  });

  it('weigh key terms, policy topics and titles said in the other body: without each, the cross-city gold loses strict pairs', () => {
    const hits = (align = {}) =>
      golds.reduce((sum, gold) => {
        const comparison = compareDocuments([seed(byFile(gold.left)), seed(byFile(gold.right))], { align });
        const pairs = pairsFound(comparison, 0, 1, (_d, m) => String(m.ordinal));
        return sum + precisionRecall(pairs, asKeys(gold.strict), asKeys(gold.acceptable)).recall * gold.strict.length;
      }, 0);
    const all = hits();
    for (const off of [{ keywords: 0 }, { topics: 0 }, { titleInBody: 0 }]) expect(hits(off), JSON.stringify(off)).toBeLessThan(all);
  });
});

describe('key-term coverage', () => {
  const docs = [seed('xuchang'), seed('zhumadian2021')];
  const features = docs.flatMap((d) => d.units.map(unitFeatures));
  const idf = idfOf(features);
  const side = (f: (typeof features)[number]) => {
    const s = sideOf(idf, f);
    return { v: s.vector, k: keywordsOf(s.vector, 15) };
  };

  it('is 1 for a unit and itself, symmetric, and 0 for units with no key term in common', () => {
    const [a, b] = [side(features[3]), side(features[40])];
    expect(keyCoverage(a.k, a.v, a.k, a.v)).toBeCloseTo(1, 5);
    expect(keyCoverage(a.k, a.v, b.k, b.v)).toBeCloseTo(keyCoverage(b.k, b.v, a.k, a.v), 10);
    const empty = { keys: new Uint32Array(0), weights: new Float32Array(0), mass: 0 };
    expect(keyCoverage(empty, { ...a.v, keys: new Uint32Array(0) }, a.k, a.v)).toBe(0);
  });

  it('keeps the heaviest keys, sorted by key', () => {
    const { k } = side(features[5]);
    expect(k.keys.length).toBeLessThanOrEqual(15);
    expect([...k.keys]).toEqual([...k.keys].sort((x, y) => x - y));
  });
});
