/**
 * A search query read for matching: the phrase and its terms in matching form
 * (normalizeForMatch), refused with a clear message when it is empty, too long
 * or only punctuation.
 */
import { InputError } from '../../errors';
import { normalizeForMatch } from '../../text/normalize';

/** A query ready to match. */
export interface SearchQuery {
  /** the query as written, trimmed */
  readonly text: string;
  /** the whole query in matching form (whitespace gone) */
  readonly phrase: string;
  /** the whitespace-separated terms in matching form; one term when the query has no spaces */
  readonly terms: readonly string[];
}

/** Longest query accepted, in characters as written. */
export const maxQueryLength = 200;

// letters, digits and CJK ideographs: a query needs at least one
const wordCharacter = /[\p{L}\p{N}]/u;
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001f\u007f]/g;

/** Reads a query; throws InputError (zh/en) for an empty, over-long or punctuation-only one. */
export function readQuery(raw: string): SearchQuery {
  const text = raw.replace(controls, ' ').trim();
  if (!text) throw new InputError('empty-query', '请输入要搜索的内容', 'enter something to search for');
  if (text.length > maxQueryLength) {
    throw new InputError(
      'query-too-long',
      `查询过长:${text.length} 字,最多 ${maxQueryLength} 字`,
      `query too long: ${text.length} characters, at most ${maxQueryLength}`,
    );
  }
  if (!wordCharacter.test(text))
    throw new InputError('punctuation-only', '查询只有标点符号,请输入文字或数字', 'the query is only punctuation: enter words or numbers');
  const terms = [...new Set(text.split(/\s+/).map(normalizeForMatch).filter(Boolean))];
  return { text, phrase: normalizeForMatch(text), terms };
}
