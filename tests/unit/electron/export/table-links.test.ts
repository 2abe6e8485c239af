/** The 对照表 of three documents whose pairs the rows cannot all hold: 说明 points to the other row by its 序号. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonView } from '../../../../shared/api/contract';
import { comparisonView, defaultDiffOptions, documentDetail } from '../../../../shared/api/views';
import { compareDocuments } from '../../../../shared/engine/index';
import type { ParsedDocument } from '../../../../shared/model/document';
import { loadDocumentFile } from '../../../../electron/main/services/corpus';
import { summarise } from '../../../../electron/main/services/library';
import { tableModel } from '../../../../electron/main/services/export/index';

const seed = (name: string) => new URL(`../../../../seeds/${name}.txt`, import.meta.url).pathname;
let view: ComparisonView;

beforeAll(async () => {
  const names = ['zhumadian-2024-h2-economy-measures', 'xuchang-2024-q2-double-half-measures', 'district-2024-h2-measures-draft'];
  const docs: ParsedDocument[] = [];
  for (const n of names) docs.push((await loadDocumentFile(seed(n))).parsed);
  const comparison = compareDocuments(docs, { diff: defaultDiffOptions });
  const details = docs.map((d, i) =>
    documentDetail(summarise(`doc${i}`, 'imported', `doc${i}.txt`, d), d.units.map((u) => u.text).join('\n'), d),
  );
  view = comparisonView(details, comparison, defaultDiffOptions);
});

describe('a counterpart in another row of the 对照表', () => {
  it('is named in 说明 by the 序号 of its row, on both rows of every link', () => {
    const rows = tableModel(view, [], { includeNotes: false }).rows.filter((r) => r.kind === 'group');
    const links = view.comparison.links ?? [];
    expect(links.length).toBeGreaterThan(0);
    const pointing = rows.filter((r) => /另见序号 \d+/.test(r.note));
    expect(pointing.length).toBeGreaterThanOrEqual(Math.min(links.length, 2));
    for (const r of pointing) {
      for (const [, n] of r.note.matchAll(/另见序号 (\d+)/g)) {
        const there = rows.find((x) => x.number === Number(n))!;
        expect(there, `序号 ${n}`).toBeDefined();
        expect(there.note).toContain(`另见序号 ${r.number}`);
      }
    }
  });
});
