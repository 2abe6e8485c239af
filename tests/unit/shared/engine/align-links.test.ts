import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../../shared/engine/index';
import { seed } from '../../../fixtures/align/seeds';

/** Three documents whose two-document alignments disagree somewhere (A1–C1 and B1–C1 paired, A1–B1 not). */
const docs = ['zhumadian2021', 'zhumadian2024', 'xuchang'].map((n) => seed(n as Parameters<typeof seed>[0]));

describe('pairs the rows of a three-way compare cannot hold', () => {
  const comparison = compareDocuments(docs);
  const rowOf = (doc: number, unitId: string) =>
    comparison.groups.findIndex((g) => g.members.some((m) => m.doc === doc && m.unitId === unitId));

  it('are listed as links between two rows, each with its pair score and tier', () => {
    expect(comparison.links?.length).toBeGreaterThan(0);
    for (const l of comparison.links ?? []) {
      expect(l.a.doc).not.toBe(l.b.doc);
      expect(rowOf(l.a.doc, l.a.unitId)).not.toBe(rowOf(l.b.doc, l.b.unitId));
      expect(l.score).toBeGreaterThanOrEqual(0);
      expect(['same-clause', 'same-matter', 'related']).toContain(l.tier);
    }
  });

  it('are no links once a person puts the two units in one row, and a pair a person splits is no link either', () => {
    const link = comparison.links![0];
    const paired = compareDocuments(docs, { corrections: [{ kind: 'pair', a: link.a, b: link.b }] });
    const together = (c: typeof paired) =>
      c.groups.some((g) => g.members.some((m) => m.unitId === link.a.unitId) && g.members.some((m) => m.unitId === link.b.unitId));
    expect(together(paired)).toBe(true);
    expect((paired.links ?? []).some((l) => l.a.unitId === link.a.unitId && l.b.unitId === link.b.unitId)).toBe(false);
    const split = compareDocuments(docs, { corrections: [{ kind: 'split', a: link.a, b: link.b }] });
    expect((split.links ?? []).some((l) => l.a.unitId === link.a.unitId && l.b.unitId === link.b.unitId)).toBe(false);
  });

  it('are none in a two-document compare: every pair sits in a row', () => {
    expect(compareDocuments([docs[0], docs[1]]).links).toBeUndefined();
  });
});
