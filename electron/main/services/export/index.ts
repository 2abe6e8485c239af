/**
 * The 对照表 exporters: .docx (Word/WPS) and standalone .html, both rendered
 * from one table model so they show the same rows and marks.
 */
export { buildDocx } from './docx';
export { buildHtml } from './html';
export { tableModel, type TableModel, type Row, type Cell, type Run, type Column } from './table-model';
export { assertWritableTarget, writeFileAtomic } from './write-file';
