/**
 * The lead title of an article (第X条), which most 办法 articles do not have:
 * a bracketed `（目的和依据）` / `【适用范围】` right after the number, or a short
 * phrase ending in 。 that is followed by more text and does not read as a
 * provision itself (a subject such as 本办法, a modal such as 应当, a purpose 为…).
 */

const bracketed = /^[（(【[]\s*([^（）()【】[\]。，,；;：:]{1,20}?)\s*[）)】\]]/;
const provision = /^(本|为|根据|依照|依据|按照|对|凡|各)|应当|不得|可以|是指|适用|负责|须/;
const innerPunctuation = /[，,、；;：:“”"（）()]/;

/** The title of an article whose text after `第X条` is `body`; '' when it has none. */
export function articleTitle(body: string): string {
  const b = bracketed.exec(body);
  if (b) return b[1];
  const stop = body.indexOf('。');
  if (stop <= 0) return '';
  const phrase = body.slice(0, stop).replace(/[\s*#]+/g, '');
  if (phrase.length === 0 || phrase.length > 20 || innerPunctuation.test(phrase) || provision.test(phrase)) return '';
  return /\S/.test(body.slice(stop + 1)) ? phrase : '';
}
