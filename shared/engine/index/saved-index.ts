/**
 * The search index's saved form: one byte array holding a JSON header (the
 * documents' ids and content keys, each segment's array lengths) followed by
 * the segments' typed arrays. The fields' texts are not in it: the index reads
 * them from the documents, which a restore is given (and checks by content key).
 * A start with saved state restores the segments whose documents are unchanged
 * and indexes only the rest.
 */
import {
  buildSegment,
  defaultTextIndexOptions,
  documentFields,
  newBuildScratch,
  type IndexSegment,
  type PostingReader,
  type SearchableDocument,
  type TextIndex,
  type TextIndexOptions,
} from './text-index';
import { contentHash } from '../../text/content-hash';

/** The format written; a file of another version is ignored and the index rebuilt. */
const formatVersion = 4;

interface SegmentHeader {
  readonly docBase: number;
  readonly docCount: number;
  readonly fields: number;
  readonly terms: number;
  readonly postingBytes: number;
}

interface Header {
  readonly version: number;
  readonly docs: ReadonlyArray<readonly [string, string]>;
  readonly segments: readonly SegmentHeader[];
}

/**
 * A content key of a document: a hash of what the index was built from, its metadata and every field it
 * reads (title, preamble, headings, units, closing, as they are cut from the text now) with the units' lead
 * titles (which rank hits). A changed document, or the same text read into other fields (a newer parser), is
 * indexed again, since the saved postings hold places in exactly these fields; a change outside them (web-page
 * chrome) keeps its index.
 */
export function documentKey(doc: SearchableDocument): string {
  const hash = contentHash().feed(JSON.stringify(doc.parsed.meta));
  for (const field of documentFields(doc)) hash.feed(field.text);
  for (const unit of doc.parsed.units) hash.feed(unit.title);
  const [h1, h2] = hash.lanes();
  return `${h1.toString(36)}${h2.toString(36)}:${doc.parsed.units.length}`;
}

/** The index as bytes. */
export function saveTextIndex(index: TextIndex): Uint8Array {
  const header: Header = {
    version: formatVersion,
    docs: index.docs.map((d) => [d.id, documentKey(d)] as const),
    segments: index.segments.map((s) => ({
      docBase: s.docBase,
      docCount: s.docCount,
      fields: s.fieldDoc.length,
      terms: s.keys.length,
      postingBytes: s.postingStart[s.keys.length],
    })),
  };
  // the header padded with spaces to a multiple of 4 bytes, so the arrays after it keep their alignment in the file
  const json = JSON.stringify(header);
  const head = new TextEncoder().encode(json + ' '.repeat((4 - (new TextEncoder().encode(json).length % 4)) % 4));
  const parts: Uint8Array[] = [];
  index.segments.forEach((s) => {
    for (const a of [s.docFieldStart, s.fieldDoc, s.fieldRef, s.keys, s.postingStart, s.postingCount])
      parts.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    parts.push(new Uint8Array(s.fieldRank.buffer, s.fieldRank.byteOffset, s.fieldRank.byteLength));
    if (s.fieldRank.byteLength % 4) parts.push(new Uint8Array(4 - (s.fieldRank.byteLength % 4)));
    const postings = s.savedPostings ? s.savedPostings.all() : s.postings;
    parts.push(postings);
    if (postings.length % 4) parts.push(new Uint8Array(4 - (postings.length % 4)));
  });
  const total = 8 + head.length + parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, formatVersion, true);
  view.setUint32(4, head.length, true);
  out.set(head, 8);
  let at = 8 + head.length;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Where a saved index is read from: its bytes, or its file, which the engine opened (the postings are then left
 * in it and read a list at a time, see PostingReader).
 */
export interface SavedIndexSource {
  readonly size: number;
  /** bytes [offset, offset + length), aligned for typed arrays (a view or a copy); throws when they are not there */
  read(offset: number, length: number): Uint8Array;
  /** the postings at [offset, offset + length) left in place; without it they are read with `read` */
  postings?(offset: number, length: number): PostingReader;
}

/** Saved bytes as a source: views of them (they are the index from now on), copies where a view could not be aligned. */
export function bytesSource(bytes: Uint8Array): SavedIndexSource {
  const aligned = bytes.byteOffset % 4 === 0;
  return {
    size: bytes.length,
    read: (offset, length) => {
      if (offset + length > bytes.length) throw new RangeError('saved index cut short');
      return aligned ? bytes.subarray(offset, offset + length) : bytes.slice(offset, offset + length);
    },
  };
}

/** Segments read back from a source, with the documents they were built from; null when it is not a saved index (or is cut short). */
function readSaved(
  source: SavedIndexSource,
): { header: Header; segments: Array<Omit<IndexSegment, 'docBase'> & { docBase: number }> } | null {
  if (source.size < 8) return null;
  let header: Header;
  let at: number;
  try {
    const start = source.read(0, 8);
    const view = new DataView(start.buffer, start.byteOffset, 8);
    if (view.getUint32(0, true) !== formatVersion) return null;
    const headLength = view.getUint32(4, true);
    header = JSON.parse(new TextDecoder().decode(source.read(8, headLength))) as Header;
    at = 8 + headLength;
  } catch {
    return null;
  }
  if (header.version !== formatVersion) return null;
  const padded = (byteLength: number) => byteLength + ((4 - (byteLength % 4)) % 4);
  const take = (byteLength: number): Uint8Array => {
    const part = source.read(at, byteLength);
    at += padded(byteLength);
    return part;
  };
  const ints = (byteLength: number) => {
    const part = take(byteLength);
    return new Int32Array(part.buffer, part.byteOffset, byteLength / 4);
  };
  /** the postings, read now or left in place (checked to be all there, so a search never reads past the file) */
  const postingsOf = (byteLength: number): { postings: Uint8Array; savedPostings?: PostingReader } => {
    if (!source.postings) return { postings: take(byteLength) };
    if (at + byteLength > source.size) throw new RangeError('saved index cut short');
    const savedPostings = source.postings(at, byteLength);
    at += padded(byteLength);
    return { postings: new Uint8Array(0), savedPostings };
  };
  try {
    const segments = header.segments.map((h) => {
      const docFieldStart = ints((h.docCount + 1) * 4);
      const fieldDoc = ints(h.fields * 4);
      const fieldRef = ints(h.fields * 4);
      const keyBytes = take(h.terms * 4);
      const keys = new Uint32Array(keyBytes.buffer, keyBytes.byteOffset, h.terms);
      const postingStart = ints((h.terms + 1) * 4);
      const postingCount = ints(h.terms * 4);
      const rankBytes = take(h.fields * 2);
      const fieldRank = new Uint16Array(rankBytes.buffer, rankBytes.byteOffset, h.fields);
      const postings = postingsOf(h.postingBytes);
      if (docFieldStart[h.docCount] !== h.fields) throw new RangeError('saved index fields do not add up');
      if (postingStart[h.terms] !== h.postingBytes) throw new RangeError('saved index postings do not add up');
      return {
        docBase: h.docBase,
        docCount: h.docCount,
        docFieldStart,
        fieldDoc,
        fieldRef,
        fieldRank,
        keys,
        postingStart,
        postingCount,
        ...postings,
      };
    });
    if (at !== source.size) throw new RangeError('saved index longer than its segments');
    return { header, segments };
  } catch {
    return null;
  }
}

/** A segment whose arrays are its own (not views of the saved bytes). */
function copied(s: IndexSegment): IndexSegment {
  return {
    ...s,
    docFieldStart: s.docFieldStart.slice(),
    fieldDoc: s.fieldDoc.slice(),
    fieldRef: s.fieldRef.slice(),
    fieldRank: s.fieldRank.slice(),
    keys: s.keys.slice(),
    postingStart: s.postingStart.slice(),
    postingCount: s.postingCount.slice(),
    postings: s.postings.slice(),
  };
}

/**
 * The index with its postings left in the saved file `source` was just written from (the engine adopts the file
 * the cache wrote, so a library that grew in this session does not keep them in memory either): null when the
 * file is not this index (other documents, or segments of other sizes), and the index stays as it is.
 */
export function withSavedPostings(index: TextIndex, source: SavedIndexSource): TextIndex | null {
  if (!source.postings) return null;
  const saved = readSaved(source);
  if (!saved || saved.segments.length !== index.segments.length || saved.header.docs.length !== index.docs.length) return null;
  if (saved.header.docs.some(([id], d) => id !== index.docs[d].id)) return null;
  const same = index.segments.every((s, i) => {
    const h = saved.header.segments[i];
    return (
      h.docBase === s.docBase &&
      h.docCount === s.docCount &&
      h.fields === s.fieldDoc.length &&
      h.terms === s.keys.length &&
      h.postingBytes === s.postingStart[s.keys.length]
    );
  });
  if (!same) return null;
  return {
    ...index,
    segments: index.segments.map((s, i) => ({ ...s, postings: new Uint8Array(0), savedPostings: saved.segments[i].savedPostings })),
  };
}

/** Why a restore indexed what it did. */
export interface RestoredIndex {
  readonly index: TextIndex;
  /** documents whose saved index was reused */
  readonly reused: number;
  /** documents indexed now (new, changed, or after the first change) */
  readonly indexed: number;
}

/**
 * The index over `docs` from saved bytes: the saved segments covering an
 * unchanged run of leading documents are reused as they are; the documents
 * after them are indexed now. Bytes that are not a saved index count as none.
 */
export function restoreTextIndex(
  bytes: Uint8Array | SavedIndexSource | null,
  docs: readonly SearchableDocument[],
  options: TextIndexOptions = defaultTextIndexOptions,
): RestoredIndex {
  const source = bytes instanceof Uint8Array ? bytesSource(bytes) : bytes;
  const saved = source ? readSaved(source) : null;
  const segments: IndexSegment[] = [];
  let covered = 0;
  if (saved) {
    let same = 0;
    while (
      same < docs.length &&
      same < saved.header.docs.length &&
      saved.header.docs[same][0] === docs[same].id &&
      saved.header.docs[same][1] === documentKey(docs[same])
    )
      same++;
    for (const s of saved.segments) {
      if (s.docBase !== covered || s.docBase + s.docCount > same) break;
      segments.push(s);
      covered += s.docCount;
    }
    // segments left behind would keep all the bytes alive through the views of the ones reused: those are copied
    if (segments.length < saved.segments.length && !source?.postings) segments.splice(0, segments.length, ...segments.map(copied));
  }
  const scratch = newBuildScratch();
  for (let at = covered; at < docs.length; at += options.segmentDocs)
    segments.push(buildSegment(docs.slice(at, at + options.segmentDocs), at, scratch));
  return { index: { kind: 'text-index', docs, segments }, reused: covered, indexed: docs.length - covered };
}
