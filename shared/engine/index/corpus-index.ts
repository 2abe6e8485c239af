/**
 * An inverted character-bigram index over the normalised text of every unit
 * of a corpus, built once (typed arrays, CSR postings). Candidates come from
 * the index; only candidates are scored in full.
 */
import type { DocumentMeta, ParsedDocument, Unit } from '../../model/document';
import type { Idf } from '../align/similarity';
import { bigramKeys, countKeys, unitBody, unitFeatures, type UnitFeatures } from '../text/features';

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
  ) {}

  /** Matching features of unit `u`, computed on first use. */
  features(u: number): UnitFeatures {
    let f = this.featureCache.get(u);
    if (!f) {
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
  docs.forEach((d, doc) => {
    for (const unit of d.parsed.units) {
      const body = unitBody(unit.text);
      units.push({ doc, unit, body });
      const keys = countKeys(bigramKeys(body)).keys;
      const ids = new Int32Array(keys.length);
      for (let i = 0; i < keys.length; i++) {
        let id = vocabulary.get(keys[i]);
        if (id === undefined) {
          id = vocabulary.size;
          vocabulary.set(keys[i], id);
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
  for (let t = 0; t < terms; t++) idfById[t] = Math.log(1 + n / df[t]);
  const unitNorm = new Float32Array(n);
  termLists.forEach((ids, u) => {
    let norm = 0;
    for (const t of ids) {
      postingUnits[fill[t]++] = u;
      norm += idfById[t] * idfById[t];
    }
    unitNorm[u] = Math.sqrt(norm) || 1;
  });
  const rareMax = Math.max(2, Math.floor(n * 0.02));
  const unseen = Math.log(1 + n);
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

/** Scores every unit sharing bigrams with `ids` (binary TF-IDF cosine); returns the top `limit` unit numbers. */
export function candidates(index: CorpusIndex, ids: readonly number[], limit: number, allowed?: (u: number) => boolean): Array<{ u: number; score: number }> {
  const n = index.units.length;
  const acc = new Float32Array(n);
  const touched: number[] = [];
  let qnorm = 0;
  const common = Math.max(50, n * 0.25);
  for (const t of ids) {
    const w = index.idfById[t];
    qnorm += w * w;
    const from = index.postingStart[t];
    const to = index.postingStart[t + 1];
    if (to - from > common) continue;
    const w2 = w * w;
    for (let p = from; p < to; p++) {
      const u = index.postingUnits[p];
      if (acc[u] === 0) touched.push(u);
      acc[u] += w2;
    }
  }
  qnorm = Math.sqrt(qnorm) || 1;
  const out: Array<{ u: number; score: number }> = [];
  for (const u of touched) {
    if (allowed && !allowed(u)) continue;
    out.push({ u, score: acc[u] / (qnorm * index.unitNorm[u]) });
  }
  out.sort((a, b) => b.score - a.score);
  return out.slice(0, limit);
}
