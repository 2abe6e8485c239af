/**
 * Corpus search that finds what is written. Every field (unit, title, preamble,
 * heading, closing) whose matching form contains the query is an exact hit:
 * candidates are the fields holding every query bigram (postings intersected,
 * rarest first), and each is proven by where its bigrams first occur or by a
 * substring test (numbers atomic), so recall is the substring scan's. Ranking:
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
import { allExact, findExact, wholeAt } from './exact-match';
import { readQuery } from './search-query';
import { snippetAround } from './snippet';
import {
  bigramKey,
  decodePostings,
  fieldSource,
  intersectPostings,
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
  /** a postings list longer than this many times the candidates left is not walked (they are checked in the text) */
  walkRatio: 6,
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

/** Rank of a match by place: title 0, heading 1, a unit with the match in its lead title 2, a unit 3, preamble/closing 4. */
function rankOf(ref: number, inLead: boolean): number {
  if (ref >= 0) return inLead ? 2 : 3;
  if (ref === -1) return 0;
  return ref <= -10 ? 1 : 4;
}

/** Which fields a search may return, per the filters (document filters cached per document). */
function fieldFilter(index: TextIndex, filters: SearchFilters | undefined): (seg: IndexSegment, field: number) => boolean {
  if (!filters || Object.values(filters).every((v) => v === undefined || v === '')) return () => true;
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

/** Found fields by rank (0–4), each list in corpus order: concatenated they are the ranked hits, with no sort. */
type Buckets = [Found[], Found[], Found[], Found[], Found[]];

/** Fields of one segment containing `term` (numbers atomic), into their rank's bucket. */
function segmentFieldsWith(
  seg: IndexSegment,
  segNo: number,
  term: string,
  allowed: (seg: IndexSegment, field: number) => boolean,
  out: Buckets,
): void {
  const fields = seg.fieldText;
  const base = segNo * fieldBits;
  const push = (f: number, inLead: boolean) => {
    if (!allowed(seg, f)) return;
    const rank = rankOf(seg.fieldRef[f], inLead);
    out[rank].push(rank * rankUnit + base + f);
  };
  const m = term.length;
  if (m < 2) {
    for (let f = 0; f < fields.length; f++) {
      const at = findExact(fields[f], term);
      if (at >= 0) push(f, at < seg.fieldLead[f]);
    }
    return;
  }
  // the query's bigrams in query order, and each distinct one once, rarest first
  const order: number[] = [];
  for (let i = 0; i + 1 < m; i++) {
    const t = termOf(seg, bigramKey(term.charCodeAt(i), term.charCodeAt(i + 1)));
    if (t < 0) return;
    order.push(t);
  }
  const distinct = [...new Set(order)].sort((a, b) => seg.postingCount[a] - seg.postingCount[b]);
  const size = seg.postingCount[distinct[0]];
  const candidates = new Int32Array(size);
  const positions = distinct.map(() => new Int32Array(size));
  let n = decodePostings(seg, distinct[0], candidates, positions[0]);
  let walked = 1;
  // a list many times longer than the candidates left costs more to walk than checking them costs
  while (
    walked < distinct.length &&
    n > searchTunables.fewCandidates &&
    seg.postingCount[distinct[walked]] <= n * searchTunables.walkRatio
  ) {
    n = intersectPostings(seg, distinct[walked], candidates, n, positions, walked);
    walked++;
  }
  const slot = order.map((t) => distinct.indexOf(t));
  // the query cannot start before (first occurrence of a bigram) − (its offset in the query)
  const offset = distinct.map((t) => order.indexOf(t));
  // every bigram walked, none repeated: where each first occurs says whether the query does (at the first bigram's place)
  const placed = walked === distinct.length && distinct.length === order.length;
  for (let i = 0; i < n; i++) {
    const f = candidates[i];
    const text = fields[f];
    let at = -1;
    if (placed) {
      const first = positions[slot[0]][i];
      let j = 1;
      while (j < slot.length && positions[slot[j]][i] === first + j) j++;
      if (j === slot.length && wholeAt(text, term, first)) at = first;
    }
    if (at < 0) {
      let from = 0;
      for (let x = 0; x < walked; x++) from = Math.max(from, positions[x][i] - offset[x]);
      at = findExact(text, term, from);
    }
    if (at >= 0) push(f, at < seg.fieldLead[f]);
  }
}

/** Every field of the index containing `term`, ranked (rank, then corpus order). */
export function fieldsWith(index: TextIndex, term: string, allowed: (seg: IndexSegment, field: number) => boolean = () => true): Found[] {
  const out: Buckets = [[], [], [], [], []];
  index.segments.forEach((seg, s) => segmentFieldsWith(seg, s, term, allowed, out));
  const ranked: Found[] = new Array(out.reduce((n, b) => n + b.length, 0));
  let k = 0;
  for (const bucket of out) for (let i = 0; i < bucket.length; i++) ranked[k++] = bucket[i];
  return ranked;
}

/** The matching form of a found field. */
const textOf = (index: TextIndex, f: Found): string => index.segments[segOf(f)].fieldText[fieldOf(f)];

/** Searches every field of the corpus; exact hits, else approximate ones apart with a suggestion. */
export function searchCorpus(index: TextIndex, rawQuery: string, options: SearchOptions = {}): SearchResult {
  const limit = options.limit ?? 20;
  const query = readQuery(rawQuery);
  const allowed = fieldFilter(index, options.filters);
  const phraseHits = fieldsWith(index, query.phrase, allowed);
  let termHits: Found[] = [];
  if (query.terms.length > 1) {
    const inPhrase = new Set(phraseHits.map((f) => f % rankUnit));
    // the longest term through the index, the others checked on its hits
    const [first, ...rest] = [...query.terms].sort((a, b) => b.length - a.length);
    let common = fieldsWith(index, first, allowed);
    for (const term of rest) common = common.filter((f) => findExact(textOf(index, f), term) >= 0);
    termHits = common.filter((f) => !inPhrase.has(f % rankUnit));
  }
  const exactTotal = phraseHits.length + termHits.length;
  if (exactTotal > 0) {
    const ranked = [
      ...phraseHits.slice(0, limit).map((f) => ({ f, match: 'phrase' as const })),
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
function approximateHits(
  index: TextIndex,
  phrase: string,
  allowed: (seg: IndexSegment, field: number) => boolean,
  limit: number,
): { fuzzy: SearchHit[]; suggestion?: string } {
  const edits = editsFor(phrase.length);
  if (edits === 0 || phrase.length > searchTunables.fuzzyMaxLength) return { fuzzy: [] };
  const pieces: string[] = [];
  const size = Math.ceil(phrase.length / (edits + 1));
  for (let at = 0; at < phrase.length; at += size) pieces.push(phrase.slice(at, at + size));
  const seen = new Set<number>();
  const near: Array<{ f: Found; distance: number; start: number; end: number; text: string }> = [];
  for (const piece of pieces.sort((a, b) => b.length - a.length)) {
    for (const found of fieldsWith(index, piece, allowed)) {
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
