/**
 * The search index's saved form: one byte array holding a JSON header (the
 * documents' ids and content keys, each segment's array lengths) followed by
 * the segments' typed arrays and their fields' matching texts (UTF-16). A start
 * with saved state restores the segments whose documents are unchanged and
 * indexes only the rest.
 */
import {
  buildSegment,
  defaultTextIndexOptions,
  type IndexSegment,
  type SearchableDocument,
  type TextIndex,
  type TextIndexOptions,
} from './text-index';

/** The format written; a file of another version is ignored and the index rebuilt. */
const formatVersion = 3;
const fieldSeparator = '\u0001';

interface SegmentHeader {
  readonly docBase: number;
  readonly docCount: number;
  readonly fields: number;
  readonly terms: number;
  readonly postingBytes: number;
  readonly textChars: number;
}

interface Header {
  readonly version: number;
  readonly docs: ReadonlyArray<readonly [string, string]>;
  readonly segments: readonly SegmentHeader[];
}

/** A content key of a document: a hash of its text and metadata (a changed document is indexed again). */
export function documentKey(doc: SearchableDocument): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
    }
  };
  feed(JSON.stringify(doc.parsed.meta));
  feed(doc.text ?? doc.parsed.units.map((u) => u.text).join('\n'));
  return `${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}:${doc.parsed.units.length}`;
}

const utf16 = new TextDecoder('utf-16le');

/** The index as bytes. */
export function saveTextIndex(index: TextIndex): Uint8Array {
  const texts = index.segments.map((s) => s.fieldText.join(fieldSeparator));
  const header: Header = {
    version: formatVersion,
    docs: index.docs.map((d) => [d.id, documentKey(d)] as const),
    segments: index.segments.map((s, i) => ({
      docBase: s.docBase,
      docCount: s.docCount,
      fields: s.fieldDoc.length,
      terms: s.keys.length,
      postingBytes: s.postings.length,
      textChars: texts[i].length,
    })),
  };
  // the header padded with spaces to a multiple of 4 bytes, so the arrays after it keep their alignment in the file
  const json = JSON.stringify(header);
  const head = new TextEncoder().encode(json + ' '.repeat((4 - (new TextEncoder().encode(json).length % 4)) % 4));
  const parts: Uint8Array[] = [];
  index.segments.forEach((s, i) => {
    for (const a of [s.docFieldStart, s.fieldDoc, s.fieldRef, s.keys, s.postingStart, s.postingCount])
      parts.push(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    parts.push(new Uint8Array(s.fieldRank.buffer, s.fieldRank.byteOffset, s.fieldRank.byteLength));
    if (s.fieldRank.byteLength % 4) parts.push(new Uint8Array(4 - (s.fieldRank.byteLength % 4)));
    parts.push(s.postings);
    if (s.postings.length % 4) parts.push(new Uint8Array(4 - (s.postings.length % 4)));
    const codes = new Uint16Array(texts[i].length);
    for (let c = 0; c < codes.length; c++) codes[c] = texts[i].charCodeAt(c);
    parts.push(new Uint8Array(codes.buffer));
    if (codes.byteLength % 4) parts.push(new Uint8Array(4 - (codes.byteLength % 4)));
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

/** Segments read back from bytes, with the documents they were built from; null when the bytes are not a saved index. */
function readSaved(bytes: Uint8Array): { header: Header; segments: Array<Omit<IndexSegment, 'docBase'> & { docBase: number }> } | null {
  if (bytes.length < 8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== formatVersion) return null;
  const headLength = view.getUint32(4, true);
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headLength))) as Header;
  } catch {
    return null;
  }
  if (header.version !== formatVersion) return null;
  let at = 8 + headLength;
  // copies (not views), so the file's bytes are freed once read: the texts are decoded into strings
  const take = (byteLength: number): Uint8Array => {
    if (at + byteLength > bytes.length) throw new RangeError('saved index cut short');
    const part = bytes.slice(at, at + byteLength);
    at += byteLength + ((4 - (byteLength % 4)) % 4);
    return part;
  };
  const ints = (byteLength: number) => {
    const part = take(byteLength);
    return new Int32Array(part.buffer, part.byteOffset, byteLength / 4);
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
      const postings = take(h.postingBytes);
      const text = utf16.decode(take(h.textChars * 2));
      const fieldText = h.fields === 0 ? [] : text.split(fieldSeparator);
      if (fieldText.length !== h.fields) throw new RangeError('saved index fields do not add up');
      return {
        docBase: h.docBase,
        docCount: h.docCount,
        docFieldStart,
        fieldDoc,
        fieldRef,
        fieldText,
        fieldRank,
        keys,
        postingStart,
        postingCount,
        postings,
      };
    });
    return { header, segments };
  } catch {
    return null;
  }
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
  bytes: Uint8Array | null,
  docs: readonly SearchableDocument[],
  options: TextIndexOptions = defaultTextIndexOptions,
): RestoredIndex {
  const saved = bytes ? readSaved(bytes) : null;
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
  }
  for (let at = covered; at < docs.length; at += options.segmentDocs)
    segments.push(buildSegment(docs.slice(at, at + options.segmentDocs), at));
  return { index: { kind: 'text-index', docs, segments }, reused: covered, indexed: docs.length - covered };
}
