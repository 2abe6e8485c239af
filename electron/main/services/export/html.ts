/**
 * The 对照表 as one standalone HTML file: no scripts, no external resources,
 * <del>/<ins> marked like the .docx, and a print style sheet for A4 landscape.
 */
import type { ComparisonView, Note } from '../../../../shared/api/contract';
import { cssFonts } from './fonts';
import { describeColumn, tableTitle } from './labels';
import { missingText, notesHeader, tableModel, type Cell, type Row, type Run } from './table-model';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const style = `
@page { size: A4 landscape; margin: 2cm; }
body { font-family: ${cssFonts.body}; font-size: 11pt; color: #000; margin: 1.5em; }
h1 { font-family: ${cssFonts.title}; text-align: center; font-size: 18pt; }
.docs p, .legend { margin: 0.2em 0; }
.legend { font-size: 10pt; margin-bottom: 1em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #444; padding: 4px 6px; vertical-align: top; text-align: left; }
th, tr.heading td { font-family: ${cssFonts.heading}; background: #e7e6e6; }
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

function rowHtml(row: Row, span: number, includeNotes: boolean): string {
  if (row.kind === 'heading') return `<tr class="heading"><td colspan="${span}">${escapeHtml(row.text)}</td></tr>`;
  const notes = includeNotes ? `<td class="note">${escapeHtml(row.note)}</td>` : '';
  return `<tr class="group">${row.cells.map(cellHtml).join('')}${notes}</tr>`;
}

/** Renders a comparison as a standalone HTML 对照表; notes fill the 说明 column when asked. */
export function buildHtml(view: ComparisonView, notes: readonly Note[], options: { includeNotes: boolean }): string {
  const model = tableModel(view, notes, options);
  const span = model.columns.length + (model.includeNotes ? 1 : 0);
  const heads = model.columns.map((c) => `<th>${escapeHtml(c.isPivot ? `${c.title}(基准)` : c.title)}</th>`);
  if (model.includeNotes) heads.push(`<th>${notesHeader}</th>`);
  const docs = model.columns.map((c, i) => `<p><b>文档${i + 1}:</b>${escapeHtml(describeColumn(c))}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${tableTitle}:${escapeHtml(model.columns.map((c) => c.title).join(' / '))}</title>
<style>${style}</style>
</head>
<body>
<h1>${tableTitle}</h1>
<div class="docs">
${docs}
</div>
<p class="legend">标记:<del>删除线</del>为基准文档有而本文档删去的文字,<ins>下划线加粗</ins>为本文档新增的文字。</p>
<table>
<thead><tr>${heads.join('')}</tr></thead>
<tbody>
${model.rows.map((r) => rowHtml(r, span, model.includeNotes)).join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
