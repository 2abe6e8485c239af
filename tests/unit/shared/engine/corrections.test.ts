import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../../shared/engine/index';
import type { AlignmentCorrection, Comparison } from '../../../../shared/model/comparison';
import { seed } from '../../../fixtures/align/seeds';

const docs = [seed('zhumadian2024'), seed('xuchang')];
const engine = compareDocuments(docs);
const rowOf = (c: Comparison, doc: number, unitId: string) =>
  c.groups.find((g) => g.members.some((m) => m.doc === doc && m.unitId === unitId))!;
const everyUnitOnce = (c: Comparison) =>
  docs.forEach((doc, d) => {
    const listed = c.groups.flatMap((g) => g.members.filter((m) => m.doc === d).map((m) => m.unitId));
    expect(listed.sort()).toEqual(doc.units.map((u) => u.id).sort());
  });
const pairedRow = engine.groups.find((g) => new Set(g.members.map((m) => m.doc)).size === 2 && g.members.length === 2)!;
const [base, other] = pairedRow.members;
const loneBase = engine.groups.find((g) => g.members.length === 1 && g.members[0].doc === 0)!.members[0];
const loneOther = engine.groups.find((g) => g.members.length === 1 && g.members[0].doc === 1)!.members[0];

describe('hand corrections of an alignment', () => {
  it('splits a pair the engine made: both units stay, each in a row of its own, the split one marked', () => {
    const split: AlignmentCorrection = { kind: 'split', a: { doc: 0, unitId: base.unitId }, b: { doc: 1, unitId: other.unitId } };
    const c = compareDocuments(docs, { corrections: [split] });
    everyUnitOnce(c);
    expect(rowOf(c, 0, base.unitId)).not.toBe(rowOf(c, 1, other.unitId));
    expect(rowOf(c, 1, other.unitId).members).toEqual([expect.objectContaining({ unitId: other.unitId, manual: 'split', tier: null })]);
    expect(c.groups).toHaveLength(engine.groups.length + 1);
    expect(c.groups.indexOf(rowOf(c, 1, other.unitId))).toBe(c.groups.indexOf(rowOf(c, 0, base.unitId)) + 1);
  });

  it('pairs two units the engine left alone, marks the pair 人工对齐 and diffs it', () => {
    const pair: AlignmentCorrection = { kind: 'pair', a: { doc: 1, unitId: loneOther.unitId }, b: { doc: 0, unitId: loneBase.unitId } };
    const c = compareDocuments(docs, { corrections: [pair] });
    everyUnitOnce(c);
    const row = rowOf(c, 0, loneBase.unitId);
    expect(row.members.map((m) => [m.doc, m.unitId, m.manual ?? null])).toEqual([
      [0, loneBase.unitId, null],
      [1, loneOther.unitId, 'paired'],
    ]);
    expect(row.diffs.map((d) => d.unitId)).toEqual([loneOther.unitId]);
    expect(c.groups).toHaveLength(engine.groups.length - 1);
  });

  it('moves a paired unit to another row and leaves its former partner alone', () => {
    const pair: AlignmentCorrection = { kind: 'pair', a: { doc: 0, unitId: loneBase.unitId }, b: { doc: 1, unitId: other.unitId } };
    const c = compareDocuments(docs, { corrections: [pair] });
    everyUnitOnce(c);
    expect(rowOf(c, 1, other.unitId)).toBe(rowOf(c, 0, loneBase.unitId));
    expect(rowOf(c, 0, base.unitId).members).toHaveLength(1);
  });

  it('lets a later correction undo an earlier one', () => {
    const a = { doc: 0, unitId: base.unitId };
    const b = { doc: 1, unitId: other.unitId };
    const c = compareDocuments(docs, {
      corrections: [
        { kind: 'split', a, b },
        { kind: 'pair', a, b },
      ],
    });
    expect(rowOf(c, 1, other.unitId)).toBe(rowOf(c, 0, base.unitId));
    expect(c.groups).toHaveLength(engine.groups.length);
  });

  it('says why a correction did not apply and changes nothing for it', () => {
    const stale: AlignmentCorrection = { kind: 'pair', a: { doc: 0, unitId: 'no-such-unit' }, b: { doc: 1, unitId: other.unitId } };
    const apart: AlignmentCorrection = { kind: 'split', a: { doc: 0, unitId: loneBase.unitId }, b: { doc: 1, unitId: loneOther.unitId } };
    const c = compareDocuments(docs, { corrections: [stale, apart] });
    expect(c.skippedCorrections?.map((s) => s.reason)).toEqual(['unknown-unit', 'not-paired']);
    expect(c.groups.map((g) => g.members.map((m) => m.unitId))).toEqual(engine.groups.map((g) => g.members.map((m) => m.unitId)));
  });
});
