/**
 * Corpus search: bigram-index candidates, then fuse.js ranks the short list
 * (patterns over 32 characters never go to fuse: long queries rank by n-gram
 * overlap). Filters by region, year, kind and section; snippet + highlights.
 */
import Fuse from 'fuse.js';
import type { SearchFilters, SearchHit } from '../../model/comparison';
import { foldForMatch, normalizeForMatch } from '../../text/normalize';
import { foldLevelWords } from '../diff/match-text';
import { bigramKeys, countKeys } from '../text/features';
import { insertTop, type CorpusIndex } from './corpus-index';
import { highlightSnippet } from './snippet';

/** Options of a search. */
export interface SearchOptions {
  readonly filters?: SearchFilters;
  /** maximum hits (default 20) */
  readonly limit?: number;
}

const fusePatternMax = 32;
const fusePool = 150;

function matchesFilters(index: CorpusIndex, u: number, filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  const meta = index.metaOf(u);
  if (filters.region) {
    const r = meta.region;
    if (![r.province, r.city, r.district, meta.issuer].some((x) => x?.includes(filters.region!))) return false;
  }
  if (filters.year !== undefined && meta.year !== filters.year) return false;
  if (filters.kind && !(meta.kind ?? '').includes(filters.kind) && !meta.title.includes(filters.kind)) return false;
  if (filters.section && !index.units[u].unit.path.some((p) => p.includes(filters.section!))) return false;
  return true;
}

/** Searches every unit of the corpus; ranked hits with snippets and highlights. */
export function searchCorpus(index: CorpusIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const limit = options.limit ?? 20;
  const q = foldLevelWords(normalizeForMatch(query));
  if (!q) return [];
  const allowed = (u: number) => matchesFilters(index, u, options.filters);
  const keys = countKeys(bigramKeys(q)).keys;
  let scored: Array<{ u: number; score: number }>;
  if (keys.length === 0) {
    scored = [];
    index.units.forEach((x, u) => {
      if (x.body.includes(q) && allowed(u)) scored.push({ u, score: 1 });
    });
  } else {
    scored = overlapCandidates(index, keys, allowed, q, limit);
    if (q.length <= fusePatternMax && scored.length > 1) scored = fuseRank(index, scored.slice(0, fusePool), q);
  }
  return scored.slice(0, limit).map(({ u, score }) => {
    const { unit, doc } = index.units[u];
    const { snippet, highlights } = highlightSnippet(unit.text, normalizeForMatch(query));
    return { doc: index.docs[doc].id, unitId: unit.id, label: unit.label, title: unit.title, path: unit.path, score: Math.round(score * 1000) / 1000, snippet, highlights };
  });
}

/** Units sharing query bigrams, scored by the IDF-weighted share of the query they contain (+ exact phrase). */
function overlapCandidates(index: CorpusIndex, keys: Uint32Array, allowed: (u: number) => boolean, q: string, limit: number): Array<{ u: number; score: number }> {
  const acc = index.scratch;
  const touched: number[] = [];
  let total = 0;
  const common = Math.max(50, index.units.length * 0.1);
  for (const key of keys) {
    const t = index.vocabulary.get(key);
    if (t !== undefined && index.postingStart[t + 1] - index.postingStart[t] > common && keys.length > 4) continue;
    const w = t === undefined ? Math.log(1 + index.units.length) : index.idfById[t];
    total += w;
    if (t === undefined) continue;
    for (let p = index.postingStart[t]; p < index.postingStart[t + 1]; p++) {
      const u = index.postingUnits[p];
      if (acc[u] === 0) touched.push(u);
      acc[u] += w;
    }
  }
  const minShare = keys.length <= 2 ? 0.99 : keys.length > fusePatternMax ? 0.3 : 0.5;
  const out: Array<{ u: number; score: number }> = [];
  const keep = Math.max(fusePool, limit);
  for (const u of touched) {
    const sum = acc[u];
    acc[u] = 0;
    const share = sum / total;
    if (share < minShare || (out.length === keep && 0.75 * share + 0.25 <= out[keep - 1].score) || !allowed(u)) continue;
    const exact = index.units[u].body.includes(q) ? 0.25 : 0;
    insertTop(out, { u, score: Math.min(1, 0.75 * share + exact) }, keep);
  }
  return out;
}

/** Re-ranks a short list with fuse.js (title weighted over body), fused with the n-gram score. */
function fuseRank(index: CorpusIndex, pool: Array<{ u: number; score: number }>, q: string): Array<{ u: number; score: number }> {
  const items = pool.map(({ u }) => ({ u, title: foldLevelWords(foldForMatch(index.units[u].unit.title).text), body: index.units[u].body }));
  const fuse = new Fuse(items, {
    keys: [{ name: 'title', weight: 2 }, { name: 'body', weight: 1 }],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.6,
  });
  const fuseScore = new Map<number, number>();
  for (const r of fuse.search(q)) fuseScore.set(r.item.u, 1 - (r.score ?? 1));
  return pool
    .map(({ u, score }) => ({ u, score: 0.6 * score + 0.4 * (fuseScore.get(u) ?? 0) }))
    .sort((a, b) => b.score - a.score || a.u - b.u);
}
