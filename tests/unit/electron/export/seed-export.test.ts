/**
 * The acceptance case: the .docx 对照表 of 驻马店 2024 vs 许昌 vs the district
 * draft, built from the real parser and engine, read back with mammoth.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ComparisonView } from '../../../../shared/api/contract';
import { comparisonView, defaultDiffOptions, documentDetail } from '../../../../shared/api/views';
import { compareDocuments } from '../../../../shared/engine/index';
import { defaultSeedsDir, loadCorpusDir } from '../../../../electron/main/services/corpus';
import { buildDocx, tableModel } from '../../../../electron/main/services/export/index';
import { cellText, rewrittenRemark } from '../../../../electron/main/services/export/table-model';
import { isRewritten } from '../../../../shared/engine/diff/rewritten';
import { summarise } from '../../../../electron/main/services/library';
import { docxHtml, plain, rowCells, tableRows } from './read-back';

const ids = ['zhumadian-2024-h2-economy-measures', 'xuchang-2024-q2-double-half-measures', 'district-2024-h2-measures-draft'];
const marked = (cell: string, tag: 's' | 'ins'): string =>
  [...cell.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'gs'))].map((m) => plain(m[1].replace(/<br \/>/g, ''))).join('');

let view: ComparisonView;
let html = '';

beforeAll(async () => {
  const corpus = await loadCorpusDir(defaultSeedsDir());
  const docs = ids.map((id) => corpus.find((d) => d.id === id)!);
  const comparison = compareDocuments(
    docs.map((d) => d.parsed),
    { pivot: 0, diff: defaultDiffOptions },
  );
  const details = docs.map((d) => documentDetail(summarise(d.id, 'seed', d.fileName, d.parsed), d.text, d.parsed));
  view = comparisonView(details, comparison, defaultDiffOptions);
  html = await docxHtml(await buildDocx(view, [], { includeNotes: false }));
});

describe('the 对照表 of 驻马店 2024, 许昌 and the district draft', () => {
  it('names the three documents in the header', () => {
    const header = html.slice(0, html.indexOf('<table>'));
    for (const d of view.documents) expect(header).toContain(d.summary.meta.title);
    expect(view.documents.map((d) => d.summary.meta.title)).toHaveLength(3);
  });

  it('has one row per aligned group besides the header row and the section rows', () => {
    const headings = tableModel(view, [], { includeNotes: false }).rows.filter((r) => r.kind === 'heading').length;
    expect(headings).toBeGreaterThanOrEqual(8);
    const rows = tableRows(html);
    expect(rows).toHaveLength(1 + headings + view.comparison.groups.length);
    expect(rows.filter((r) => rowCells(r).length === 5)).toHaveLength(1 + view.comparison.groups.length);
  });

  it('strikes and underlines exactly the text the diffs delete and insert, cell by cell, where the compare view marks words', () => {
    const groupRows = tableRows(html)
      .filter((r) => rowCells(r).length === 5)
      .slice(1);
    let checked = 0;
    let rewritten = 0;
    view.comparison.groups.forEach((group, i) => {
      const cells = rowCells(groupRows[i]).slice(1);
      expect(marked(cells[0], 's')).toBe('');
      for (const doc of [1, 2]) {
        const all = group.diffs.filter((d) => d.doc === doc && group.members.some((m) => m.doc === doc && m.unitId === d.unitId));
        // a pair the compare view shows unmarked (rewritten) is plain text after a remark
        const diffs = all.filter((d) => !isRewritten(d.ops));
        if (diffs.length < all.length) {
          rewritten++;
          expect(plain(cells[3])).toContain(rewrittenRemark);
          expect(plain(cells[doc])).not.toContain(rewrittenRemark);
        }
        const text = (op: 'delete' | 'insert') =>
          diffs.flatMap((d) => d.ops.filter((o) => o.op === op).map((o) => cellText(o.text).replace(/\n/g, ''))).join('');
        expect(marked(cells[doc], 's')).toBe(text('delete'));
        expect(marked(cells[doc], 'ins')).toBe(text('insert'));
        if (text('delete') !== '') checked++;
      }
    });
    expect(checked).toBeGreaterThan(10);
    expect(rewritten).toBeGreaterThan(0);
  });
});
