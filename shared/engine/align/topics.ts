/**
 * The policy topics a unit speaks of (`policyTopics`), as a small TF-IDF
 * vector over topic ids. Two measures on one matter in each city's own words
 * (人才队伍建设 / 招才引智, 绿色制造 / 碳达峰) share a topic where they share
 * few bigrams; the IDF of the two documents makes a topic that most of their
 * units touch count for little.
 */
import { policyTopics, type PolicyTopic } from '../../text/policy-topics';
import { idfWeight } from '../text/idf';

/** How often a text names each topic: ids ascending, with counts. */
export interface TopicCounts {
  readonly ids: Uint16Array;
  readonly counts: Uint16Array;
}

/** A unit-length topic vector (ids ascending). */
export interface TopicVector {
  readonly ids: Uint16Array;
  readonly weights: Float32Array;
}

interface Entry {
  readonly term: string;
  readonly topics: readonly number[];
}

/** Terms by their first two characters, longest first; a term of several topics names each of them. */
function indexOf(topics: readonly PolicyTopic[]): Map<string, Entry[]> {
  const byTerm = new Map<string, number[]>();
  topics.forEach((t, id) => {
    for (const term of t.terms) {
      const ids = byTerm.get(term) ?? [];
      if (!ids.includes(id)) ids.push(id);
      byTerm.set(term, ids);
    }
  });
  const index = new Map<string, Entry[]>();
  for (const [term, ids] of byTerm) {
    const list = index.get(term.slice(0, 2)) ?? [];
    list.push({ term, topics: ids });
    index.set(term.slice(0, 2), list);
  }
  for (const list of index.values()) list.sort((a, b) => b.term.length - a.term.length || (a.term < b.term ? -1 : 1));
  return index;
}

const index = indexOf(policyTopics);

/** The topics `text` (folded for matching) names and how often: at each place the longest term found counts, once. */
export function topicCounts(text: string): TopicCounts {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < text.length;) {
    const found = index.get(text.slice(i, i + 2))?.find((e) => text.startsWith(e.term, i));
    if (!found) {
      i++;
      continue;
    }
    for (const id of found.topics) counts.set(id, (counts.get(id) ?? 0) + 1);
    i += found.term.length;
  }
  const ids = Uint16Array.from(counts.keys()).sort();
  return { ids, counts: Uint16Array.from(ids, (id) => Math.min(65535, counts.get(id)!)) };
}

/** IDF weight of each topic over a set of units' topic counts. */
export function topicIdfOf(units: readonly TopicCounts[]): (id: number) => number {
  const df = new Map<number, number>();
  for (const u of units) for (const id of u.ids) df.set(id, (df.get(id) ?? 0) + 1);
  return (id) => idfWeight(units.length, df.get(id) ?? 1);
}

/** The unit-length TF-IDF topic vector of one unit or of several taken together. */
export function topicVectorOf(idf: (id: number) => number, ...parts: readonly TopicCounts[]): TopicVector {
  const tf = new Map<number, number>();
  for (const p of parts) for (let k = 0; k < p.ids.length; k++) tf.set(p.ids[k], (tf.get(p.ids[k]) ?? 0) + p.counts[k]);
  const ids = Uint16Array.from(tf.keys()).sort();
  const weights = Float32Array.from(ids, (id) => (1 + Math.log(tf.get(id)!)) * idf(id));
  const norm = Math.sqrt(weights.reduce((s, w) => s + w * w, 0)) || 1;
  for (let k = 0; k < weights.length; k++) weights[k] /= norm;
  return { ids, weights };
}

/** Cosine of two topic vectors, 0..1 (0 when either names no topic). */
export function topicCosine(a: TopicVector, b: TopicVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) sum += a.weights[i++] * b.weights[j++];
    else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return Math.min(1, sum);
}
