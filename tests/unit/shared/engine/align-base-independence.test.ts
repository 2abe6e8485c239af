import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../../shared/engine/index';
import type { Comparison } from '../../../../shared/model/comparison';
import type { ParsedDocument } from '../../../../shared/model/document';
import { seed, type SeedName } from '../../../fixtures/align/seeds';

/** The pairs (unit of document x, unit of document y) a comparison puts in one group, by unit id. */
function rowPairsOf(comparison: Comparison, x: number, y: number): string[] {
  const out: string[] = [];
  for (const g of comparison.groups) {
    for (const a of g.members.filter((m) => m.doc === x))
      for (const b of g.members.filter((m) => m.doc === y)) out.push(`${a.unitId}|${b.unitId}`);
  }
  return out.sort();
}

/** Every pair of units of documents x and y a comparison makes: in one row, or linked between rows. */
function pairsOf(comparison: Comparison, x: number, y: number): string[] {
  const links = (comparison.links ?? []).flatMap((l) =>
    l.a.doc === x && l.b.doc === y
      ? [`${l.a.unitId}|${l.b.unitId}`]
      : l.a.doc === y && l.b.doc === x
        ? [`${l.b.unitId}|${l.a.unitId}`]
        : [],
  );
  return [...rowPairsOf(comparison, x, y), ...links].sort();
}

/** A–B pairs of a comparison of `docs` (A and B given by their positions). */
const pairs = (docs: readonly ParsedDocument[], a: number, b: number, pivot: number) => pairsOf(compareDocuments(docs, { pivot }), a, b);
const rowPairs = (docs: readonly ParsedDocument[], a: number, b: number, pivot: number) =>
  rowPairsOf(compareDocuments(docs, { pivot }), a, b);

describe('which units pair up does not depend on the base or the other documents', () => {
  const trios: SeedName[][] = [
    ['zhumadian2024', 'xuchang', 'district'],
    ['zhumadian2021', 'zhumadian2024', 'xuchang'],
  ];
  for (const names of trios) {
    const docs = names.map(seed);
    it(`gives ${names.join(', ')}: the same pairs in A B and B A, and the same in a three-way compare with every base (in rows or linked)`, () => {
      let kept = 0;
      let paired = 0;
      for (let a = 0; a < 3; a++) {
        for (let b = a + 1; b < 3; b++) {
          const twoWay = pairs([docs[a], docs[b]], 0, 1, 0);
          expect(twoWay.length).toBeGreaterThan(0);
          expect(pairsOf(compareDocuments([docs[b], docs[a]]), 1, 0)).toEqual(twoWay);
          expect(pairs([docs[a], docs[b]], 0, 1, 1)).toEqual(twoWay);
          expect(rowPairs([docs[a], docs[b]], 0, 1, 0), 'two documents: every pair in a row').toEqual(twoWay);
          for (let pivot = 0; pivot < 3; pivot++) expect(pairs(docs, a, b, pivot), `three-way, base ${names[pivot]}`).toEqual(twoWay);
          // where the two-document alignments disagree (A1–C1 and B1–C1 paired, A1–B1 not) a row cannot hold
          // every pair: the rows hold most (measured: at least 60 % of each, 70 % of the trio), links the rest
          const inRows = rowPairs(docs, a, b, 0);
          for (let pivot = 1; pivot < 3; pivot++) expect(rowPairs(docs, a, b, pivot), `rows, base ${names[pivot]}`).toEqual(inRows);
          expect(inRows.length).toBeGreaterThanOrEqual(Math.ceil(twoWay.length * 0.6));
          kept += inRows.length;
          paired += twoWay.length;
        }
      }
      expect(kept / paired).toBeGreaterThanOrEqual(0.7);
    });
  }

  it('lets the base decide only the row order', () => {
    const docs = ['zhumadian2024', 'xuchang', 'district'].map((n) => seed(n as SeedName));
    const rows = (pivot: number) =>
      compareDocuments(docs, { pivot })
        .groups.map((g) =>
          g.members
            .map((m) => `${m.doc}:${m.unitId}`)
            .sort()
            .join(' '),
        )
        .sort();
    expect(rows(1)).toEqual(rows(0));
    expect(rows(2)).toEqual(rows(0));
  });
});
