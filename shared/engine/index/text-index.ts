/**
 * The exact-search index: every searchable field of every document (title,
 * preamble, headings, units, closing) in its matching form (normalizeForMatch:
 * width, traditional/simplified, whitespace), with a positional inverted
 * index of character bigrams: per field holding a bigram, every place it
 * occurs (delta-encoded varints), so a phrase is found from the postings alone.
 * Each field's last character is indexed too, as a bigram with `fieldEnd`, so
 * every character of a field starts a bigram (a one-character search reads
 * postings as well). The matching forms are not held: a text read (a number's
 * neighbours, a snippet) folds the document's own text again, which the index
 * holds anyway, so the index costs its postings alone.
 * Segments are plain objects of typed arrays, so they can live in a worker and
 * be saved; the index grows by segments: adding documents builds a new segment
 * instead of rebuilding the others (segments are merged when they become many).
 */
import type { OutlineNode, ParsedDocument } from '../../model/document';
import { foldedSlice, normalizeForMatch } from '../../text/normalize';

/** A document as the search index takes it: its id, parse, and (for 前言/结尾) its text. */
export interface SearchableDocument {
  readonly id: string;
  readonly parsed: ParsedDocument;
  /** the decoded source text; without it the preamble and closing are not searchable */
  readonly text?: string;
}

/** Where a searchable field sits in its document: a unit, or text outside the units. */
export type FieldPlace =
  | { readonly kind: 'unit'; readonly unit: number }
  | { readonly kind: 'title' }
  | { readonly kind: 'preamble' }
  | { readonly kind: 'closing' }
  | { readonly kind: 'heading'; readonly heading: string };

/** Field reference codes: >= 0 a unit number; the rest are places outside the units. */
const refTitle = -1;
const refPreamble = -2;
const refClosing = -3;
/** headings are refHeading - (their number among the document's headings) */
const refHeading = -10;

/** One immutable segment: a run of documents with their fields and postings. */
export interface IndexSegment {
  /** global number of this segment's first document */
  readonly docBase: number;
  readonly docCount: number;
  /** fields of document d (segment-local) are [docFieldStart[d], docFieldStart[d + 1]) */
  readonly docFieldStart: Int32Array;
  /** per field: the document (segment-local) */
  readonly fieldDoc: Int32Array;
  /** per field: unit number, or a place code (refTitle …) */
  readonly fieldRef: Int32Array;
  /** per field, what ranks a match in it (one read per hit): for a unit where its lead title ends in its matching form (0 when it has none), else a place code (placeCodeTitle …) */
  readonly fieldRank: Uint16Array;
  /** distinct bigram keys, ascending */
  readonly keys: Uint32Array;
  /**
   * postings of keys[t] in postings[postingStart[t] .. postingStart[t+1]), per field holding the bigram:
   * a varint of (field-number delta · 2 + 1 when it occurs more than once), a varint of where it first
   * occurs, and when more: a varint byte length, then the later occurrences as varint gaps (each − the one before − 1)
   */
  readonly postingStart: Int32Array;
  /** number of fields in each key's postings */
  readonly postingCount: Int32Array;
  /** the postings, or nothing when they stay in the saved file (`savedPostings`) */
  readonly postings: Uint8Array;
  /** the postings read from the saved index's file, for a segment restored from it */
  readonly savedPostings?: PostingReader;
}

/**
 * A segment's postings kept in the saved index's file, read a list at a time
 * (offsets within the segment's postings): the file stays in the system's file
 * cache instead of the process, so a large library's index costs the engine
 * only its small arrays. Made by the engine (it owns the file), not here.
 */
export interface PostingReader {
  /** bytes [offset, offset + length): a view valid until the next call */
  list(offset: number, length: number): Uint8Array;
  /** all of them, in an array of their own (to save the index again) */
  all(): Uint8Array;
}

/** Term t's postings of a segment: `bytes[start .. end)`. */
export function postingList(segment: IndexSegment, t: number): { bytes: Uint8Array; start: number; end: number } {
  const start = segment.postingStart[t];
  const end = segment.postingStart[t + 1];
  const saved = segment.savedPostings;
  return saved ? { bytes: saved.list(start, end - start), start: 0, end: end - start } : { bytes: segment.postings, start, end };
}

/** The whole index: documents in order and the segments that cover them. */
export interface TextIndex {
  readonly kind: 'text-index';
  readonly docs: readonly SearchableDocument[];
  readonly segments: readonly IndexSegment[];
}

/** Tunables of index building. */
export interface TextIndexOptions {
  /** documents per segment when building from nothing */
  readonly segmentDocs: number;
  /** more segments than this and the smallest neighbours merge on add */
  readonly maxSegments: number;
}

/** Defaults: segments of 500 documents (~20k units) keep the build's scratch memory small. */
export const defaultTextIndexOptions: TextIndexOptions = { segmentDocs: 500, maxSegments: 24 };

/** fieldRank of a title, a heading, a preamble or closing; a unit's is below them (its lead title's end, capped). */
export const placeCodeTitle = 0xffff;
export const placeCodeHeading = 0xfffe;
export const placeCodeOther = 0xfffd;

/** The bigram key of two folded code units. */
export const bigramKey = (a: number, b: number): number => ((a << 16) | b) >>> 0;

/** The code unit paired with a field's last character (a noncharacter, which no query holds: search drops it). */
export const fieldEnd = 0xffff;

/** Headings of an outline, depth first, in document order. */
function headingsOf(nodes: readonly OutlineNode[], out: OutlineNode[] = []): OutlineNode[] {
  for (const n of nodes) {
    if (n.kind !== 'toc' && n.title) out.push(n);
    headingsOf(n.children, out);
  }
  return out;
}

/** Headings of each parsed document, walked once (placeOf and fieldSource ask for one heading of a hit at a time). */
const headingsCache = new WeakMap<ParsedDocument, readonly OutlineNode[]>();

/** The headings of a document, depth first, in document order (cached per parse). */
function headingsOfDocument(parsed: ParsedDocument): readonly OutlineNode[] {
  let out = headingsCache.get(parsed);
  if (!out) headingsCache.set(parsed, (out = headingsOf(parsed.outline)));
  return out;
}

/** The searchable fields of a document, in reading order, as (ref, original text). */
export function documentFields(doc: SearchableDocument): Array<{ ref: number; text: string }> {
  const { parsed, text } = doc;
  const out: Array<{ ref: number; text: string }> = [{ ref: refTitle, text: parsed.meta.title }];
  if (text !== undefined && parsed.preamble)
    out.push({ ref: refPreamble, text: text.slice(parsed.preamble.start, parsed.preamble.endExclusive) });
  headingsOf(parsed.outline).forEach((h, i) => out.push({ ref: refHeading - i, text: h.title }));
  parsed.units.forEach((u, i) => out.push({ ref: i, text: u.text }));
  if (text !== undefined && parsed.closing)
    out.push({ ref: refClosing, text: text.slice(parsed.closing.start, parsed.closing.endExclusive) });
  return out;
}

/** The place a field reference stands for. */
export function placeOf(doc: SearchableDocument, ref: number): FieldPlace {
  if (ref >= 0) return { kind: 'unit', unit: ref };
  if (ref === refTitle) return { kind: 'title' };
  if (ref === refPreamble) return { kind: 'preamble' };
  if (ref === refClosing) return { kind: 'closing' };
  return { kind: 'heading', heading: headingsOfDocument(doc.parsed)[refHeading - ref]?.title ?? '' };
}

/**
 * The matching form of field `field` of a segment, from `from` to `to` (all of it by default): its document's
 * text folded again (what the postings were built from).
 */
export function fieldMatchText(index: TextIndex, segment: IndexSegment, field: number, from = 0, to = Infinity): string {
  const source = fieldSource(index.docs[segment.docBase + segment.fieldDoc[field]], segment.fieldRef[field]);
  return from === 0 && to === Infinity ? normalizeForMatch(source) : foldedSlice(source, from, to);
}

/** The original text of a field (what snippets and highlights are cut from). */
export function fieldSource(doc: SearchableDocument, ref: number): string {
  if (ref >= 0) return doc.parsed.units[ref].text;
  if (ref === refTitle) return doc.parsed.meta.title;
  const { parsed, text = '' } = doc;
  if (ref === refPreamble) return parsed.preamble ? text.slice(parsed.preamble.start, parsed.preamble.endExclusive) : '';
  if (ref === refClosing) return parsed.closing ? text.slice(parsed.closing.start, parsed.closing.endExclusive) : '';
  return headingsOfDocument(parsed)[refHeading - ref]?.title ?? '';
}

/** Appends `value` as a varint (7 bits a byte, high bit = more). */
function writeVarint(out: { bytes: Uint8Array; length: number }, value: number): void {
  if (out.length + 5 > out.bytes.length) {
    const grown = new Uint8Array(out.bytes.length * 2);
    grown.set(out.bytes);
    out.bytes = grown;
  }
  while (value >= 0x80) {
    out.bytes[out.length++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  out.bytes[out.length++] = value;
}

/** Bigram key → term number of one segment's build: open addressing in typed arrays (a Map boxes every key at or above 2^31, which most CJK bigrams are). */
interface TermTable {
  bits: number;
  keys: Uint32Array;
  /** term number + 1 per slot, 0 when empty */
  terms: Int32Array;
}

const newTermTable = (bits: number): TermTable => ({ bits, keys: new Uint32Array(1 << bits), terms: new Int32Array(1 << bits) });

/** The slot of `key` in the table: where it is, or the empty slot where it goes. */
function slotOf(table: TermTable, key: number): number {
  const mask = (1 << table.bits) - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> (32 - table.bits);
  while (table.terms[slot] !== 0 && table.keys[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

/** The table twice as large, holding `keys[t]` → t for every term so far. */
function grownTermTable(table: TermTable, keys: readonly number[]): TermTable {
  const grown = newTermTable(table.bits + 1);
  keys.forEach((key, t) => {
    const slot = slotOf(grown, key);
    grown.keys[slot] = key;
    grown.terms[slot] = t + 1;
  });
  return grown;
}

/** Bytes of `value` as a varint. */
const varintLength = (value: number): number => (value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5);

/** A segment's fields in matching form, in reading order, with the documents and places they come from. */
interface SegmentFields {
  readonly docFieldStart: Int32Array;
  readonly fieldDoc: number[];
  readonly fieldRef: number[];
  readonly fieldText: string[];
  readonly fieldRank: number[];
  /** bigram occurrences in all, with each field's last character and fieldEnd: Σ length */
  readonly bigrams: number;
}

/** Joins texts for one fold: a control character that folding keeps and no field holds (the saved index splits on it too). */
const foldSeparator = '\u0001';

/** The matching forms of `texts`, as normalizeForMatch gives each, made in one fold (one string decoded instead of one per text). */
function normalizeAll(texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  if (texts.some((t) => t.includes(foldSeparator))) return texts.map(normalizeForMatch);
  return normalizeForMatch(texts.join(foldSeparator)).split(foldSeparator);
}

/** The fields of `docs`, folded for matching. */
function segmentFields(docs: readonly SearchableDocument[]): SegmentFields {
  const out: SegmentFields = {
    docFieldStart: new Int32Array(docs.length + 1),
    fieldDoc: [],
    fieldRef: [],
    fieldText: [],
    fieldRank: [],
    bigrams: 0,
  };
  let bigrams = 0;
  docs.forEach((doc, d) => {
    out.docFieldStart[d] = out.fieldText.length;
    const list = documentFields(doc);
    const texts = normalizeAll(list.map((f) => f.text));
    const titles = normalizeAll(doc.parsed.units.map((u) => u.title));
    list.forEach(({ ref }, i) => {
      const folded = texts[i];
      out.fieldDoc.push(d);
      out.fieldRef.push(ref);
      out.fieldText.push(folded);
      const title = ref >= 0 ? titles[ref] : '';
      const titleAt = title ? folded.indexOf(title) : -1;
      const lead = titleAt >= 0 ? Math.min(placeCodeOther - 1, titleAt + title.length) : 0;
      out.fieldRank.push(ref >= 0 ? lead : ref === refTitle ? placeCodeTitle : ref <= refHeading ? placeCodeHeading : placeCodeOther);
      bigrams += folded.length;
    });
  });
  out.docFieldStart[docs.length] = out.fieldText.length;
  return { ...out, bigrams };
}

/**
 * A build's large scratch arrays, kept from segment to segment of one build (and dropped with it): each segment
 * would otherwise allocate some 15 bytes per character outside the heap, and every such allocation moves V8
 * towards a full collection, which marks the whole corpus (a build that slowed as the library grew).
 */
export interface BuildScratch {
  /** a view of the first `size` elements */
  triples(size: number): Int32Array;
  sorted(size: number): Int32Array;
  /** at least `size` bytes */
  postings(size: number): Uint8Array;
}

/** Scratch for one build over several segments. */
export function newBuildScratch(): BuildScratch {
  let triples = new Int32Array(0);
  let sorted = new Int32Array(0);
  let postings = new Uint8Array(0);
  return {
    triples(size) {
      if (triples.length < size) triples = new Int32Array(size);
      return triples.subarray(0, size);
    },
    sorted(size) {
      if (sorted.length < size) sorted = new Int32Array(size);
      return sorted.subarray(0, size);
    },
    postings(size) {
      if (postings.length < size) postings = new Uint8Array(size);
      return postings;
    },
  };
}

/** Every bigram occurrence of the fields (the last character's with fieldEnd) as (term, field, position) triples in field then position order, and each term's key. */
function occurrencesOf(fields: SegmentFields, scratch: BuildScratch): { triples: Int32Array; termKeys: number[] } {
  const triples = scratch.triples(fields.bigrams * 3);
  const termKeys: number[] = [];
  let vocabulary = newTermTable(15);
  let p = 0;
  fields.fieldText.forEach((folded, field) => {
    let prev = folded.charCodeAt(0);
    for (let i = 0; i < folded.length; i++) {
      const next = i + 1 < folded.length ? folded.charCodeAt(i + 1) : fieldEnd;
      const key = bigramKey(prev, next);
      prev = next;
      const slot = slotOf(vocabulary, key);
      let t = vocabulary.terms[slot] - 1;
      if (t < 0) {
        t = termKeys.length;
        vocabulary.keys[slot] = key;
        vocabulary.terms[slot] = t + 1;
        termKeys.push(key);
        // kept at most half full, so probes stay short
        if (termKeys.length * 2 > 1 << vocabulary.bits) vocabulary = grownTermTable(vocabulary, termKeys);
      }
      triples[p++] = t;
      triples[p++] = field;
      triples[p++] = i;
    }
  });
  return { triples, termKeys };
}

/**
 * The triples with each term replaced by its rank (`rank[term]`, < `bound`),
 * stably sorted by it: LSD radix, a byte a pass, every pass's counts taken in
 * one read. Each pass writes 256 runs one after another, where a counting sort
 * by term would write every occurrence to a random place (a cache miss each).
 */
function sortByRank(triples: Int32Array, rank: Int32Array, bound: number, scratch: BuildScratch): Int32Array {
  const count = triples.length / 3;
  let passes = 1;
  while (passes < 4 && (bound - 1) >>> (8 * passes) > 0) passes++;
  const starts = new Int32Array(257 * passes);
  for (let p = 0; p < triples.length; p += 3) {
    const r = (triples[p] = rank[triples[p]]);
    for (let pass = 0; pass < passes; pass++) starts[pass * 257 + ((r >>> (8 * pass)) & 0xff) + 1]++;
  }
  let from: Int32Array = triples;
  let to: Int32Array = scratch.sorted(triples.length);
  for (let pass = 0; pass < passes; pass++) {
    const base = pass * 257;
    for (let digit = 0; digit < 256; digit++) starts[base + digit + 1] += starts[base + digit];
    const shift = 8 * pass;
    for (let p = 0; p < count; p++) {
      const r = from[p * 3];
      const at = starts[base + ((r >>> shift) & 0xff)]++ * 3;
      to[at] = r;
      to[at + 1] = from[p * 3 + 1];
      to[at + 2] = from[p * 3 + 2];
    }
    const done = to;
    to = from;
    from = done;
  }
  return from;
}

/** Builds one segment over `docs`, whose first document has global number `docBase` (`scratch`: shared by the segments of one build). */
export function buildSegment(
  docs: readonly SearchableDocument[],
  docBase: number,
  scratch: BuildScratch = newBuildScratch(),
): IndexSegment {
  const fields = segmentFields(docs);
  const { triples, termKeys } = occurrencesOf(fields, scratch);
  // terms in key order (the order `termOf` searches); occurrences sorted by their term's rank
  const terms = termKeys.length;
  const order = Array.from({ length: terms }, (_, t) => t).sort((a, b) => termKeys[a] - termKeys[b]);
  const rank = new Int32Array(terms);
  order.forEach((t, r) => (rank[t] = r));
  const sorted = sortByRank(triples, rank, terms, scratch);
  const keys = Uint32Array.from(order, (t) => termKeys[t]);
  const postingCount = new Int32Array(terms);
  const postingStart = new Int32Array(terms + 1);
  const out = { bytes: scratch.postings(Math.max(1024, fields.bigrams * 3)), length: 0 };
  const count = sorted.length / 3;
  for (let p = 0, r = 0; r < terms; r++) {
    postingStart[r] = out.length;
    let last = -1;
    // the occurrences of term r, field by field
    while (p < count && sorted[p * 3] === r) {
      const field = sorted[p * 3 + 1];
      let q = p + 1;
      while (q < count && sorted[q * 3] === r && sorted[q * 3 + 1] === field) q++;
      writeVarint(out, (field - last - 1) * 2 + (q - p > 1 ? 1 : 0));
      writeVarint(out, sorted[p * 3 + 2]);
      if (q - p > 1) {
        let bytes = 0;
        for (let x = p + 1; x < q; x++) bytes += varintLength(sorted[x * 3 + 2] - sorted[x * 3 - 1] - 1);
        writeVarint(out, bytes);
        for (let x = p + 1; x < q; x++) writeVarint(out, sorted[x * 3 + 2] - sorted[x * 3 - 1] - 1);
      }
      postingCount[r]++;
      last = field;
      p = q;
    }
  }
  postingStart[terms] = out.length;
  return {
    docBase,
    docCount: docs.length,
    docFieldStart: fields.docFieldStart,
    fieldDoc: Int32Array.from(fields.fieldDoc),
    fieldRef: Int32Array.from(fields.fieldRef),
    fieldRank: Uint16Array.from(fields.fieldRank),
    keys,
    postingStart,
    postingCount,
    postings: out.bytes.slice(0, out.length),
  };
}

/** The term number of a bigram key in a segment, -1 when absent. */
export function termOf(segment: IndexSegment, key: number): number {
  const keys = segment.keys;
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid];
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Candidates of a search in one segment, in step: per field, where the query
 * can stand. A field with one such place has it in `starts` and -1 in
 * `setAt`; a field with several (the bigram walked first occurs more than
 * once) has the smallest in `starts` and all of them, ascending, in
 * `sets.values[setAt .. setAt + setLength)`.
 */
export interface Candidates {
  readonly fields: Int32Array;
  readonly starts: Int32Array;
  readonly setAt: Int32Array;
  readonly setLength: Int32Array;
  readonly sets: { values: Int32Array; length: number };
}

/** Room for `size` candidates. */
export function newCandidates(size: number): Candidates {
  return {
    fields: new Int32Array(size),
    starts: new Int32Array(size),
    setAt: new Int32Array(size),
    setLength: new Int32Array(size),
    sets: { values: new Int32Array(64), length: 0 },
  };
}

/**
 * Term t's fields as candidates, with where the query would start (each
 * occurrence of the bigram − its `offset` in the query). With `firstOnly`
 * (the bigram is the whole query) only the first occurrence is kept. A field
 * where the query would start before the text is left out. Returns how many.
 */
export function decodeStarts(segment: IndexSegment, t: number, offset: number, into: Candidates, firstOnly: boolean): number {
  const { bytes, start, end } = postingList(segment, t);
  const { fields, starts, setAt, setLength, sets } = into;
  let n = 0;
  let last = -1;
  // varints (7 bits a byte, high bit = more) read inline with a local cursor: this loop is the search's hot path
  for (let at = start; at < end;) {
    let b = bytes[at++];
    let head = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) head |= ((b = bytes[at++]) & 0x7f) << shift;
    b = bytes[at++];
    let position = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) position |= ((b = bytes[at++]) & 0x7f) << shift;
    last += (head >>> 1) + 1;
    let moreEnd = at;
    if (head & 1) {
      b = bytes[at++];
      let length = b & 0x7f;
      for (let shift = 7; b & 0x80; shift += 7) length |= ((b = bytes[at++]) & 0x7f) << shift;
      moreEnd = at + length;
    }
    if (firstOnly || at === moreEnd) {
      at = moreEnd;
      if (position < offset) continue;
      fields[n] = last;
      starts[n] = position - offset;
      setAt[n++] = -1;
      continue;
    }
    // every occurrence: the places the query can start
    // one place per varint at most, and a varint is at least a byte
    const room = 1 + moreEnd - at;
    if (sets.length + room > sets.values.length) grow(sets, sets.length + room);
    const from = sets.length;
    const values = sets.values;
    let k = from;
    if (position >= offset) values[k++] = position - offset;
    while (at < moreEnd) {
      b = bytes[at++];
      let gap = b & 0x7f;
      for (let shift = 7; b & 0x80; shift += 7) gap |= ((b = bytes[at++]) & 0x7f) << shift;
      position += gap + 1;
      if (position >= offset) values[k++] = position - offset;
    }
    if (k === from) continue;
    fields[n] = last;
    starts[n] = values[from];
    if (k - from === 1) setAt[n++] = -1;
    else {
      setAt[n] = from;
      setLength[n++] = k - from;
      sets.length = k;
    }
  }
  return n;
}

/** The first term number whose key is at least `key` (keys.length when none). */
export function firstTermFrom(segment: IndexSegment, key: number): number {
  const keys = segment.keys;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Makes room for `size` values in a candidates' start sets. */
function grow(sets: { values: Int32Array; length: number }, size: number): void {
  const grown = new Int32Array(Math.max(size, sets.values.length * 2));
  grown.set(sets.values.subarray(0, sets.length));
  sets.values = grown;
}

/**
 * Keeps of the candidates `[0, n)` those where term t, at `offset` in the
 * query, occurs at exactly its offset from a place the query can start
 * (every occurrence is in the postings, so the test is exact), and of those
 * places only the ones it allows. Returns the new count.
 */
export function intersectStarts(segment: IndexSegment, t: number, offset: number, into: Candidates, n: number): number {
  const { bytes, start, end } = postingList(segment, t);
  const { fields, starts, setAt, setLength, sets } = into;
  const values = sets.values;
  let kept = 0;
  let i = 0;
  let last = -1;
  for (let at = start; at < end && i < n;) {
    let b = bytes[at++];
    let head = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) head |= ((b = bytes[at++]) & 0x7f) << shift;
    b = bytes[at++];
    let first = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) first |= ((b = bytes[at++]) & 0x7f) << shift;
    last += (head >>> 1) + 1;
    let more = at;
    let moreEnd = at;
    if (head & 1) {
      b = bytes[more++];
      let length = b & 0x7f;
      for (let shift = 7; b & 0x80; shift += 7) length |= ((b = bytes[more++]) & 0x7f) << shift;
      moreEnd = more + length;
    }
    at = moreEnd;
    while (i < n && fields[i] < last) i++;
    if (i === n || fields[i] !== last) continue;
    if (setAt[i] < 0) {
      // one place: does the bigram occur at exactly start + offset?
      const want = starts[i] + offset;
      let position = first;
      while (position < want && more < moreEnd) {
        b = bytes[more++];
        let gap = b & 0x7f;
        for (let shift = 7; b & 0x80; shift += 7) gap |= ((b = bytes[more++]) & 0x7f) << shift;
        position += gap + 1;
      }
      if (position !== want) {
        i++;
        continue;
      }
      starts[kept] = starts[i];
      setAt[kept] = -1;
    } else {
      // several places: keep those where the bigram occurs at place + offset (both ascending)
      const from = setAt[i];
      const to = from + setLength[i];
      let k = from;
      let position = first;
      for (let x = from; x < to; x++) {
        const want = values[x] + offset;
        while (position < want && more < moreEnd) {
          b = bytes[more++];
          let gap = b & 0x7f;
          for (let shift = 7; b & 0x80; shift += 7) gap |= ((b = bytes[more++]) & 0x7f) << shift;
          position += gap + 1;
        }
        if (position === want) values[k++] = values[x];
      }
      if (k === from) {
        i++;
        continue;
      }
      starts[kept] = values[from];
      setAt[kept] = k - from === 1 ? -1 : from;
      setLength[kept] = k - from;
    }
    fields[kept++] = fields[i++];
  }
  return kept;
}

/** Builds the index over documents, in segments of `segmentDocs`. */
export function buildTextIndex(docs: readonly SearchableDocument[], options: TextIndexOptions = defaultTextIndexOptions): TextIndex {
  const segments: IndexSegment[] = [];
  const scratch = newBuildScratch();
  for (let at = 0; at < docs.length; at += options.segmentDocs)
    segments.push(buildSegment(docs.slice(at, at + options.segmentDocs), at, scratch));
  return { kind: 'text-index', docs, segments };
}

/**
 * The index with `added` documents appended: one new segment over them; the
 * existing segments are kept as they are (neighbouring small ones merge when
 * there are more than `maxSegments`).
 */
export function addToTextIndex(
  index: TextIndex,
  added: readonly SearchableDocument[],
  options: TextIndexOptions = defaultTextIndexOptions,
): TextIndex {
  if (added.length === 0) return index;
  const docs = [...index.docs, ...added];
  let segments = [...index.segments, buildSegment(added, index.docs.length)];
  while (segments.length > options.maxSegments) {
    // merge the adjacent pair with the fewest documents
    let best = 0;
    for (let i = 1; i + 1 < segments.length; i++) {
      if (segments[i].docCount + segments[i + 1].docCount < segments[best].docCount + segments[best + 1].docCount) best = i;
    }
    const a = segments[best];
    const b = segments[best + 1];
    const merged = buildSegment(docs.slice(a.docBase, b.docBase + b.docCount), a.docBase);
    segments = [...segments.slice(0, best), merged, ...segments.slice(best + 2)];
  }
  return { kind: 'text-index', docs, segments };
}

/** The index without the documents whose ids are given (segments holding them are rebuilt). */
export function removeFromTextIndex(
  index: TextIndex,
  ids: ReadonlySet<string>,
  options: TextIndexOptions = defaultTextIndexOptions,
): TextIndex {
  if (!index.docs.some((d) => ids.has(d.id))) return index;
  const docs: SearchableDocument[] = [];
  const segments: IndexSegment[] = [];
  for (const s of index.segments) {
    const kept = index.docs.slice(s.docBase, s.docBase + s.docCount).filter((d) => !ids.has(d.id));
    if (kept.length === s.docCount) segments.push(s.docBase === docs.length ? s : { ...s, docBase: docs.length });
    else if (kept.length > 0) segments.push(buildSegment(kept, docs.length));
    docs.push(...kept);
  }
  return { kind: 'text-index', docs, segments: segments.length > options.maxSegments ? buildTextIndex(docs, options).segments : segments };
}
