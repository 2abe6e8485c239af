/**
 * The 对照表 exporters: .docx (Word/WPS) and standalone .html, both rendered
 * from one table model so they show the same rows and marks.
 */
/** The Word 对照表. */
export { buildDocx } from './docx';
/** The standalone HTML 对照表. */
export { buildHtml } from './html';
/** The table both writers render. */
export { tableModel, type TableModel, type Row, type Cell, type Run, type Column } from './table-model';
/** Writing without partial files. */
export { assertWritableTarget, writeFileAtomic } from './write-file';
