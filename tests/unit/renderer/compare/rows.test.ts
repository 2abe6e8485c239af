import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildRows, countChanges, visibleRows } from '../../../../renderer/src/compare/compare-model';
import { comparisonView, defaultDiffOptions, documentDetail } from '../../../../shared/api/views';
import type { DocumentSummary } from '../../../../shared/api/contract';
import { compareDocuments } from '../../../../shared/engine/index';
import { parseDocument } from '../../../../shared/parse/index';

const seed = (name: string) => {
  const text = readFileSync(fileURLToPath(new URL(`../../../../seeds/${name}`, import.meta.url)), 'utf8');
  return { text, parsed: parseDocument(text, { fileName: name }) };
};
const names = ['zhumadian-2024-h2-economy-measures.txt', 'xuchang-2024-q2-double-half-measures.txt', 'district-2024-h2-measures-draft.txt'];
const viewOf = (picked: readonly number[]) => {
  const docs = picked.map((i) => seed(names[i]));
  const details = docs.map((d, i) => documentDetail({ id: `d${i}` } as DocumentSummary, d.text, d.parsed));
  return comparisonView(details, compareDocuments(docs.map((d) => d.parsed)), defaultDiffOptions);
};

describe('rows of a three-way compare', () => {
  const rows = buildRows(viewOf([0, 1, 2]));

  it('calls a row unchanged when every document present agrees, so 只看有差异的行 hides some rows', () => {
    const single = rows.filter((r) => r.present.filter(Boolean).length === 1);
    expect(single.length).toBeGreaterThan(0);
    expect(single.every((r) => !r.changed)).toBe(true);
    const shown = visibleRows(rows, { onlyDifferences: true, presence: null });
    expect(shown.length).toBeLessThan(rows.length);
    expect(shown.every((r) => r.changes.length > 0)).toBe(true);
  });

  it('lists every single change once, with ids the cells carry', () => {
    const ids = rows.flatMap((r) => r.changes.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    const carried = rows.flatMap((r) =>
      r.cells.flatMap((c) => [
        ...c.units.flatMap((u) => [...new Set(u.opChanges.filter((x): x is string => x !== null)), ...(u.rewritten ? [u.rewritten] : [])]),
        ...c.targetChanges.map((t) => t.id),
        ...(c.responsibleChange ? [c.responsibleChange] : []),
      ]),
    );
    expect(carried.sort()).toEqual([...ids].sort());
    const counts = countChanges(rows);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(ids.length);
    expect(counts.target).toBeGreaterThan(0);
  });

  it('filters rows only one document has, and rows a document lacks', () => {
    const onlyXuchang = visibleRows(rows, { onlyDifferences: false, presence: { kind: 'only', doc: 1 } });
    expect(onlyXuchang.length).toBeGreaterThan(0);
    expect(onlyXuchang.every((r) => r.present[1] && !r.present[0] && !r.present[2])).toBe(true);
    const lacksDraft = visibleRows(rows, { onlyDifferences: false, presence: { kind: 'lacks', doc: 2 } });
    expect(lacksDraft.every((r) => !r.present[2])).toBe(true);
    expect(lacksDraft.length + rows.filter((r) => r.present[2]).length).toBe(rows.length);
  });

  it('gives each paired cell its own score and the engine’s tier', () => {
    const paired = rows.flatMap((r) => r.cells.filter((c) => c.doc !== 0 && c.units.length > 0 && r.present[0]));
    expect(paired.length).toBeGreaterThan(0);
    expect(paired.every((c) => c.score !== null && c.tier !== null)).toBe(true);
  });
});

describe('rows of a two-way compare', () => {
  it('counts a measure only one side has as a whole-measure 新增 or 删除', () => {
    const rows = buildRows(viewOf([0, 1]));
    const lone = rows.filter((r) => !r.present.every(Boolean));
    expect(lone.length).toBeGreaterThan(0);
    expect(lone.every((r) => r.changed && r.changes.some((c) => c.kind === (r.present[0] ? 'delete' : 'insert')))).toBe(true);
  });
});
