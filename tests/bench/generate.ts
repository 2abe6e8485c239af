/**
 * Deterministic synthetic corpus from the seeds: each document is a variant
 * of a seed with renumbering, reordering, synonym rewording, number and
 * department changes, merges and dropped units. Every variant records which
 * source units each of its units came from, so alignment has ground truth.
 */
import type { DocumentMeta, ParsedDocument, Unit } from '../../shared/model/document';

/** A generated document and, per unit, the ids of the source units it came from. */
export interface SyntheticDocument {
  readonly id: string;
  readonly parsed: ParsedDocument;
  /** truth[i] = source unit ids of parsed.units[i] (two for a merge) */
  readonly truth: readonly (readonly string[])[];
  /** index of the seed it was made from */
  readonly source: number;
}

/** How strongly a variant departs from its source. */
export interface VariantOptions {
  readonly maxUnits?: number;
  readonly drop?: number;
  readonly merge?: number;
  readonly swap?: number;
  readonly reword?: number;
}

/** mulberry32: a small seeded PRNG, so every run generates the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const synonyms: ReadonlyArray<readonly [string, string]> = [
  ['加快', '加速'],
  ['推进', '推动'],
  ['支持', '扶持'],
  ['鼓励', '引导'],
  ['积极', '主动'],
  ['全面', '全方位'],
  ['提升', '提高'],
  ['加强', '强化'],
  ['完善', '健全'],
  ['开展', '组织开展'],
  ['力争', '争取'],
  ['持续', '不断'],
  ['优化', '改善'],
  ['深入', '扎实'],
  ['重点', '重要'],
  ['培育', '培养'],
  ['发展', '发展壮大'],
  ['落实', '贯彻落实'],
];
const departments = [
  '发展改革委',
  '工业和信息化局',
  '科技局',
  '财政局',
  '商务局',
  '自然资源局',
  '生态环境局',
  '住房城乡建设局',
  '农业农村局',
  '人力资源社会保障局',
];
const leadingLabel = /^\s*(?:[(（][一二三四五六七八九十百零]+[)）]|\d+[.．、])/;

function rewordText(text: string, rng: () => number, strength: number): string {
  let out = text;
  for (const [from, to] of synonyms) if (rng() < strength) out = out.split(from).join(to);
  out = out.replace(/\d+(?:\.\d+)?/g, (n) => (rng() < strength ? String(Math.max(1, Math.round(Number(n) * (0.5 + rng() * 1.5)))) : n));
  out = out.replace(/市([\u4e00-\u9fff]{1,8}?(?:局|委))/g, (m) =>
    rng() < strength ? `区${departments[Math.floor(rng() * departments.length)]}` : m,
  );
  const sentences = out.split(/(?<=。)/);
  if (sentences.length > 3 && rng() < strength) sentences.splice(1 + Math.floor(rng() * (sentences.length - 2)), 1);
  return sentences.join('');
}

/** One variant of a parsed seed with the ground truth of its units. */
export function variantOf(
  base: ParsedDocument,
  rng: () => number,
  id: string,
  source: number,
  options: VariantOptions = {},
): SyntheticDocument {
  const { maxUnits = 60, drop = 0.08, merge = 0.05, swap = 0.1, reword = 0.35 } = options;
  const start = base.units.length > maxUnits ? Math.floor(rng() * (base.units.length - maxUnits)) : 0;
  let pieces: Array<{ units: Unit[] }> = base.units
    .slice(start, start + maxUnits)
    .filter(() => rng() >= drop)
    .map((u) => ({ units: [u] }));
  const merged: Array<{ units: Unit[] }> = [];
  for (const p of pieces) {
    const last = merged[merged.length - 1];
    if (last && last.units.length === 1 && rng() < merge) last.units.push(...p.units);
    else merged.push(p);
  }
  pieces = merged;
  for (let i = 0; i + 1 < pieces.length; i++) {
    if (rng() < swap) [pieces[i], pieces[i + 1]] = [pieces[i + 1], pieces[i]];
  }
  const units: Unit[] = pieces.map((p, i) => {
    const first = p.units[0];
    const body = rewordText(p.units.map((u) => u.text.replace(leadingLabel, '')).join(''), rng, reword);
    const label = first.kind === 'paragraph' ? '' : String(i + 1);
    const text = label ? `${label}.${body}` : body;
    const title = first.title ? rewordText(first.title, rng, reword / 2) : '';
    return {
      ...first,
      id: `${id}.u${i + 1}`,
      label,
      ordinal: i + 1,
      title,
      text,
      targets: [],
      span: { start: 0, endExclusive: text.length },
    };
  });
  const meta: DocumentMeta = { ...base.meta, title: `${base.meta.title}(${id})`, year: 2019 + Math.floor(rng() * 7) };
  return { id, parsed: { ...base, meta, units }, truth: pieces.map((p) => p.units.map((u) => u.id)), source };
}

const unitsPerDocument = 40;

/** Adds units borrowed from other seeds (no ground truth counterpart) until the document has `size` units. */
function padTo(doc: SyntheticDocument, seeds: readonly ParsedDocument[], rng: () => number, size: number): SyntheticDocument {
  const units = [...doc.parsed.units];
  const truth = [...doc.truth];
  while (units.length < size) {
    const other = seeds[Math.floor(rng() * seeds.length)];
    const borrowed = other.units[Math.floor(rng() * other.units.length)];
    const at = Math.floor(rng() * (units.length + 1));
    units.splice(at, 0, { ...borrowed, id: `${doc.id}.b${units.length}` });
    truth.splice(at, 0, []);
  }
  const renumbered = units.map((u, i) => (u.kind === 'paragraph' ? u : { ...u, label: String(i + 1), ordinal: i + 1 }));
  return { ...doc, parsed: { ...doc.parsed, units: renumbered }, truth };
}

/** A corpus of `count` variants of the seeds, the same for the same `seed`. */
export function generateCorpus(seeds: readonly ParsedDocument[], count: number, seed = 20240801): SyntheticDocument[] {
  const rng = seededRandom(seed);
  const out: SyntheticDocument[] = [];
  for (let i = 0; i < count; i++) {
    const source = Math.floor(rng() * seeds.length);
    const doc = variantOf(seeds[source], rng, `syn-${String(i).padStart(4, '0')}`, source, { maxUnits: 48 });
    out.push(padTo(doc, seeds, rng, unitsPerDocument));
  }
  return out;
}
