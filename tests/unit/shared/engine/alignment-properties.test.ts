import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../../shared/engine/index';
import { seed, type SeedName } from '../../../fixtures/align/seeds';
import { seededRandom, variantOf } from '../../../bench/generate';

const names: SeedName[] = ['zhumadian2024', 'xuchang', 'district', 'zhumadian2021'];

describe('alignment of arbitrary variants', () => {
  it('lists every unit of every document exactly once, pivot rows in pivot order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...names), fc.integer({ min: 1, max: 1e6 })), { minLength: 2, maxLength: 4 }),
        fc.nat(3),
        (picks, p) => {
          const docs = picks.map(
            ([name, s], i) =>
              variantOf(seed(name), seededRandom(s), `d${i}`, 0, { maxUnits: 30, drop: 0.2, merge: 0.1, swap: 0.3, reword: 0.6 }).parsed,
          );
          const pivot = p % docs.length;
          const comparison = compareDocuments(docs, { pivot });
          docs.forEach((doc, d) => {
            const listed = comparison.groups.flatMap((g) => g.members.filter((m) => m.doc === d).map((m) => m.unitId));
            expect(listed.sort()).toEqual(doc.units.map((u) => u.id).sort());
          });
          // a row may hold two pivot units that are not neighbours (one broad measure covering both): rows follow the first
          const pivotOrder = comparison.groups.flatMap((g) =>
            g.members
              .filter((m) => m.doc === pivot)
              .slice(0, 1)
              .map((m) => m.ordinal),
          );
          expect(pivotOrder).toEqual([...pivotOrder].sort((a, b) => a - b));
          for (const g of comparison.groups) {
            expect(g.score).toBeGreaterThanOrEqual(0);
            expect(g.score).toBeLessThanOrEqual(1);
            if (!g.merged) expect(new Set(g.members.map((m) => m.doc)).size).toBe(g.members.length);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
