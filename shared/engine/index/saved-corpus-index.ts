/**
 * The check index's saved form: its typed arrays one after another behind a
 * small header, so a start restores the index in the time it takes to read
 * the file instead of building it again from every unit. The header carries a
 * fingerprint of the documents (ids, unit counts, unit texts) and the build's
 * tunables; bytes that do not match the documents given are refused (null),
 * and the caller builds instead. A cache: it never decides what a check finds.
 */
import { CorpusIndex, corpusIndexTunables, type CorpusDocument, type CorpusIndexTunables } from './corpus-index';

/** "PCI2", little-endian: version 2 holds Rice-coded postings (a version 1 file, varint postings, is refused and rebuilt) */
const magic = 0x32494350;
const headerWords = 8;

/** FNV-1a over the ids, unit counts and unit texts of the documents, in order: what the index was built from. */
export function corpusFingerprint(docs: readonly CorpusDocument[]): number {
  let h = 0x811c9dc5;
  for (const d of docs) {
    h = mix(h, d.id);
    h = mix(h, String(d.parsed.units.length));
    for (const u of d.parsed.units) h = mix(h, u.text);
  }
  return h >>> 0;
}

/** The FNV-1a hash `h` continued over `s` and a separator. */
function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0xff, 0x01000193);
}

const align4 = (n: number) => (n + 3) & ~3;

/** The index's bytes, with the fingerprint of the documents it was built from. */
export function saveCorpusIndex(index: CorpusIndex): Uint8Array {
  const units = index.unitCount;
  const terms = index.df.length;
  const keys = new Uint32Array(terms);
  for (const [key, id] of index.vocabulary) keys[id] = key;
  const parts: ArrayBufferView[] = [index.unitDoc, keys, index.df, index.postingStart, index.unitNorm, index.postings];
  const size = headerWords * 4 + 16 + parts.reduce((n, p) => n + align4(p.byteLength), 0);
  const out = new Uint8Array(size);
  const header = new Uint32Array(out.buffer, 0, headerWords);
  header.set([magic, index.docs.length, units, terms, index.postings.length, corpusFingerprint(index.docs)]);
  new Float64Array(out.buffer, headerWords * 4, 2).set([index.tunables.commonShare, index.tunables.minCommon]);
  let at = headerWords * 4 + 16;
  for (const p of parts) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), at);
    at += align4(p.byteLength);
  }
  return out;
}

/**
 * The index saved in `bytes`, over `docs`; null when the bytes are not a saved index, or one of other
 * documents or other build tunables.
 */
export function restoreCorpusIndex(
  bytes: Uint8Array,
  docs: readonly CorpusDocument[],
  tunables: CorpusIndexTunables = corpusIndexTunables,
): CorpusIndex | null {
  if (bytes.byteLength < headerWords * 4 + 16) return null;
  // the typed-array views below need a 4-aligned start
  const own = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const header = new Uint32Array(own.buffer, own.byteOffset, headerWords);
  const [mark, docCount, units, terms, postingBytes, fingerprint] = header;
  const [commonShare, minCommon] = new Float64Array(
    own.buffer.slice(own.byteOffset + headerWords * 4, own.byteOffset + headerWords * 4 + 16),
  );
  if (mark !== magic || docCount !== docs.length || commonShare !== tunables.commonShare || minCommon !== tunables.minCommon) return null;
  if (docs.reduce((n, d) => n + d.parsed.units.length, 0) !== units) return null;
  const expected = headerWords * 4 + 16 + align4(units * 4) * 2 + align4(terms * 4) * 2 + align4((terms + 1) * 4) + align4(postingBytes);
  if (own.byteLength !== expected || corpusFingerprint(docs) !== fingerprint) return null;
  let at = own.byteOffset + headerWords * 4 + 16;
  const take = <T>(make: (buffer: ArrayBufferLike, offset: number, length: number) => T, length: number, width: number): T => {
    const view = make(own.buffer, at, length);
    at += align4(length * width);
    return view;
  };
  const unitDoc = take((b, o, n) => new Int32Array(b, o, n), units, 4);
  const keys = take((b, o, n) => new Uint32Array(b, o, n), terms, 4);
  const df = take((b, o, n) => new Int32Array(b, o, n), terms, 4);
  const postingStart = take((b, o, n) => new Int32Array(b, o, n), terms + 1, 4);
  const unitNorm = take((b, o, n) => new Float32Array(b, o, n), units, 4);
  const postings = take((b, o, n) => new Uint8Array(b, o, n), postingBytes, 1);
  if (!consistent(docs, unitDoc, postingStart, postingBytes)) return null;
  const vocabulary = new Map<number, number>();
  for (let t = 0; t < terms; t++) vocabulary.set(keys[t], t);
  return new CorpusIndex(docs, { unitDoc, vocabulary, df, postingStart, postings, unitNorm }, tunables);
}

/** The arrays agree with the documents and with themselves (a damaged file that kept its size and fingerprint). */
function consistent(docs: readonly CorpusDocument[], unitDoc: Int32Array, postingStart: Int32Array, postingBytes: number): boolean {
  let u = 0;
  for (let d = 0; d < docs.length; d++) for (let k = 0; k < docs[d].parsed.units.length; k++) if (unitDoc[u++] !== d) return false;
  if (postingStart[0] !== 0 || postingStart[postingStart.length - 1] !== postingBytes) return false;
  for (let t = 1; t < postingStart.length; t++) if (postingStart[t] < postingStart[t - 1]) return false;
  return true;
}
