/**
 * Matching features of a unit: its normalised body (label and 责任单位
 * parenthesis removed, level words folded, digits folded), character bigrams
 * of body and lead title, departments and quoted terms.
 */
import type { Unit } from '../../model/document';
import { normalizeForMatch } from '../../text/normalize';
import { officeKey } from '../../text/departments';
import { foldLevelWords } from '../diff/match-text';
import { stripNumbering } from '../../parse/numbering';

/** What similarity scoring needs to know about a unit. */
export interface UnitFeatures {
  /** normalised body used for matching */
  readonly body: string;
  /** sorted distinct bigram keys of the body, and their counts */
  readonly keys: Uint32Array;
  readonly counts: Uint16Array;
  /** distinct bigram keys of the lead title ('' title → empty) */
  readonly titleKeys: Uint32Array;
  /** departments without their level prefix */
  readonly departments: readonly string[];
  /** terms printed in quotes (“两重”, “三个一批”) */
  readonly quoted: readonly string[];
  /** a framing item (总体要求, 主要目标, 基本原则…): it restates the whole document, not one matter */
  readonly framing: boolean;
}

/**
 * The titles of a policy document's framing items: its guiding idea, general
 * requirements, principles and overall targets. Such an item restates what
 * every measure does (a 主要目标 lists every measure's target), so it is
 * nobody's first counterpart, though two documents' framing items pair.
 */
const framingTitle =
  /^(?:指导思想|总体要求|总体思路|总体目标|基本原则|工作原则|主要目标|发展目标|工作目标|目标任务|预期目标|主要任务和目标|总体要求和主要目标)$/;

const responsibleTail = /[([][^()[\]]{0,200}(?:负责|责任单位|牵头|配合)[^()[\]]{0,200}[)\]][。.]?$/;

/** The matching form of a unit's text: folded, label and trailing 责任单位 parenthesis removed. */
export function unitBody(text: string): string {
  return foldLevelWords(stripNumbering(normalizeForMatch(text)).replace(responsibleTail, ''));
}

/**
 * A content character's code in 15 bits, -1 for anything else. Digits fold to
 * one code; the codes keep code-point order, so keys sort as the characters
 * do, and two codes make a bigram key below 2^30: a small integer that maps
 * and typed arrays handle without boxing.
 */
function contentCode(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return c - 0x4e00 + 6645;
  if (c >= 0x3400 && c <= 0x4dbf) return c - 0x3400 + 53;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 27;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 1;
  if (c >= 0x30 && c <= 0x39) return 0;
  return -1;
}

/** Bigram keys of a normalised text: content characters only, digits folded to 0. */
export function bigramKeys(text: string): Uint32Array {
  const { buffer, length } = bigramsInto(text, new Uint32Array(text.length));
  return buffer.subarray(0, length);
}

/** Writes the bigram keys of a normalised text into `buffer` (grown when needed); returns the buffer and the count. */
export function bigramsInto(text: string, buffer: Uint32Array<ArrayBuffer>): { buffer: Uint32Array<ArrayBuffer>; length: number } {
  const out = buffer.length >= text.length ? buffer : new Uint32Array(text.length * 2);
  let n = 0;
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const c = contentCode(text.charCodeAt(i));
    if (c >= 0 && prev >= 0) out[n++] = prev * 0x8000 + c;
    prev = c;
  }
  return { buffer: out, length: n };
}

/** Distinct sorted keys with counts (sorts `keys` in place). */
export function countKeys(keys: Uint32Array): { keys: Uint32Array; counts: Uint16Array } {
  const sorted = keys.sort();
  const outKeys = new Uint32Array(sorted.length);
  const outCounts = new Uint16Array(sorted.length);
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (n > 0 && sorted[i] === outKeys[n - 1]) {
      if (outCounts[n - 1] < 65535) outCounts[n - 1]++;
    } else {
      outKeys[n] = sorted[i];
      outCounts[n++] = 1;
    }
  }
  return { keys: outKeys.slice(0, n), counts: outCounts.slice(0, n) };
}

const quotedTerm = /"([^"]{2,12})"/g;

/** A department's office without its level (市科技局, 区科学技术局 → 科技局). */
export function departmentKey(name: string): string {
  return officeKey(normalizeForMatch(name), false).replace(/^(?:[市区县省]|全[市区县])/, '');
}

/**
 * The title a plan paragraph goes by when it has no lead phrase of its own: the
 * heading it sits under (`第二节 促进民营经济健康发展` → 促进民营经济健康发展), which
 * is what a measure's lead title corresponds to across kinds. Measures keep ''.
 */
function headingTitle(unit: Unit): string {
  if (unit.kind !== 'paragraph') return '';
  return (unit.path.at(-1) ?? '').replace(/^(?:第\S+?[篇章节]\s*|专栏[:：]?)/, '');
}

/** The offices a unit names, as matching keys (the parser reads traditional-script clauses too). */
function departmentsOf(unit: Unit): string[] {
  return unit.responsible.map((r) => departmentKey(r.name));
}

/** Computes the features of one unit. */
export function unitFeatures(unit: Unit): UnitFeatures {
  const body = unitBody(unit.text);
  const { keys, counts } = countKeys(bigramKeys(body));
  const lead = unit.title || headingTitle(unit);
  const title = lead ? foldLevelWords(normalizeForMatch(lead)) : '';
  const titleKeys = countKeys(bigramKeys(title)).keys;
  const quoted = [...body.matchAll(quotedTerm)].map((m) => m[1]);
  const framing = framingTitle.test(title.replace(/[\s。.,，、:：]/g, ''));
  return { body, keys, counts, titleKeys, departments: departmentsOf(unit), quoted, framing };
}
