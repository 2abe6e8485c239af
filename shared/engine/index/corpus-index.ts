/**
 * An inverted character-bigram index over the normalised text of every unit
 * of a corpus, built once, in typed arrays only: a unit is a number (its
 * document and unit found through `docStart`), postings are Rice-coded gaps
 * (posting-bytes.ts), and the terms too common ever to be walked keep their
 * count (for IDF and norms) but no postings. The index holds no copy of a
 * unit's text: features are computed from the document on first use, and
 * the most recent few thousand kept (one cache, used by the gap search too).
 * Candidates come from the index; only candidates are scored in full.
 */
import { idfWeight, rareLimit } from '../text/idf';
import type { DocumentMeta, ParsedDocument, Unit } from '../../model/document';
import type { Idf } from '../align/similarity';
import { bigramKeys, bigramsInto, countKeys, unitBody, unitFeatures, type UnitFeatures } from '../text/features';
import { ByteReader, ByteWriter, RiceReader, riceLength, riceParameter, writeRice } from './posting-bytes';

/** A document of the corpus: its id (file base name or library id) and parse. */
export interface CorpusDocument {
  readonly id: string;
  readonly parsed: ParsedDocument;
}

/** The tunables of the index and its candidate search, with their defaults. */
export interface CorpusIndexTunables {
  /** a term in more than this share of the units (and more than `minCommon`) is common: never walked, no postings kept */
  readonly commonShare: number;
  readonly minCommon: number;
  /** the rarest this many distinct bigrams of a query are walked, at most */
  readonly maxQueryTerms: number;
  /**
   * postings a query walks, at most (the rarest term is walked whatever its length): the work of a candidate
   * search stays the same however large the corpus grows; the rarest terms are the telling ones
   */
  readonly postingBudget: number;
  /**
   * features of the most recently used this many corpus units are kept between checks, and of up to as many before
   * them (a check scores about 25 per draft unit and aligns the units of 4 precedents: ~1,200 for a 40-measure
   * draft); one unit's take about 2.7 KB
   */
  readonly featureCacheSize: number;
}

/** Defaults of `CorpusIndexTunables`. */
export const corpusIndexTunables: CorpusIndexTunables = {
  commonShare: 0.05,
  minCommon: 50,
  maxQueryTerms: 48,
  postingBudget: 60_000,
  featureCacheSize: 4000,
};

/** The index's arrays: what `buildCorpusIndex` computes (and what a saved index would hold). */
export interface CorpusIndexArrays {
  /** unit u belongs to document unitDoc[u] */
  readonly unitDoc: Int32Array;
  /** bigram key → term id */
  readonly vocabulary: ReadonlyMap<number, number>;
  /** units each term occurs in */
  readonly df: Int32Array;
  /** postings of term t: Rice-coded gaps of its unit numbers in postings[postingStart[t] .. postingStart[t+1]) (empty for a common term) */
  readonly postingStart: Int32Array;
  readonly postings: Uint8Array;
  /** sqrt of the summed squared IDF of each unit's distinct bigrams */
  readonly unitNorm: Float32Array;
}

/** The corpus index: opaque to callers, built by `buildCorpusIndex`. */
export class CorpusIndex {
  readonly kind = 'corpus-index';
  /** features of corpus units in two generations: used since the last turnover, and before it (bounded, most recent kept) */
  private recentFeatures = new Map<number, UnitFeatures>();
  private olderFeatures = new Map<number, UnitFeatures>();
  /** scratch accumulator for candidate scoring, one slot per unit */
  readonly scratch: Float32Array;
  /** units of document d are [docStart[d], docStart[d + 1]) */
  readonly docStart: Int32Array;
  readonly unitDoc: Int32Array;
  readonly vocabulary: ReadonlyMap<number, number>;
  readonly df: Int32Array;
  readonly postingStart: Int32Array;
  readonly postings: Uint8Array;
  readonly unitNorm: Float32Array;
  readonly idfById: Float32Array;
  /** a term found in more units than this has no postings */
  readonly commonLimit: number;
  readonly idf: Idf;

  constructor(
    readonly docs: readonly CorpusDocument[],
    arrays: CorpusIndexArrays,
    readonly tunables: CorpusIndexTunables = corpusIndexTunables,
  ) {
    ({ unitDoc: this.unitDoc, vocabulary: this.vocabulary, df: this.df, postingStart: this.postingStart } = arrays);
    ({ postings: this.postings, unitNorm: this.unitNorm } = arrays);
    const n = this.unitDoc.length;
    this.scratch = new Float32Array(n);
    this.docStart = new Int32Array(docs.length + 1);
    for (let u = 0; u < n; u++) this.docStart[this.unitDoc[u] + 1]++;
    for (let d = 0; d < docs.length; d++) this.docStart[d + 1] += this.docStart[d];
    this.commonLimit = commonLimitOf(n, tunables);
    this.idfById = new Float32Array(this.df.length);
    for (let t = 0; t < this.df.length; t++) this.idfById[t] = idfWeight(n, this.df[t]);
    const rareMax = rareLimit(n);
    const unseen = idfWeight(n, 1);
    const { vocabulary, idfById, df } = this;
    this.idf = {
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
  }

  /** Number of units in the index. */
  get unitCount(): number {
    return this.unitDoc.length;
  }

  /** Unit number `u` as the document has it. */
  unit(u: number): Unit {
    const d = this.unitDoc[u];
    return this.docs[d].parsed.units[u - this.docStart[d]];
  }

  /**
   * Matching features of unit `u`, computed on first use. The cache turns over when its recent generation is full:
   * that generation becomes the older one (what was older is dropped), and a unit found there moves back to the recent
   * one, so the units of the last few checks stay whatever the order they are asked in, and the cache never holds
   * more than twice `featureCacheSize`.
   */
  features(u: number): UnitFeatures {
    const recent = this.recentFeatures.get(u);
    if (recent) return recent;
    const f = this.olderFeatures.get(u) ?? unitFeatures(this.unit(u));
    if (this.recentFeatures.size >= this.tunables.featureCacheSize) {
      this.olderFeatures = this.recentFeatures;
      this.recentFeatures = new Map();
    }
    this.recentFeatures.set(u, f);
    return f;
  }

  /** Corpus units whose features are held (both generations): what the cache costs. */
  get cachedFeatures(): number {
    let n = this.recentFeatures.size;
    for (const u of this.olderFeatures.keys()) if (!this.recentFeatures.has(u)) n++;
    return n;
  }

  /** Drops every cached feature (the warm-up's: of documents the user did not check). */
  forgetFeatures(): void {
    this.recentFeatures = new Map();
    this.olderFeatures = new Map();
  }

  /** Matching features of every unit of document `d`, from the same cache. */
  documentFeatures(d: number): UnitFeatures[] {
    const out: UnitFeatures[] = [];
    for (let u = this.docStart[d]; u < this.docStart[d + 1]; u++) out.push(this.features(u));
    return out;
  }

  /** Meta of the document a unit belongs to. */
  metaOf(u: number): DocumentMeta {
    return this.docs[this.unitDoc[u]].parsed.meta;
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

const commonLimitOf = (units: number, t: CorpusIndexTunables) => Math.max(t.minCommon, units * t.commonShare);

/**
 * Builds the index over every unit of every document: the first pass writes
 * each unit's sorted term ids, gap-coded, to one byte stream and counts each
 * term's units; from the stream, a second pass counts the bits each posting
 * list takes (its Rice parameter needs the count) and a third fills the lists.
 */
export function buildCorpusIndex(docs: readonly CorpusDocument[], tunables: CorpusIndexTunables = corpusIndexTunables): CorpusIndex {
  const vocabulary = new Map<number, number>();
  let df = new Int32Array(1 << 16);
  const stream = new ByteWriter();
  const unitDocs: number[] = [];
  let keys: Uint32Array<ArrayBuffer> = new Uint32Array(4096);
  let ids = new Int32Array(4096);
  docs.forEach((d, doc) => {
    for (const unit of d.parsed.units) {
      unitDocs.push(doc);
      const filled = bigramsInto(unitBody(unit.text), keys);
      keys = filled.buffer;
      if (ids.length < keys.length) ids = new Int32Array(keys.length);
      const sorted = keys.subarray(0, filled.length).sort();
      let distinct = 0;
      for (let i = 0; i < sorted.length; i++) {
        if (i > 0 && sorted[i] === sorted[i - 1]) continue;
        let id = vocabulary.get(sorted[i]);
        if (id === undefined) {
          id = vocabulary.size;
          vocabulary.set(sorted[i], id);
          if (id >= df.length) df = grown(df, 0);
        }
        ids[distinct++] = id;
      }
      const unitIds = ids.subarray(0, distinct).sort();
      stream.push(distinct);
      for (let i = 0; i < distinct; i++) {
        const id = unitIds[i];
        stream.push(i === 0 ? id : id - unitIds[i - 1]);
        df[id]++;
      }
    }
  });
  const n = unitDocs.length;
  const terms = vocabulary.size;
  const common = commonLimitOf(n, tunables);
  const rice = Int32Array.from({ length: terms }, (_, t) => riceParameter(n, df[t]));
  // the bits each list takes, from the stream (a term's parameter needs its count, known only now)
  const bitsOf = new Float64Array(terms);
  const lastUnit = new Int32Array(terms).fill(-1);
  forEachPosting(stream, n, (u, id) => {
    if (df[id] > common) return;
    bitsOf[id] += riceLength(u - lastUnit[id], rice[id]);
    lastUnit[id] = u;
  });
  const postingStart = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) postingStart[t + 1] = postingStart[t] + Math.ceil(bitsOf[t] / 8);
  const postings = new Uint8Array(postingStart[terms]);
  const fill = Float64Array.from(postingStart.subarray(0, terms), (start) => start * 8);
  lastUnit.fill(-1);
  const idfSquared = new Float64Array(terms);
  for (let t = 0; t < terms; t++) idfSquared[t] = idfWeight(n, df[t]) ** 2;
  const squares = new Float64Array(n);
  forEachPosting(stream, n, (u, id) => {
    squares[u] += idfSquared[id];
    if (df[id] > common) return;
    fill[id] = writeRice(postings, fill[id], u - lastUnit[id], rice[id]);
    lastUnit[id] = u;
  });
  const unitNorm = Float32Array.from(squares, (sum) => Math.sqrt(sum) || 1);
  const arrays: CorpusIndexArrays = {
    unitDoc: Int32Array.from(unitDocs),
    vocabulary,
    df: df.slice(0, terms),
    postingStart,
    postings,
    unitNorm,
  };
  return new CorpusIndex(docs, arrays, tunables);
}

/** Calls `visit(u, id)` for each term id of each of the `units` units the build's stream holds, in order. */
function forEachPosting(stream: ByteWriter, units: number, visit: (u: number, id: number) => void): void {
  const reader = new ByteReader(stream.bytes);
  for (let u = 0; u < units; u++) {
    const count = reader.next();
    let id = 0;
    for (let i = 0; i < count; i++) visit(u, (id += reader.next()));
  }
}

/** `a` twice as long, the new half filled with `value`. */
function grown(a: Int32Array<ArrayBuffer>, value: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(a.length * 2).fill(value, a.length);
  out.set(a);
  return out;
}

/** Number of units term t occurs in (its document frequency in units). */
export function postingCount(index: CorpusIndex, t: number): number {
  return index.df[t];
}

/** Why a candidate search stopped walking the query's terms. */
export type CandidateStop =
  | 'all-terms' // every term with postings was walked
  | 'posting-budget' // the next rarest term would have gone over `postingBudget`
  | 'common-terms'; // the terms left are common (no postings)

/** The best candidates of a query and how the search went. */
export interface CandidatePool {
  readonly top: ReadonlyArray<{ readonly u: number; readonly score: number }>;
  readonly walkedPostings: number;
  readonly stoppedBy: CandidateStop;
}

/**
 * Units sharing the query's rarest bigrams, scored by binary TF-IDF cosine;
 * the top `limit` unit numbers. Common bigrams count in the norm but are not
 * walked, and the walk stops at the posting budget, so a query costs a few
 * short posting lists however large the corpus.
 */
export function candidates(index: CorpusIndex, ids: readonly number[], limit: number, allowed?: (u: number) => boolean): CandidatePool {
  const acc = index.scratch;
  const { postingStart, postings, idfById, df } = index;
  const n = index.unitCount;
  const touched: number[] = [];
  let qnorm = 0;
  for (const t of ids) qnorm += idfById[t] * idfById[t];
  qnorm = Math.sqrt(qnorm) || 1;
  const walked = [...ids].sort((a, b) => df[a] - df[b]).slice(0, index.tunables.maxQueryTerms);
  let walkedPostings = 0;
  let stoppedBy: CandidateStop = 'all-terms';
  for (const t of walked) {
    if (df[t] > index.commonLimit) {
      stoppedBy = 'common-terms';
      break;
    }
    if (walkedPostings > 0 && walkedPostings + df[t] > index.tunables.postingBudget) {
      stoppedBy = 'posting-budget';
      break;
    }
    walkedPostings += df[t];
    const w2 = idfById[t] * idfById[t];
    const k = riceParameter(n, df[t]) | 0;
    // the gaps as RiceReader reads them (posting-bytes.ts), inline: a 32-bit window of the coming bits (a read past
    // the last list gives undefined, which shifts in as 0; the 32-bit integer steps keep this loop near a varint walk)
    let p = postingStart[t];
    let window = 0;
    let bits = 0;
    let u = -1;
    for (let i = df[t]; i > 0; i--) {
      let q = 0;
      for (;;) {
        while (bits <= 24) {
          window |= postings[p] << (24 - bits);
          p++;
          bits += 8;
        }
        if (window !== 0) break;
        q += bits;
        bits = 0;
      }
      const zeros = Math.clz32(window);
      q += zeros;
      window = zeros === 31 ? 0 : window << (zeros + 1);
      bits -= zeros + 1;
      while (bits <= 24) {
        window |= postings[p] << (24 - bits);
        p++;
        bits += 8;
      }
      let low = 0;
      if (k > 0) {
        low = window >>> (32 - k);
        window <<= k;
        bits -= k;
      }
      // a gap is below the unit count (< 2^31): 32-bit integer arithmetic holds it
      u = (u + (q << k) + low + 1) | 0;
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
  return { top, walkedPostings, stoppedBy };
}

/** Inserts into a list kept sorted by descending score, at most `limit` long. */
export function insertTop(top: Array<{ u: number; score: number }>, item: { u: number; score: number }, limit: number): void {
  let i = top.length;
  while (i > 0 && (top[i - 1].score < item.score || (top[i - 1].score === item.score && top[i - 1].u > item.u))) i--;
  if (i >= limit) return;
  top.splice(i, 0, item);
  if (top.length > limit) top.pop();
}

/** The units term t occurs in, ascending (empty for a common term): the posting list decoded. */
export function unitsOf(index: CorpusIndex, t: number): number[] {
  const out: number[] = [];
  if (index.postingStart[t + 1] === index.postingStart[t]) return out;
  const reader = new RiceReader(index.postings, index.postingStart[t], riceParameter(index.unitCount, index.df[t]));
  for (let u = -1, i = 0; i < index.df[t]; i++) out.push((u += reader.next()));
  return out;
}
