/**
 * The 对照表 as one standalone HTML file: no scripts, no external resources,
 * <del>/<ins> marked like the .docx, and a print style sheet with the same
 * page setup (A4 landscape, GB/T 9704 margins, "— N —" page numbers where the browser supports them).
 */
import type { ComparisonView, Note } from '../../../../shared/api/contract';
import { cssFonts } from './fonts';
import { describeColumn, legendText, tierLabel } from './labels';
import { cssPage, tablePage } from './page-setup';
import { missingText, notesHeader, numberHeader, tableModel, type Cell, type Row, type Run, type TableOptions } from './table-model';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const style = `
${cssPage(tablePage).replace(' }', ' @bottom-center { content: "— " counter(page) " —"; font-family: ' + cssFonts.pageNumber.replace(/"/g, "'") + '; font-size: 14pt; } }')}
body { font-family: ${cssFonts.body}; font-size: 11pt; color: #000; margin: 1.5em; }
h1 { font-family: ${cssFonts.title}; font-weight: normal; text-align: center; font-size: 18pt; }
.docs p, .legend { margin: 0.2em 0; }
.legend { font-size: 10pt; margin-bottom: 1em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
col.number { width: 3.5em; }
col.notes { width: 20%; }
th, td { border: 1px solid #444; padding: 4px 6px; vertical-align: top; text-align: left; }
th, tr.heading td { font-family: ${cssFonts.heading}; background: #e7e6e6; }
td.number { text-align: center; }
td.number small { display: block; font-family: ${cssFonts.heading}; }
td.number small.tier { font-family: ${cssFonts.body}; color: #595959; }
td p { margin: 0 0 0.3em; white-space: pre-line; }
td.missing { font-style: italic; color: #555; }
td.note { white-space: pre-wrap; }
del { color: #c00000; text-decoration: line-through; }
ins { text-decoration: underline; font-weight: bold; }
.remark { font-style: italic; color: #595959; font-size: 0.85em; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
@media print { body { margin: 0; } }
`;

const runTags: Readonly<Record<Run['kind'], readonly [string, string]>> = {
  plain: ['', ''],
  deleted: ['<del>', '</del>'],
  inserted: ['<ins>', '</ins>'],
  remark: ['<span class="remark">', '</span>'],
};

const runHtml = (run: Run): string => `${runTags[run.kind][0]}${escapeHtml(run.text)}${runTags[run.kind][1]}`;

const cellHtml = (cell: Cell): string =>
  cell.kind === 'missing'
    ? `<td class="missing">${missingText}</td>`
    : `<td>${cell.paragraphs.map((runs) => `<p>${runs.map(runHtml).join('')}</p>`).join('')}</td>`;

function rowHtml(row: Row, span: number): string {
  if (row.kind === 'heading') return `<tr class="heading"><td colspan="${span}">${escapeHtml(row.text)}</td></tr>`;
  const number = `<td class="number">${row.number}<small>${row.status}</small>${row.tier ? `<small class="tier">${tierLabel(row.tier)}</small>` : ''}</td>`;
  return `<tr class="group" data-status="${row.status}">${number}${row.cells.map(cellHtml).join('')}<td class="note">${escapeHtml(row.note)}</td></tr>`;
}

/** Renders a comparison as a standalone HTML 对照表; notes join the 说明 column when asked. */
export function buildHtml(view: ComparisonView, notes: readonly Note[], options: TableOptions): string {
  const model = tableModel(view, notes, options);
  const span = model.columns.length + 2;
  const heads = [numberHeader, ...model.columns.map((c) => (c.isPivot ? `${c.title}(基准)` : c.title)), notesHeader].map(
    (t) => `<th>${escapeHtml(t)}</th>`,
  );
  const cols = `<colgroup><col class="number">${model.columns.map(() => '<col>').join('')}<col class="notes"></colgroup>`;
  const docs = model.columns.map((c, i) => `<p><b>文件${i + 1}:</b>${escapeHtml(describeColumn(c))}</p>`).join('\n');
  const legend = legendText(model.direction);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(model.title)}</title>
<style>${style}</style>
</head>
<body>
<h1>${escapeHtml(model.title)}</h1>
<div class="docs">
${docs}
</div>
<p class="legend">标记说明:<del>${legend.deleted[0]}</del>${legend.deleted[1]}<ins>${legend.inserted[0]}</ins>${legend.inserted[1]}${legend.rest}</p>
<table>
${cols}
<thead><tr>${heads.join('')}</tr></thead>
<tbody>
${model.rows.map((r) => rowHtml(r, span)).join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
