import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../../shared/engine/index';
import { pairsFound, precisionRecall, seed } from '../../../fixtures/align/seeds';

const gold = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../fixtures/gold/zmd2024-vs-district-draft.json', import.meta.url)), 'utf8'),
) as {
  strict: [number, number][];
  acceptable: [number, number][];
};
const asKeys = (pairs: [number, number][]) => new Set(pairs.map(([l, r]) => `${l}|${r}`));

describe('alignment of 驻马店 2024 with the district draft (gold file, scored as its README says)', () => {
  const comparison = compareDocuments([seed('zhumadian2024'), seed('district')]);
  const found = pairsFound(comparison, 0, 1, (_doc, m) => String(m.ordinal));
  const { precision, recall } = precisionRecall(found, asKeys(gold.strict), asKeys(gold.acceptable));

  it('reaches precision and recall of at least 0.97', () => {
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });

  it('pairs the district measure that merges two city measures', () => {
    const group = comparison.groups.find((g) => g.members.some((m) => m.doc === 1 && m.ordinal === 32))!;
    expect(group.merged).toBe(true);
    expect(group.members.filter((m) => m.doc === 0).map((m) => m.ordinal)).toEqual([41, 42]);
  });

  it('leaves city measures without a district counterpart on their own rows', () => {
    const alone = comparison.groups.filter((g) => g.members.length === 1 && g.members[0].doc === 0).map((g) => g.members[0].ordinal);
    expect(alone.length).toBeGreaterThanOrEqual(8);
    for (const g of comparison.groups.filter((x) => x.members.length === 1)) expect(g.score).toBe(1);
  });
});
