import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../../shared/engine/index';
import { seed } from '../../../fixtures/align/seeds';

describe('compare of 驻马店 2024, 许昌 and the district draft', () => {
  const docs = [seed('zhumadian2024'), seed('xuchang'), seed('district')];
  const comparison = compareDocuments(docs);

  it('lists every unit of every document exactly once', () => {
    docs.forEach((doc, d) => {
      const listed = comparison.groups.flatMap((g) => g.members.filter((m) => m.doc === d).map((m) => m.unitId));
      expect(listed.sort()).toEqual(doc.units.map((u) => u.id).sort());
    });
  });

  it('puts the 设备更新和以旧换新 measures of all three documents in one group', () => {
    const isRenewal = (d: number, unitId: string) => docs[d].units.find((u) => u.id === unitId)!.title.includes('以旧换新');
    const groups = comparison.groups.filter((g) => g.members.some((m) => isRenewal(m.doc, m.unitId)));
    expect(groups).toHaveLength(1);
    expect(new Set(groups[0].members.map((m) => m.doc))).toEqual(new Set([0, 1, 2]));
  });

  it('shows the district 技术合同成交额 target changed from 40亿元 to 3.5亿元', () => {
    const row = comparison.groups.flatMap((g) => g.targets).find((t) => t.metric.includes('技术合同成交额') && t.values[2]);
    expect(row?.changed).toBe(true);
    expect(row?.values[0]?.target).toMatchObject({ value: 40, unit: '亿元' });
    expect(row?.values[2]?.target).toMatchObject({ value: 3.5, unit: '亿元' });
  });

  it('diffs each member against the pivot member, and singletons not at all', () => {
    for (const g of comparison.groups) {
      const others = new Set(g.members.filter((m) => m.doc !== g.members[0].doc).map((m) => m.doc));
      expect(g.diffs.map((d) => d.doc).sort()).toEqual([...others].sort());
      if (g.members.length === 1) expect(g.diffs).toEqual([]);
    }
  });

  it('orders rows by the pivot document (by the first pivot measure of each row)', () => {
    const pivotOrder = comparison.groups.flatMap((g) =>
      g.members
        .filter((m) => m.doc === 0)
        .slice(0, 1)
        .map((m) => m.ordinal),
    );
    expect(pivotOrder).toEqual([...pivotOrder].sort((a, b) => a - b));
  });

  it('scores a pair the same way whichever document is the pivot', () => {
    const swapped = compareDocuments([docs[2], docs[0]]);
    const direct = compareDocuments([docs[0], docs[2]]);
    const score = (c: typeof direct, d: number, ordinal: number) =>
      c.groups.find((g) => g.members.some((m) => m.doc === d && m.ordinal === ordinal))!.score;
    expect(score(swapped, 0, 3)).toBeCloseTo(score(direct, 1, 3), 2);
  });

  it('refuses a pivot outside the documents', () => {
    expect(() => compareDocuments(docs, { pivot: 3 })).toThrow(/pivot/);
  });

  it('aligns a 2021 工作方案 and a 十四五 outline with a 2024 measure list without errors, each unit once', () => {
    const mixed = [seed('zhumadian2024'), seed('zhumadian2021'), seed('outline')];
    const c = compareDocuments(mixed);
    const count = c.groups.reduce((n, g) => n + g.members.length, 0);
    expect(count).toBe(mixed.reduce((n, d) => n + d.units.length, 0));
    expect(c.groups.some((g) => g.members.some((m) => m.doc === 1) && g.members.some((m) => m.doc === 0))).toBe(true);
  });
});
