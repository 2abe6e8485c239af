/** The comparison engine: alignment, word diffs, target comparison, precedents and search. */
export { compareDocuments, type CompareOptions } from './compare';
export { diffTexts, type TextDiff } from './diff/diff-texts';
export { buildCorpusIndex, CorpusIndex, type CorpusDocument } from './index/corpus-index';
export { checkDraft, type CheckOptions } from './index/check-draft';
export { searchCorpus, type SearchOptions } from './index/search';
export { addToTextIndex, buildTextIndex, removeFromTextIndex, type SearchableDocument, type TextIndex } from './index/text-index';
export { hitHeading, placeText } from './index/place-text';
