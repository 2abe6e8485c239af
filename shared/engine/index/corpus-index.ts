/**
 * An inverted character-bigram index over the normalised text of every unit
 * of a corpus, built once (typed arrays, CSR postings). Candidates come from
 * the index; only candidates are scored in full.
 */
import { idfWeight, rareLimit } from '../text/idf';
import type { DocumentMeta, ParsedDocument, Unit } from '../../model/document';
import type { Idf } from '../align/similarity';
import { bigramKeys, bigramsInto, countKeys, unitBody, unitFeatures, type UnitFeatures } from '../text/features';

/** A document of the corpus: its id (file base name or library id) and parse. */
export interface CorpusDocument {
  readonly id: string;
  readonly parsed: ParsedDocument;
}

/** One unit's place in the index. */
export interface IndexedUnit {
  readonly doc: number;
  readonly unit: Unit;
  /** normalised body (level words folded) */
  readonly body: string;
}

/** The corpus index: opaque to callers, built by `buildCorpusIndex`. */
export class CorpusIndex {
  readonly kind = 'corpus-index';
  private readonly featureCache = new Map<number, UnitFeatures>();
  /** scratch accumulator for candidate scoring, one slot per unit */
  readonly scratch: Float32Array;
  /** units of document d are [docStart[d], docStart[d + 1]) */
  readonly docStart: Int32Array;
  constructor(
    readonly docs: readonly CorpusDocument[],
    readonly units: readonly IndexedUnit[],
    /** bigram key → term id */
    readonly vocabulary: ReadonlyMap<number, number>,
    /** postings of term t: unit numbers in postingUnits[postingStart[t] .. postingStart[t+1]) */
    readonly postingStart: Int32Array,
    readonly postingUnits: Int32Array,
    readonly idfById: Float32Array,
    /** sqrt of the summed squared IDF of each unit's distinct bigrams */
    readonly unitNorm: Float32Array,
    readonly idf: Idf,
  ) {
    this.scratch = new Float32Array(units.length);
    this.docStart = new Int32Array(docs.length + 1);
    for (const u of units) this.docStart[u.doc + 1]++;
    for (let d = 0; d < docs.length; d++) this.docStart[d + 1] += this.docStart[d];
  }

  /** Matching features of unit `u`, computed on first use. */
  features(u: number): UnitFeatures {
    let f = this.featureCache.get(u);
    if (!f) {
      if (this.featureCache.size > 20000) this.featureCache.clear();
      f = unitFeatures(this.units[u].unit);
      this.featureCache.set(u, f);
    }
    return f;
  }

  /** Meta of the document a unit belongs to. */
  metaOf(u: number): DocumentMeta {
    return this.docs[this.units[u].doc].parsed.meta;
  }

  /** Distinct term ids of a normalised text (unknown bigrams dropped). */
  termIds(body: string): number[] {
    const ids: number[] = [];
    for (const key of countKeys(bigramKeys(body)).keys) {
      const id = this.vocabulary.get(key);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }
}

/** Builds the index over every unit of every document. */
export function buildCorpusIndex(docs: readonly CorpusDocument[]): CorpusIndex {
  const units: IndexedUnit[] = [];
  const vocabulary = new Map<number, number>();
  const termLists: Int32Array[] = [];
  let df = new Int32Array(1 << 16);
  let buffer: Uint32Array<ArrayBuffer> = new Uint32Array(4096);
  docs.forEach((d, doc) => {
    for (const unit of d.parsed.units) {
      const body = unitBody(unit.text);
      units.push({ doc, unit, body });
      const filled = bigramsInto(body, buffer);
      buffer = filled.buffer;
      const sorted = buffer.subarray(0, filled.length).sort();
      let distinct = 0;
      for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
      const ids = new Int32Array(distinct);
      for (let i = 0; i < distinct; i++) {
        let id = vocabulary.get(sorted[i]);
        if (id === undefined) {
          id = vocabulary.size;
          vocabulary.set(sorted[i], id);
          if (id >= df.length) {
            const grown = new Int32Array(df.length * 2);
            grown.set(df);
            df = grown;
          }
        }
        ids[i] = id;
        df[id]++;
      }
      termLists.push(ids);
    }
  });
  const terms = vocabulary.size;
  const postingStart = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) postingStart[t + 1] = postingStart[t] + df[t];
  const fill = postingStart.slice(0, terms);
  const postingUnits = new Int32Array(postingStart[terms]);
  const n = units.length;
  const idfById = new Float32Array(terms);
  for (let t = 0; t < terms; t++) idfById[t] = idfWeight(n, df[t]);
  const unitNorm = new Float32Array(n);
  termLists.forEach((ids, u) => {
    let norm = 0;
    for (const t of ids) {
      postingUnits[fill[t]++] = u;
      norm += idfById[t] * idfById[t];
    }
    unitNorm[u] = Math.sqrt(norm) || 1;
  });
  const rareMax = rareLimit(n);
  const unseen = idfWeight(n, 1);
  const idf: Idf = {
    units: n,
    weight: (key) => {
      const id = vocabulary.get(key);
      return id === undefined ? unseen : idfById[id];
    },
    isRare: (key) => {
      const id = vocabulary.get(key);
      return id === undefined || df[id] <= rareMax;
    },
  };
  return new CorpusIndex(docs, units, vocabulary, postingStart, postingUnits, idfById, unitNorm, idf);
}

/** Number of postings of term t (its document frequency in units). */
export function postingCount(index: CorpusIndex, t: number): number {
  return index.postingStart[t + 1] - index.postingStart[t];
}

const maxQueryTerms = 48;

/**
 * Units sharing the query's rarest bigrams, scored by binary TF-IDF cosine;
 * the top `limit` unit numbers. Common bigrams count in the norm but are not
 * walked, so a query costs the length of a few short posting lists.
 */
export function candidates(
  index: CorpusIndex,
  ids: readonly number[],
  limit: number,
  allowed?: (u: number) => boolean,
): Array<{ u: number; score: number }> {
  const n = index.units.length;
  const acc = index.scratch;
  const touched: number[] = [];
  let qnorm = 0;
  for (const t of ids) qnorm += index.idfById[t] * index.idfById[t];
  qnorm = Math.sqrt(qnorm) || 1;
  const common = Math.max(50, n * 0.05);
  const walked = [...ids].sort((a, b) => postingCount(index, a) - postingCount(index, b)).slice(0, maxQueryTerms);
  for (const t of walked) {
    const from = index.postingStart[t];
    const to = index.postingStart[t + 1];
    if (to - from > common) break;
    const w2 = index.idfById[t] * index.idfById[t];
    for (let p = from; p < to; p++) {
      const u = index.postingUnits[p];
      if (acc[u] === 0) touched.push(u);
      acc[u] += w2;
    }
  }
  const top: Array<{ u: number; score: number }> = [];
  for (const u of touched) {
    const score = acc[u] / (qnorm * index.unitNorm[u]);
    acc[u] = 0;
    if (top.length === limit && score <= top[limit - 1].score) continue;
    if (allowed && !allowed(u)) continue;
    insertTop(top, { u, score }, limit);
  }
  return top;
}

/** Inserts into a list kept sorted by descending score, at most `limit` long. */
export function insertTop(top: Array<{ u: number; score: number }>, item: { u: number; score: number }, limit: number): void {
  let i = top.length;
  while (i > 0 && (top[i - 1].score < item.score || (top[i - 1].score === item.score && top[i - 1].u > item.u))) i--;
  if (i >= limit) return;
  top.splice(i, 0, item);
  if (top.length > limit) top.pop();
}
