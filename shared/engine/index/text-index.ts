/**
 * The exact-search index: every searchable field of every document (title,
 * preamble, headings, units, closing) in its matching form (normalizeForMatch:
 * width, traditional/simplified, whitespace), with an inverted index of
 * character bigrams whose postings are delta-encoded field numbers (varints).
 * A plain object of typed arrays and strings, so it can live in a worker and be
 * saved; it grows by segments: adding documents builds a new segment instead
 * of rebuilding the others (segments are merged when they become many).
 */
import type { OutlineNode, ParsedDocument } from '../../model/document';
import { normalizeForMatch } from '../../text/normalize';

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
  /** per field: its matching form */
  readonly fieldText: readonly string[];
  /** per field: where a unit's lead title ends in its matching form (0 when it has none or is not a unit) */
  readonly fieldLead: Uint16Array;
  /** distinct bigram keys, ascending */
  readonly keys: Uint32Array;
  /** postings of keys[t] in postings[postingStart[t] .. postingStart[t+1]): per field, a varint field-number delta then a varint of where the bigram first occurs in it */
  readonly postingStart: Int32Array;
  /** number of fields in each key's postings */
  readonly postingCount: Int32Array;
  readonly postings: Uint8Array;
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

/** The bigram key of two folded code units. */
export const bigramKey = (a: number, b: number): number => ((a << 16) | b) >>> 0;

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

/** Builds one segment over `docs`, whose first document has global number `docBase`. */
export function buildSegment(docs: readonly SearchableDocument[], docBase: number): IndexSegment {
  const fieldDoc: number[] = [];
  const fieldRef: number[] = [];
  const fieldText: string[] = [];
  const fieldLead: number[] = [];
  const docFieldStart = new Int32Array(docs.length + 1);
  const vocabulary = new Map<number, number>();
  const termKeys: number[] = [];
  let df = new Int32Array(1 << 15);
  // (term, field) pairs in field order: each field's distinct terms
  // (term, field, first position) triples in field order: each field's distinct terms where they first occur
  let pairTerm = new Int32Array(1 << 16);
  let pairField = new Int32Array(1 << 16);
  let pairPos = new Int32Array(1 << 16);
  let pairs = 0;
  // seenIn[t] = 1 + the last field that had term t: a term is recorded once per field, at its first occurrence
  let seenIn = new Int32Array(1 << 15);
  docs.forEach((doc, d) => {
    docFieldStart[d] = fieldText.length;
    for (const { ref, text } of documentFields(doc)) {
      const folded = normalizeForMatch(text);
      const field = fieldText.length;
      fieldDoc.push(d);
      fieldRef.push(ref);
      fieldText.push(folded);
      const title = ref >= 0 ? normalizeForMatch(doc.parsed.units[ref].title) : '';
      const titleAt = title ? folded.indexOf(title) : -1;
      fieldLead.push(titleAt >= 0 ? Math.min(0xffff, titleAt + title.length) : 0);
      const n = folded.length - 1;
      if (n < 1) continue;
      if (pairs + n > pairTerm.length) {
        const size = Math.max(pairTerm.length * 2, pairs + n);
        const grow = (a: Int32Array) => {
          const b = new Int32Array(size);
          b.set(a.subarray(0, pairs));
          return b;
        };
        pairTerm = grow(pairTerm);
        pairField = grow(pairField);
        pairPos = grow(pairPos);
      }
      let prev = folded.charCodeAt(0);
      for (let i = 0; i < n; i++) {
        const next = folded.charCodeAt(i + 1);
        const key = bigramKey(prev, next);
        prev = next;
        let t = vocabulary.get(key);
        if (t === undefined) {
          t = termKeys.length;
          vocabulary.set(key, t);
          termKeys.push(key);
          if (t >= df.length) {
            const grown = new Int32Array(df.length * 2);
            grown.set(df);
            df = grown;
            const seen = new Int32Array(df.length);
            seen.set(seenIn);
            seenIn = seen;
          }
        }
        if (seenIn[t] === field + 1) continue;
        seenIn[t] = field + 1;
        df[t]++;
        pairTerm[pairs] = t;
        pairField[pairs] = field;
        pairPos[pairs++] = i;
      }
    }
  });
  docFieldStart[docs.length] = fieldText.length;
  // terms in key order, postings grouped by term (field order kept), then delta-varint encoded
  const terms = termKeys.length;
  const order = Array.from({ length: terms }, (_, t) => t).sort((a, b) => termKeys[a] - termKeys[b]);
  const rank = new Int32Array(terms);
  order.forEach((t, r) => (rank[t] = r));
  const keys = new Uint32Array(terms);
  const postingCount = new Int32Array(terms);
  const start = new Int32Array(terms + 1);
  order.forEach((t, r) => {
    keys[r] = termKeys[t];
    postingCount[r] = df[t];
  });
  for (let r = 0; r < terms; r++) start[r + 1] = start[r] + postingCount[r];
  const fill = start.slice(0, terms);
  const grouped = new Int32Array(pairs);
  const groupedPos = new Int32Array(pairs);
  for (let p = 0; p < pairs; p++) {
    const at = fill[rank[pairTerm[p]]]++;
    grouped[at] = pairField[p];
    groupedPos[at] = pairPos[p];
  }
  const out = { bytes: new Uint8Array(Math.max(1024, pairs * 3)), length: 0 };
  const postingStart = new Int32Array(terms + 1);
  for (let r = 0; r < terms; r++) {
    postingStart[r] = out.length;
    let last = -1;
    for (let p = start[r]; p < start[r + 1]; p++) {
      writeVarint(out, grouped[p] - last - 1);
      writeVarint(out, groupedPos[p]);
      last = grouped[p];
    }
  }
  postingStart[terms] = out.length;
  return {
    docBase,
    docCount: docs.length,
    docFieldStart,
    fieldDoc: Int32Array.from(fieldDoc),
    fieldRef: Int32Array.from(fieldRef),
    fieldText,
    fieldLead: Uint16Array.from(fieldLead),
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
 * The fields of term t, decoded into `fields` (ascending), and per field where
 * the query would start were the bigram's first occurrence its place in the
 * query (first occurrence − `offset`) into `starts`; returns how many.
 */
export function decodeStarts(segment: IndexSegment, t: number, offset: number, fields: Int32Array, starts: Int32Array): number {
  const bytes = segment.postings;
  const end = segment.postingStart[t + 1];
  let n = 0;
  let last = -1;
  // two varints a field (7 bits a byte, high bit = more), read inline with a local cursor: this loop is the search's hot path
  for (let at = segment.postingStart[t]; at < end; ) {
    let b = bytes[at++];
    let delta = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) delta |= ((b = bytes[at++]) & 0x7f) << shift;
    b = bytes[at++];
    let position = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) position |= ((b = bytes[at++]) & 0x7f) << shift;
    last += delta + 1;
    fields[n] = last;
    starts[n++] = position - offset;
  }
  return n;
}

/**
 * Keeps in `fields[0..n)` the fields that term t also has (both ascending),
 * `starts` and `agree` in step: a kept field's start becomes the later of the
 * two (the query cannot begin before either), and its `agree` is cleared when
 * they differ. Returns the new count.
 */
export function intersectStarts(
  segment: IndexSegment,
  t: number,
  offset: number,
  fields: Int32Array,
  starts: Int32Array,
  agree: Uint8Array,
  n: number,
): number {
  const bytes = segment.postings;
  const end = segment.postingStart[t + 1];
  let kept = 0;
  let i = 0;
  let last = -1;
  for (let at = segment.postingStart[t]; at < end && i < n; ) {
    let b = bytes[at++];
    let delta = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) delta |= ((b = bytes[at++]) & 0x7f) << shift;
    b = bytes[at++];
    let position = b & 0x7f;
    for (let shift = 7; b & 0x80; shift += 7) position |= ((b = bytes[at++]) & 0x7f) << shift;
    last += delta + 1;
    while (i < n && fields[i] < last) i++;
    if (i < n && fields[i] === last) {
      const start = position - offset;
      const before = starts[i];
      agree[kept] = agree[i] & (before === start ? 1 : 0);
      starts[kept] = before > start ? before : start;
      fields[kept++] = fields[i++];
    }
  }
  return kept;
}

/** Builds the index over documents, in segments of `segmentDocs`. */
export function buildTextIndex(docs: readonly SearchableDocument[], options: TextIndexOptions = defaultTextIndexOptions): TextIndex {
  const segments: IndexSegment[] = [];
  for (let at = 0; at < docs.length; at += options.segmentDocs) segments.push(buildSegment(docs.slice(at, at + options.segmentDocs), at));
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
