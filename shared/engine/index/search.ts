/**
 * Corpus search that finds what is written. Every field (unit, title, preamble,
 * heading, closing) whose matching form contains the query is an exact hit:
 * the positional bigram postings say where the query stands (the bigrams of a
 * cover of it at their offsets from one place), so recall is the substring
 * scan's without the texts being read (numbers atomic: only a number's
 * neighbours are read). Ranking:
 * the phrase as written (title, heading, a unit's lead title, a unit, preamble
 * and closing, then corpus order), then all its terms.
 * Only when nothing matches exactly, approximate hits (fuse.js ranks them) come
 * back apart with a suggestion drawn from the corpus's own text.
 */
import Fuse from 'fuse.js';
import type { SearchFilters, SearchHit, SearchMatch, SearchPlace, SearchResult } from '../../model/comparison';
import { foldForMatch } from '../../text/normalize';
import { officeKey } from '../../text/departments';
import { nearestStretch } from './approximate';
import { allExact, findExact, isDigit, wholeAt } from './exact-match';
import { readQuery } from './search-query';
import { snippetAround } from './snippet';
import {
  bigramKey,
  decodeStarts,
  type Candidates,
  fieldEnd,
  fieldMatchText,
  fieldSource,
  firstTermFrom,
  intersectStarts,
  newCandidates,
  placeCodeHeading,
  placeCodeOther,
  placeCodeTitle,
  placeOf,
  termOf,
  type IndexSegment,
  type TextIndex,
} from './text-index';

/** Options of a search. */
export interface SearchOptions {
  readonly filters?: SearchFilters;
  /** maximum hits of each list (default 20) */
  readonly limit?: number;
}

/** Tunables of search. */
export const searchTunables = {
  /** stop intersecting once this few candidates remain */
  fewCandidates: 8,
  /**
   * reading a candidate's text (its field folded again from the document, then a substring search) costs about as
   * much as decoding this many postings: at 2,000 documents a long phrase took 3.1 ms at 64, 1.8 at 256, 1.0 at 1,024
   */
  textCost: 1024,
  /** approximate hits kept for fuse.js to rank */
  fuzzyPool: 150,
  /** longest query that goes to approximate matching */
  fuzzyMaxLength: 32,
} as const;

/** A field found, packed in one number: rank · 2^42 + segment · 2^28 + field (rank · 2^42 dropped: the field's identity). */
type Found = number;
const fieldBits = 2 ** 28;
const rankUnit = 2 ** 42;
const segOf = (f: Found): number => Math.floor(f / fieldBits) % 2 ** 14;
const fieldOf = (f: Found): number => f % fieldBits;

/** Rank of a match at `at` in a field of fieldRank `code`: title 0, heading 1, a unit with the match in its lead title 2, a unit 3, preamble/closing 4. */
function rankOf(code: number, at: number): number {
  if (code < otherCode) return at < code ? 2 : 3;
  return code === titleCode ? 0 : code === headingCode ? 1 : 4;
}

// the place codes as this module's own constants: read per hit, and an import is a getter call under tsx's CommonJS output
const titleCode = placeCodeTitle;
const headingCode = placeCodeHeading;
const otherCode = placeCodeOther;

/** A field filter, or undefined when every field may be returned. */
type Allowed = ((seg: IndexSegment, field: number) => boolean) | undefined;

/** Which fields a search may return, per the filters (document filters cached per document). */
function fieldFilter(index: TextIndex, filters: SearchFilters | undefined): Allowed {
  if (!filters || Object.values(filters).every((v) => v === undefined || v === '')) return undefined;
  const docOk = new Int8Array(index.docs.length);
  const office = filters.office?.trim();
  const officeMatches = office ? officeMatcher(office) : undefined;
  return (seg, field) => {
    const d = seg.docBase + seg.fieldDoc[field];
    if (docOk[d] === 0) docOk[d] = documentPasses(index, d, filters) ? 1 : -1;
    if (docOk[d] < 0) return false;
    const ref = seg.fieldRef[field];
    if (!filters.section && !officeMatches) return true;
    const doc = index.docs[d];
    if (ref < 0) {
      // text outside the units passes a section filter only as the heading itself, and never an office filter
      if (officeMatches) return false;
      const place = placeOf(doc, ref);
      return place.kind === 'heading' && place.heading.includes(filters.section!);
    }
    const unit = doc.parsed.units[ref];
    if (filters.section && !unit.path.some((p) => p.includes(filters.section!))) return false;
    return !officeMatches || unit.responsible.some((r) => officeMatches(r.name));
  };
}

/** Region, year and kind of a document against the filters. */
function documentPasses(index: TextIndex, d: number, filters: SearchFilters): boolean {
  const meta = index.docs[d].parsed.meta;
  if (filters.region) {
    const r = meta.region;
    if (![r.province, r.city, r.district, meta.issuer].some((x) => x?.includes(filters.region!))) return false;
  }
  if (filters.year !== undefined && meta.year !== filters.year) return false;
  if (filters.kind && !(meta.kind ?? '').includes(filters.kind) && !meta.title.includes(filters.kind)) return false;
  return true;
}

const levelPrefix = /^全?[市区县]/;

/** 责任单位 by office, as the compare view folds names: 市发改委 = 市发展和改革委员会; a name without 市/区 matches any level. */
function officeMatcher(office: string): (name: string) => boolean {
  const anyLevel = !levelPrefix.test(office);
  const key = officeKey(office, anyLevel);
  return (name) => officeKey(name, anyLevel) === key;
}

/** The fields of one segment containing a term: field numbers ascending, each with its rank, and how many have each rank. */
interface SegmentHits {
  readonly fields: Int32Array;
  readonly ranks: Uint8Array;
  readonly perRank: Int32Array;
}

/** Every field of the index containing a term, segment by segment, and how many in all. */
export interface FieldHits {
  readonly segments: readonly SegmentHits[];
  readonly total: number;
}

/** Ranks of rankOf: 0–4. */
const rankCount = 5;

const noHits: SegmentHits = { fields: new Int32Array(0), ranks: new Uint8Array(0), perRank: new Int32Array(rankCount) };

/** Per field of the widest segment so far, for one-character searches: the least place + 1 of the character, 0 when not seen (all 0 between searches). */
let leastScratch = new Int32Array(0);
let touchedScratch = new Int32Array(0);

/**
 * Fields of one segment with a one-character term, from the postings: every
 * character of a field starts a bigram (its last with fieldEnd), so the keys
 * from `term·0000` to `term·ffff` hold every place it occurs. A digit is read
 * in the text too (5 is not found in 15).
 */
function segmentFieldsWithCharacter(index: TextIndex, seg: IndexSegment, term: string, allowed: Allowed): SegmentHits {
  const fieldCount = seg.fieldDoc.length;
  if (leastScratch.length < fieldCount) {
    leastScratch = new Int32Array(fieldCount);
    touchedScratch = new Int32Array(fieldCount);
  }
  const least = leastScratch;
  const touched = touchedScratch;
  const c = term.charCodeAt(0);
  const last = firstTermFrom(seg, (c + 1) * 0x10000);
  let n = 0;
  try {
    for (let t = firstTermFrom(seg, c * 0x10000); t < last; t++) {
      // each field's first place of this bigram; the character's first place is the least over its bigrams
      const firsts = candidatesFor(seg.postingCount[t]);
      const count = decodeStarts(seg, t, 0, firsts, true);
      for (let i = 0; i < count; i++) {
        const f = firsts.fields[i];
        const seen = least[f];
        if (seen === 0) touched[n++] = f;
        if (seen === 0 || firsts.starts[i] + 1 < seen) least[f] = firsts.starts[i] + 1;
      }
    }
  } catch (error) {
    // a posting list that could not be read (its file damaged): the scratch is left clean for the next search
    least.fill(0);
    throw error;
  }
  const found = touched.subarray(0, n).sort();
  const numeric = isDigit(c);
  const fields = new Int32Array(n);
  const ranks = new Uint8Array(n);
  const perRank = new Int32Array(rankCount);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const f = found[i];
    let at = least[f] - 1;
    least[f] = 0;
    if (allowed && !allowed(seg, f)) continue;
    if (numeric && !wholeAround(index, seg, f, term, at)) {
      // the first place is inside a longer number: a later one that stands whole, if any
      const from = Math.max(0, at - 1);
      const later = findExact(fieldMatchText(index, seg, f, from), term, at + 1 - from);
      at = later < 0 ? -1 : from + later;
    }
    if (at < 0) continue;
    const rank = rankOf(seg.fieldRank[f], at);
    fields[k] = f;
    ranks[k++] = rank;
    perRank[rank]++;
  }
  return { fields: fields.subarray(0, k), ranks: ranks.subarray(0, k), perRank };
}

/**
 * The cheapest set of the query's bigrams that covers every one of its
 * characters (a bigram at offset o covers o and o + 1): `cost[o]` is the
 * length of the postings of the bigram at o. Offsets ascending; the first and
 * the last are always in it.
 */
export function cheapestCover(cost: readonly number[]): number[] {
  const last = cost.length - 1;
  if (last < 0) return [];
  // best[o]: least cost of a set ending with o that covers characters 0 … o + 1; from[o]: the offset chosen before o
  const best = new Array<number>(cost.length);
  const from = new Array<number>(cost.length).fill(-1);
  best[0] = cost[0];
  for (let o = 1; o <= last; o++) {
    const back = o >= 2 && best[o - 2] < best[o - 1] ? o - 2 : o - 1;
    best[o] = cost[o] + best[back];
    from[o] = back;
  }
  const cover: number[] = [];
  for (let o = last; o >= 0; o = from[o]) cover.push(o);
  return cover.reverse();
}

/**
 * Fields of one segment containing `term` (numbers atomic), answered from the
 * postings, which hold every occurrence of every bigram. Candidates start
 * from the rarest bigram of the query, each with the places the query can
 * stand; the bigrams of the cheapest cover of the query then keep a place
 * only where they occur at their offsets from it, which proves the query
 * stands there without the text being read (a text read is a cache miss, the
 * cost of decoding some 64 postings). The text is read only for a number's
 * neighbours (40亿元 is not 340亿元) and when a list of the cover was too long
 * to walk.
 */
function segmentFieldsWith(index: TextIndex, seg: IndexSegment, term: string, allowed: Allowed): SegmentHits {
  const m = term.length;
  if (m < 2) return segmentFieldsWithCharacter(index, seg, term, allowed);
  const counts = seg.postingCount;
  const termAt: number[] = [];
  let rarest = 0;
  for (let o = 0; o + 1 < m; o++) {
    const t = termOf(seg, bigramKey(term.charCodeAt(o), term.charCodeAt(o + 1)));
    if (t < 0) return noHits;
    termAt.push(t);
    if (counts[t] < counts[termAt[rarest]]) rarest = o;
  }
  // a query that starts or ends with a digit is checked in the text for a number running on across its ends
  const numeric = isDigit(term.charCodeAt(0)) || isDigit(term.charCodeAt(m - 1));
  const cover = cheapestCover(termAt.map((t) => counts[t]));
  const walk = [rarest, ...cover.filter((o) => o !== rarest).sort((a, b) => counts[termAt[a]] - counts[termAt[b]])];
  const candidates = candidatesFor(counts[termAt[rarest]]);
  let n = decodeStarts(seg, termAt[rarest], rarest, candidates, m === 2 && !numeric);
  // the lists still to walk cost their length; reading the candidates' texts instead costs textCost each
  let toWalk = 0;
  for (let w = 1; w < walk.length; w++) toWalk += counts[termAt[walk[w]]];
  let walked = 1;
  while (walked < walk.length && n > searchTunables.fewCandidates && toWalk <= n * searchTunables.textCost) {
    const o = walk[walked++];
    toWalk -= counts[termAt[o]];
    n = intersectStarts(seg, termAt[o], o, candidates, n);
  }
  // the cover walked: the query stands at each place left and nowhere else
  const proven = walked === walk.length;
  const { fields, starts, setAt, setLength, sets } = candidates;
  const fieldRank = seg.fieldRank;
  const ranks = candidates.ranks;
  const perRank = new Int32Array(rankCount);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const f = fields[i];
    if (allowed && !allowed(seg, f)) continue;
    let at = starts[i];
    // texts are read from two characters before a place (a number running on across it: 3.40亿元)
    if (!proven) {
      const from = Math.max(0, at - 2);
      const next = findExact(fieldMatchText(index, seg, f, from), term, at - from);
      at = next < 0 ? -1 : from + next;
    } else if (numeric && !wholeAround(index, seg, f, term, at)) {
      // the first place runs on into a longer number: the later places, if any (sets.values[setAt[i]] is the first)
      at = -1;
      const set = setAt[i];
      for (let x = set + 1; set >= 0 && x < set + setLength[i] && at < 0; x++)
        if (wholeAround(index, seg, f, term, sets.values[x])) at = sets.values[x];
    }
    if (at < 0) continue;
    const rank = rankOf(fieldRank[f], at);
    fields[k] = f;
    ranks[k++] = rank;
    perRank[rank]++;
  }
  return { fields: fields.slice(0, k), ranks: ranks.slice(0, k), perRank };
}

/** True when `term`, known to stand at `at` in the field, stands there whole (reads two characters either side). */
function wholeAround(index: TextIndex, seg: IndexSegment, f: number, term: string, at: number): boolean {
  const from = Math.max(0, at - 2);
  return wholeAt(fieldMatchText(index, seg, f, from, at + term.length + 2), term, at - from);
}

/** Candidates and ranks reused from search to search (grown for a longer list): a search allocates only what it returns. */
let scratch: Candidates & { readonly ranks: Uint8Array } = { ...newCandidates(0), ranks: new Uint8Array(0) };

/** The scratch candidates, with room for `size`. */
function candidatesFor(size: number): Candidates & { readonly ranks: Uint8Array } {
  if (scratch.fields.length < size) {
    const room = Math.max(size, scratch.fields.length * 2, 1024);
    scratch = { ...newCandidates(room), ranks: new Uint8Array(room) };
  }
  scratch.sets.length = 0;
  return scratch;
}

/** Every field of the index containing `term`. */
export function fieldsWith(index: TextIndex, term: string, allowed?: Allowed): FieldHits {
  // fieldEnd pairs with a field's last character in the postings, and stands for nothing a person types
  if (term.length === 0 || term.includes(String.fromCharCode(fieldEnd))) return { segments: index.segments.map(() => noHits), total: 0 };
  const segments = index.segments.map((seg) => segmentFieldsWith(index, seg, term, allowed));
  return { segments, total: segments.reduce((n, s) => n + s.fields.length, 0) };
}

/** The first `limit` fields of `hits` ranked: by rank, then in corpus order (no sort: each rank is gathered in turn). */
function rankedHits(hits: FieldHits, limit: number): Found[] {
  const out: Found[] = [];
  for (let rank = 0; rank < rankCount; rank++) {
    for (let s = 0; s < hits.segments.length; s++) {
      const { fields, ranks, perRank } = hits.segments[s];
      if (perRank[rank] === 0) continue;
      const base = rank * rankUnit + s * fieldBits;
      for (let i = 0; i < fields.length; i++) {
        if (ranks[i] !== rank) continue;
        if (out.length >= limit) return out;
        out.push(base + fields[i]);
      }
    }
  }
  return out;
}

/** The matching form of a found field. */
const textOf = (index: TextIndex, f: Found): string => fieldMatchText(index, index.segments[segOf(f)], fieldOf(f));

/** Searches every field of the corpus; exact hits, else approximate ones apart with a suggestion. */
export function searchCorpus(index: TextIndex, rawQuery: string, options: SearchOptions = {}): SearchResult {
  const limit = options.limit ?? 20;
  const query = readQuery(rawQuery);
  const allowed = fieldFilter(index, options.filters);
  const phrase = fieldsWith(index, query.phrase, allowed);
  let termHits: Found[] = [];
  if (query.terms.length > 1) {
    const inPhrase = new Set(rankedHits(phrase, Infinity).map((f) => f % rankUnit));
    // the longest term through the index, the others checked on its hits
    const [first, ...rest] = [...query.terms].sort((a, b) => b.length - a.length);
    let common = rankedHits(fieldsWith(index, first, allowed), Infinity);
    for (const term of rest) common = common.filter((f) => findExact(textOf(index, f), term) >= 0);
    termHits = common.filter((f) => !inPhrase.has(f % rankUnit));
  }
  const exactTotal = phrase.total + termHits.length;
  if (exactTotal > 0) {
    const ranked = [
      ...rankedHits(phrase, limit).map((f) => ({ f, match: 'phrase' as const })),
      ...termHits.slice(0, limit).map((f) => ({ f, match: 'all-terms' as const })),
    ];
    const exact = ranked
      .slice(0, limit)
      .map(({ f, match }) => hitOf(index, f, match, 1, (folded) => exactRanges(folded, match === 'phrase' ? [query.phrase] : query.terms)));
    return { query: query.text, exact, exactTotal, fuzzy: [], stopped: exactTotal > limit ? 'limit' : 'complete' };
  }
  const { fuzzy, suggestion } = approximateHits(index, query.phrase, allowed, limit);
  return { query: query.text, exact: [], exactTotal: 0, fuzzy, ...(suggestion ? { suggestion } : {}), stopped: 'complete' };
}

/** Folded ranges of every term in a folded text, merged where they overlap. */
function exactRanges(folded: string, terms: readonly string[]): Array<[number, number]> {
  // one term: its matches are already ascending and apart
  if (terms.length === 1) return allExact(folded, terms[0]);
  const ranges = terms.flatMap((t) => allExact(folded, t)).sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** A hit as returned: document, unit (or place), snippet cut around the ranges found in the folded text. */
function hitOf(
  index: TextIndex,
  f: Found,
  match: SearchMatch,
  score: number,
  rangesIn: (folded: string) => Array<[number, number]>,
): SearchHit {
  const seg = index.segments[segOf(f)];
  const doc = index.docs[seg.docBase + seg.fieldDoc[fieldOf(f)]];
  const ref = seg.fieldRef[fieldOf(f)];
  const source = fieldSource(doc, ref);
  const folded = foldForMatch(source);
  const original = rangesIn(folded.text).map(([s, e]): [number, number] => [folded.offsets[s], folded.offsets[e - 1] + 1]);
  const { snippet, highlights } = snippetAround(source, original);
  const at = placeOf(doc, ref);
  const place: SearchPlace = at.kind === 'unit' ? { kind: 'unit' } : at;
  const unit = at.kind === 'unit' ? doc.parsed.units[at.unit] : undefined;
  return {
    doc: doc.id,
    unitId: unit?.id ?? '',
    label: unit?.label ?? '',
    title: unit?.title ?? '',
    path: unit?.path ?? [],
    place,
    match,
    score: Math.round(score * 1000) / 1000,
    snippet,
    highlights,
  };
}

/** Edits allowed in an approximate match of a query this long. */
const editsFor = (length: number): number => (length <= 2 ? 0 : length <= 6 ? 1 : length <= 16 ? 2 : 3);

/**
 * Approximate hits of a query with no exact one. A stretch within k edits of
 * the query contains one of k+1 pieces of it exactly (pigeonhole), so the
 * candidates are the exact hits of those pieces; each is measured by edit
 * distance and fuse.js ranks the nearest. The suggestion is the nearest
 * stretch of corpus text (the most frequent among the nearest).
 */
function approximateHits(index: TextIndex, phrase: string, allowed: Allowed, limit: number): { fuzzy: SearchHit[]; suggestion?: string } {
  const edits = editsFor(phrase.length);
  if (edits === 0 || phrase.length > searchTunables.fuzzyMaxLength) return { fuzzy: [] };
  const pieces: string[] = [];
  const size = Math.ceil(phrase.length / (edits + 1));
  for (let at = 0; at < phrase.length; at += size) pieces.push(phrase.slice(at, at + size));
  const seen = new Set<number>();
  const near: Array<{ f: Found; distance: number; start: number; end: number; text: string }> = [];
  for (const piece of pieces.sort((a, b) => b.length - a.length)) {
    for (const found of rankedHits(fieldsWith(index, piece, allowed), Infinity)) {
      const f = found % rankUnit;
      if (seen.has(f)) continue;
      seen.add(f);
      const text = textOf(index, f);
      const m = nearestStretch(text, phrase, edits);
      if (m) near.push({ f, distance: m.distance, start: m.start, end: m.endExclusive, text: text.slice(m.start, m.endExclusive) });
    }
  }
  if (near.length === 0) return { fuzzy: [] };
  near.sort((a, b) => a.distance - b.distance || a.f - b.f);
  const pool = near.slice(0, searchTunables.fuzzyPool);
  const fuse = new Fuse(pool, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 1 });
  const fuseScore = new Map(fuse.search(phrase).map((r) => [r.refIndex, r.score ?? 1]));
  const ranked = pool.map((p, i) => ({ p, s: p.distance + (fuseScore.get(i) ?? 1) })).sort((a, b) => a.s - b.s || a.p.f - b.p.f);
  const fuzzy = ranked.slice(0, limit).map(({ p }) => hitOf(index, p.f, 'fuzzy', 1 - p.distance / phrase.length, () => [[p.start, p.end]]));
  return { fuzzy, suggestion: suggestionOf(near) };
}

/** The nearest stretch of text the approximate hits share most, trimmed of punctuation at its ends. */
function suggestionOf(near: ReadonlyArray<{ distance: number; text: string }>): string | undefined {
  const best = near[0].distance;
  const counts = new Map<string, number>();
  for (const n of near) {
    if (n.distance !== best) break;
    const t = n.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let out: string | undefined;
  let most = 0;
  for (const [t, c] of counts) if (c > most) [out, most] = [t, c];
  return out;
}
