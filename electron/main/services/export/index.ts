/**
 * The 对照表 exporters: .docx (Word/WPS) and standalone .html, both rendered
 * from one table model so they show the same rows and marks.
 */
/** The Word 对照表. */
export { buildDocx } from './docx';
/** The standalone HTML 对照表. */
export { buildHtml } from './html';
/** The table both writers render. */
export { tableModel, type TableModel, type TableOptions, type Row, type Cell, type Run, type Column } from './table-model';
/** File names that are never cut inside a bracket. */
export { exportFileName } from './labels';
/** Writing without partial files. */
export { assertWritableTarget, writeFileAtomic } from './write-file';
/** Document B with its differences from A as Word revisions. */
export { buildTrackedDocx, trackedParagraphs, trackedText, type TrackedDocument } from './tracked';
/** The 意见反馈表 from a review's notes. */
export { buildFeedbackDocx, feedbackRows, splitNote, type FeedbackRow } from './feedback';
