/**
 * Builders for the shapes the API returns, shared by the main-process API,
 * the CLI and the exporters so all three describe documents the same way.
 */
import type { ParsedDocument } from '../model/document';
import type { Comparison, DiffOptions } from '../model/comparison';
import type { ComparisonView, DocumentDetail, DocumentSummary } from './contract';

/** The detail of one document from its summary, text and parse result. */
export function documentDetail(summary: DocumentSummary, text: string, parsed: ParsedDocument): DocumentDetail {
  return { summary, text, outline: parsed.outline, units: parsed.units, warnings: parsed.warnings, furniture: parsed.furniture };
}

/** A comparison bundled with the documents it aligned, in argument order. */
export function comparisonView(documents: readonly DocumentDetail[], comparison: Comparison, options: DiffOptions): ComparisonView {
  return { ids: documents.map((d) => d.summary.id), comparison, documents, options };
}

/** The diff options a new user starts with: compare what is printed, fold punctuation width. */
export const defaultDiffOptions: DiffOptions = {
  ignorePunctuationWidth: true,
  ignoreWhitespace: true,
  ignoreLevelWords: false,
};
