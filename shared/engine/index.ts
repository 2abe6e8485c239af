/** The comparison engine: alignment, word diffs, target comparison, precedents and search. */
export { compareDocuments, type CompareOptions } from './compare';
export { diffTexts, type TextDiff } from './diff/diff-texts';
