/**
 * Search side by side, in one process, taking turns: the engine's exact search
 * beside a plain substring scan over the same folded unit texts and flexsearch
 * (CJK charset) as a peer; the engine's recall of the scan's hits, index build
 * time and index memory per unit. `searchFigures(docs)` is what `npm run bench`
 * prints; `node --expose-gc --import tsx tests/bench/search.ts --sizes 500,2000`
 * (or `npm run bench:search -- --sizes 500,2000,8000,20000`) prints the figures
 * per corpus size with their growth exponents; `--side-by-side 2000` prints the
 * side-by-side figures alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import FlexSearch from 'flexsearch';
import {
  buildCorpusIndex,
  buildTextIndex,
  checkDraft,
  searchCorpus,
  type SearchableDocument,
  type TextIndex,
} from '../../shared/engine/index';
import { restoreTextIndex, saveTextIndex } from '../../shared/engine/index/saved-index';
import type { ParsedDocument } from '../../shared/model/document';
import { parseDocument } from '../../shared/parse/index';
import { normalizeForMatch } from '../../shared/text/normalize';
import { benchQueries } from './bench-queries';
import { generateCorpus, seededRandom, variantOf } from './generate';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Heap and array-buffer bytes once garbage is gone: a freed typed array's memory is released on a later turn of the event loop, so collect, yield and read the least of a few rounds. */
async function settledMemory(): Promise<number> {
  let least = Infinity;
  for (let round = 0; round < 4; round++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    least = Math.min(least, heapUsed + arrayBuffers);
  }
  return least;
}

export { benchQueries } from './bench-queries';

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The plain scan: every folded unit text tested with `includes`. */
function scan(texts: readonly string[], q: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < texts.length; i++) if (texts[i].includes(q)) out.push(i);
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What a person means by "contains": the scan's hits, less a number cut out of a longer one (40亿元 in 640亿元). */
function atomicNumbers(q: string): RegExp {
  return new RegExp(`${/^\d/.test(q) ? '(?<![\\d.]|\\d\\.)' : ''}${escape(q)}${/\d$/.test(q) ? '(?![\\d]|\\.\\d)' : ''}`);
}

/** Figures of one corpus size. */
export interface SearchFigures {
  readonly units: number;
  readonly buildMs: number;
  readonly indexBytesPerUnit: number;
  readonly engineMs: number;
  readonly scanMs: number;
  readonly flexMs: number;
  readonly recall: number;
  readonly flexRecall: number;
}

/** Measures search over `docs`; `withPeer` adds flexsearch. */
export async function measureSearch(docs: readonly SearchableDocument[], withPeer = true, buildRuns = 3): Promise<SearchFigures> {
  const heapBefore = await settledMemory();
  let index: TextIndex = buildTextIndex([]);
  const builds: number[] = [];
  for (let run = 0; run < buildRuns; run++) {
    // drop the previous run's index before collecting, so each build starts from the same heap
    // eslint-disable-next-line no-useless-assignment -- the assignment is what frees it
    index = buildTextIndex([]);
    await settledMemory();
    const t0 = performance.now();
    index = buildTextIndex(docs);
    builds.push(performance.now() - t0);
  }
  const indexBytes = (await settledMemory()) - heapBefore;
  // the scan's texts: the same folded unit texts, in unit order
  const unitTexts: string[] = [];
  const unitKey: string[] = [];
  for (const d of docs) d.parsed.units.forEach((u) => (unitTexts.push(normalizeForMatch(u.text)), unitKey.push(`${d.id}/${u.id}`)));
  const units = unitTexts.length;
  let flex: InstanceType<typeof FlexSearch.Index> | undefined;
  if (withPeer) {
    flex = new FlexSearch.Index({ encoder: FlexSearch.Charset.CJK, tokenize: 'forward' });
    unitTexts.forEach((t, i) => flex!.add(i, t));
  }
  // warm-up: V8 compiles the hot paths of all three during the first rounds
  for (let round = 0; round < 4; round++) {
    for (const q of benchQueries) {
      const fq = normalizeForMatch(q);
      searchCorpus(index, q, { limit: 20 });
      scan(unitTexts, fq);
      flex?.search(fq, { limit: 20 });
    }
  }
  const engine: number[] = [];
  const scanned: number[] = [];
  const flexed: number[] = [];
  let found = 0;
  let expected = 0;
  let flexFound = 0;
  for (const q of benchQueries) {
    const fq = normalizeForMatch(q);
    const whole = atomicNumbers(fq);
    const truth = new Set(
      scan(unitTexts, fq)
        .filter((i) => whole.test(unitTexts[i]))
        .map((i) => unitKey[i]),
    );
    const all = searchCorpus(index, q, { limit: 1e9 })
      .exact.filter((h) => h.place.kind === 'unit')
      .map((h) => `${h.doc}/${h.unitId}`);
    expected += truth.size;
    found += all.filter((k) => truth.has(k)).length;
    if (flex) flexFound += (flex.search(fq, { limit: units }) as number[]).filter((i) => truth.has(unitKey[i])).length;
    const e: number[] = [];
    const s: number[] = [];
    const f: number[] = [];
    for (let run = 0; run < 9; run++) {
      let t0 = performance.now();
      searchCorpus(index, q, { limit: 20 });
      e.push(performance.now() - t0);
      t0 = performance.now();
      scan(unitTexts, fq);
      s.push(performance.now() - t0);
      if (flex) {
        t0 = performance.now();
        flex.search(fq, { limit: 20 });
        f.push(performance.now() - t0);
      }
    }
    engine.push(median(e.slice(3)));
    scanned.push(median(s.slice(3)));
    if (flex) flexed.push(median(f.slice(3)));
  }
  return {
    units,
    buildMs: median(builds),
    indexBytesPerUnit: indexBytes / units,
    engineMs: median(engine),
    scanMs: median(scanned),
    flexMs: flex ? median(flexed) : NaN,
    recall: expected === 0 ? 1 : found / expected,
    flexRecall: expected === 0 ? 1 : flexFound / expected,
  };
}

/** The lines `npm run bench` prints for search. */
export async function searchFigures(docs: readonly SearchableDocument[]): Promise<string[]> {
  const f = await measureSearch(docs);
  const n = f.units.toLocaleString('en');
  return [
    `search at ${n} units, median of ${benchQueries.length} queries' medians (alternating runs):`,
    `  engine ${f.engineMs.toFixed(2)} ms  ·  substring scan ${f.scanMs.toFixed(2)} ms  ·  flexsearch ${f.flexMs.toFixed(2)} ms`,
    `  engine / scan ${(f.engineMs / f.scanMs).toFixed(2)}×  goal ≤ 0.2×  ${f.engineMs <= 0.2 * f.scanMs ? 'PASS' : 'OVER'}`,
    `  recall of the scan's hits: engine ${f.recall.toFixed(3)}  goal 1.00  ${f.recall === 1 ? 'PASS' : 'OVER'}  ·  flexsearch ${f.flexRecall.toFixed(3)}`,
    `  search index build ${f.buildMs.toFixed(0)} ms  goal < 5000 ms  ${f.buildMs < 5000 ? 'PASS' : 'OVER'}  ·  memory ${(f.indexBytesPerUnit / 1024).toFixed(2)} KB per unit  goal ≤ 1.7  ${f.indexBytesPerUnit <= 1.7 * 1024 ? 'PASS' : 'OVER'}`,
  ];
}

/** Growth exponent between two sizes: log(y2/y1) / log(x2/x1). */
const exponent = (x1: number, y1: number, x2: number, y2: number): number => Math.log(y2 / y1) / Math.log(x2 / x1);

/** Figures of one size of the scaling table. */
interface ScaleRow {
  readonly docs: number;
  readonly units: number;
  readonly buildMs: number;
  readonly restoreMs: number;
  readonly savedMB: number;
  readonly indexKB: number;
  readonly engineMs: number;
  readonly scanMs: number;
  readonly recall: number;
  readonly checkFirstMs: number;
  readonly checkWarmMs: number;
  readonly rssMB: number;
}

/** One size: search figures, the saved index restored, and the draft check first and warm. */
async function scaleRow(seeds: readonly ParsedDocument[], docs: number): Promise<ScaleRow> {
  const corpus = generateCorpus(seeds, docs);
  const f = await measureSearch(corpus, false, docs > 2000 ? 1 : 3);
  const index = buildTextIndex(corpus);
  const bytes = saveTextIndex(index);
  gc();
  const restores: number[] = [];
  for (let run = 0; run < (docs > 2000 ? 1 : 3); run++) {
    const t0 = performance.now();
    restoreTextIndex(bytes, corpus);
    restores.push(performance.now() - t0);
  }
  const checkIndex = buildCorpusIndex(corpus.map((d) => ({ id: d.id, parsed: d.parsed })));
  const draft = variantOf(seeds[0], seededRandom(7), 'draft', 0, { maxUnits: 40, drop: 0, merge: 0 }).parsed;
  let t0 = performance.now();
  checkDraft(checkIndex, draft, { top: 5 });
  const checkFirstMs = performance.now() - t0;
  const warm: number[] = [];
  for (let run = 0; run < 5; run++) {
    t0 = performance.now();
    checkDraft(checkIndex, draft, { top: 5 });
    warm.push(performance.now() - t0);
  }
  gc();
  return {
    docs,
    units: f.units,
    buildMs: f.buildMs,
    restoreMs: median(restores),
    savedMB: bytes.length / 2 ** 20,
    indexKB: f.indexBytesPerUnit / 1024,
    engineMs: f.engineMs,
    scanMs: f.scanMs,
    recall: f.recall,
    checkFirstMs,
    checkWarmMs: median(warm),
    rssMB: process.memoryUsage().rss / 2 ** 20,
  };
}

/** The scaling table: one line per size, each figure with its growth exponent from the size before (^1.00 = linear). */
export async function scalingTable(seeds: readonly ParsedDocument[], sizes: readonly number[]): Promise<string[]> {
  const lines = [
    'documents    units  search-index build ms  restored ms  saved MB  KB/unit  search ms  scan ms  recall  check first / warm ms  rss MB',
  ];
  let last: ScaleRow | undefined;
  for (const docs of sizes) {
    const r = await scaleRow(seeds, docs);
    const g = (pick: (x: ScaleRow) => number, digits = 1) =>
      `${pick(r).toFixed(digits)}${last ? ` (^${exponent(last.docs, pick(last), r.docs, pick(r)).toFixed(2)})` : ''}`;
    lines.push(
      [
        String(docs).padStart(9),
        String(r.units).padStart(8),
        g((x) => x.buildMs, 0).padStart(22),
        g((x) => x.restoreMs, 0).padStart(12),
        r.savedMB.toFixed(1).padStart(9),
        r.indexKB.toFixed(2).padStart(8),
        g((x) => x.engineMs, 2).padStart(10),
        g((x) => x.scanMs, 2).padStart(8),
        r.recall.toFixed(3).padStart(7),
        `${r.checkFirstMs.toFixed(0)} / ${g((x) => x.checkWarmMs, 0)}`.padStart(22),
        g((x) => x.rssMB, 0).padStart(8),
      ].join(' '),
    );
    last = r;
  }
  return lines;
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--sizes');
  const sizes = (at >= 0 ? (process.argv[at + 1] ?? '') : '500,2000').split(',').map(Number);
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) {
    console.error('--sizes 应为逗号分隔的正整数,如 500,2000,8000 / --sizes must be comma-separated positive integers, e.g. 500,2000,8000');
    process.exit(2);
  }
  const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseDocument(readFileSync(seedsDir + f, 'utf8'), { fileName: f }));
  const side = process.argv.indexOf('--side-by-side');
  if (side >= 0) {
    // the figures `npm run bench` prints, at a corpus of N generated documents (2,000 ≈ 80k units)
    for (const l of await searchFigures(generateCorpus(seeds, Number(process.argv[side + 1] ?? 2000)))) console.log(l);
    return;
  }
  console.log(
    `search and index at scale — Node ${process.version}, medians; goals at 20,000 documents: rss ≤ 1024 MB, check ≤ 300 ms first and warm, search ≤ 15 ms, index ready ≤ 5 s from saved state`,
  );
  for (const l of await scalingTable(seeds, sizes)) console.log(l);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
