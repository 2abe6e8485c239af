/**
 * The draft check's index at scale. Each corpus size runs in two fresh child
 * processes: one builds the check index over the generated corpus and saves
 * it to a file (the first start); the other starts as the app's engine does
 * after a restart: the corpus as the worker receives it (structured-cloned),
 * the start-up warm-up on the seeds, the index restored from the file, the
 * index's own warm-up, then the user's first check on a draft the warm-ups
 * never saw (timed: "first check after a start"), then warm ones.
 * Memory is the child's: RSS with the corpus alone and with the index, and
 * the index's own bytes per unit. With the search index too: its build (in the
 * first child), its restore from its file as the engine restores it (postings
 * left in the file), a search, and the rss of everything the engine holds.
 * Children run this file bundled (as the engine runs), not through tsx.
 * `npm run bench` prints the 2,000-document lines; `npm run bench -- --sizes
 * 500,2000,8000,20000` (or `npm run bench:scale -- --sizes … [--with-search]`)
 * prints every size with its growth exponents.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSavedIndex } from '../../electron/main/engine/saved-index-file';
import { warmUpEngine, warmUpIndex } from '../../electron/main/engine/warm-up';
import { buildTextIndex, checkDraft, searchCorpus } from '../../shared/engine/index';
import { restoreTextIndex, saveTextIndex } from '../../shared/engine/index/saved-index';
import { buildCorpusIndex, CorpusIndex, corpusIndexTunables } from '../../shared/engine/index/corpus-index';
import { restoreCorpusIndex, saveCorpusIndex } from '../../shared/engine/index/saved-corpus-index';
import type { CorpusDocument, TextIndex } from '../../shared/engine/index';
import type { DraftCheck } from '../../shared/model/comparison';
import { parseDocument } from '../../shared/parse/index';
import { generateCorpus, seededRandom, variantOf } from './generate';
import { benchQueries } from './bench-queries';
import { bundledChild } from './bundled-child';

const here = fileURLToPath(import.meta.url);
/** The seeds; a child started from the bundle (which lives elsewhere) is told where they are. */
const seedsDir = process.env.PRECEDENT_BENCH_SEEDS ?? fileURLToPath(new URL('../../seeds/', import.meta.url));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
/** The middle value (the mean of the two middle ones for an even count). */
function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)] + s[Math.floor(s.length / 2)]) / 2;
}
const mb = (bytes: number) => bytes / 2 ** 20;

/** One size's figures, as the child prints them. */
export interface CheckScaleRow {
  readonly docs: number;
  readonly units: number;
  readonly buildMs: number;
  /** the index restored from its saved bytes (in memory: the file read is not counted), fingerprint checked */
  readonly restoreMs: number;
  readonly savedMB: number;
  readonly indexBytesPerUnit: number;
  readonly rssCorpusMB: number;
  readonly rssMB: number;
  /** rss with the search index too (what the engine holds), when asked for */
  readonly rssBothMB: number | null;
  /** the search index, when asked for: built, restored from its saved bytes, a search (median of the bench's queries' medians) */
  readonly search: SearchAtScale | null;
  readonly firstMs: number;
  readonly warmMs: number;
  /** the same two in CPU time of the process: what a shared, noisy machine does not inflate */
  readonly firstCpuMs: number;
  readonly warmCpuMs: number;
  /** mean best precedent score, walk within the posting budget / walk every rare term */
  readonly top1Ratio: number;
}

/** The search index's figures at one size. */
export interface SearchAtScale {
  readonly buildMs: number;
  /** from its saved bytes, with the documents' content keys checked (the file read is not counted) */
  readonly restoreMs: number;
  readonly savedMB: number;
  readonly searchMs: number;
}

/** In the build child: the search index built over `corpus` and saved to `file`; the build's ms. */
function buildSearch(corpus: readonly CorpusDocument[], file: string): number {
  const t0 = performance.now();
  const built = buildTextIndex(corpus);
  const buildMs = performance.now() - t0;
  writeFileSync(file, saveTextIndex(built));
  return buildMs;
}

/**
 * In the restore child: the search index restored from `file` as the engine does at a start (openSavedIndex: the
 * postings stay in the file), kept, and the bench's queries timed on it (median of their medians).
 */
function restoredSearch(corpus: readonly CorpusDocument[], file: string): { figures: Omit<SearchAtScale, 'buildMs'>; index: TextIndex } {
  const savedMB = mb(statSync(file).size);
  const t0 = performance.now();
  const { index } = restoreTextIndex(openSavedIndex(file), corpus);
  const restoreMs = performance.now() - t0;
  for (let round = 0; round < 3; round++) for (const q of benchQueries) searchCorpus(index, q, { limit: 20 });
  const perQuery = benchQueries.map((q) => {
    const runs: number[] = [];
    for (let run = 0; run < 7; run++) {
      const t = performance.now();
      searchCorpus(index, q, { limit: 20 });
      runs.push(performance.now() - t);
    }
    return median(runs);
  });
  return { figures: { restoreMs, savedMB, searchMs: median(perQuery) }, index };
}

/** Heap and array buffers after collecting, bytes. */
function liveBytes(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** CPU time (user + system) of the process since `from`, ms. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

const meanTop1 = (c: DraftCheck) => c.units.reduce((s, u) => s + (u.precedents[0]?.score ?? 0), 0) / Math.max(1, c.units.length);

/** The seeds, and the generated corpus of `docs` documents and the draft as the engine worker receives them (structured-cloned: flat strings). */
function generated(docs: number) {
  const seedFiles = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = seedFiles.map((fileName) => ({ fileName, text: readFileSync(seedsDir + fileName, 'utf8') }));
  const seeds = texts.map(({ text, fileName }) => parseDocument(text, { fileName }));
  const corpus = structuredClone(generateCorpus(seeds, docs).map((d) => ({ id: d.id, parsed: d.parsed })));
  // the draft too comes to the engine in a message
  const draft = structuredClone(variantOf(seeds[0], seededRandom(7), 'draft', 0, { maxUnits: 40, drop: 0, merge: 0 }).parsed);
  return { texts, corpus, draft };
}

/** Build times of the first child, ms. */
interface Builds {
  readonly buildMs: number;
  readonly searchBuildMs: number | null;
}

/** In the first child (the first start): the check index built over `docs` generated documents, saved to `file`, and the search index to `file`.search when asked for. */
function buildChild(docs: number, file: string, withSearch: boolean): Builds {
  const { corpus } = generated(docs);
  const t0 = performance.now();
  let built: CorpusIndex | null = buildCorpusIndex(corpus);
  const buildMs = performance.now() - t0;
  writeFileSync(file, saveCorpusIndex(built));
  // eslint-disable-next-line no-useless-assignment -- dropping the check index is what frees it for the search index's build
  built = null;
  return { buildMs, searchBuildMs: withSearch ? buildSearch(corpus, `${file}.search`) : null };
}

/** In the second child: a restart of the engine, then the index restored from `file` and the checks. */
function child(
  docs: number,
  warmUp: boolean,
  withSearch: boolean,
  file: string,
): Omit<CheckScaleRow, 'buildMs' | 'search'> & { search: Omit<SearchAtScale, 'buildMs'> | null } {
  const { texts, corpus, draft } = generated(docs);
  const before = liveBytes();
  const rssCorpusMB = mb(process.memoryUsage().rss);
  // what the engine worker runs at start, in the background (on the bundled seeds)
  if (warmUp) warmUpEngine(texts);
  // as after a restart: the index restored from what the first start saved (the restored index lives in these bytes)
  const bytes: Uint8Array = readFileSync(file);
  liveBytes();
  let t0 = performance.now();
  const index = restoreCorpusIndex(bytes, corpus)!;
  const restoreMs = performance.now() - t0;
  const indexBytesPerUnit = (liveBytes() - before) / index.unitCount;
  // what the engine runs in the background once the index is ready (services.ts)
  if (warmUp) warmUpIndex(index);
  let cpu0 = process.cpuUsage();
  t0 = performance.now();
  const first = checkDraft(index, draft, { top: 5 });
  const firstMs = performance.now() - t0;
  const firstCpuMs = cpuMs(cpu0);
  const warm: number[] = [];
  const warmCpu: number[] = [];
  for (let run = 0; run < 5; run++) {
    cpu0 = process.cpuUsage();
    t0 = performance.now();
    checkDraft(index, draft, { top: 5 });
    warm.push(performance.now() - t0);
    warmCpu.push(cpuMs(cpu0));
  }
  const unlimited = new CorpusIndex(corpus, index, { ...corpusIndexTunables, postingBudget: Infinity });
  const top1Ratio = meanTop1(first) / meanTop1(checkDraft(unlimited, draft, { top: 5 }));
  liveBytes();
  const rssMB = mb(process.memoryUsage().rss);
  const search = withSearch ? restoredSearch(corpus, `${file}.search`) : null;
  liveBytes();
  const rssBothMB = search ? mb(process.memoryUsage().rss) : null;
  return {
    docs,
    units: index.unitCount,
    restoreMs,
    savedMB: mb(bytes.length),
    indexBytesPerUnit,
    rssCorpusMB,
    rssMB,
    rssBothMB,
    search: search?.figures ?? null,
    firstMs,
    warmMs: median(warm),
    firstCpuMs,
    warmCpuMs: median(warmCpu),
    top1Ratio,
  };
}

/** Runs `args` in a fresh process (this file bundled, see bundledChild); its last line of output, parsed. */
function spawnChild<T>(args: readonly string[]): T {
  const out = spawnSync(process.execPath, ['--expose-gc', ...bundledChild(here, 'check-scale'), ...args], {
    env: { ...process.env, PRECEDENT_BENCH_SEEDS: seedsDir },
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as T;
}

/** Runs one size: the index built and saved in one fresh process, restored and checked in another. */
function inChild(docs: number, warmUp = true, withSearch = false): CheckScaleRow {
  const dir = mkdtempSync(join(tmpdir(), 'check-scale-'));
  const file = join(dir, 'check-index.bin');
  try {
    const indexes = withSearch ? 'with-search' : 'check-only';
    const { buildMs, searchBuildMs } = spawnChild<Builds>(['--build-child', String(docs), file, indexes]);
    const args = ['--child', String(docs), warmUp ? 'warm-up' : 'cold', indexes, file];
    const row = spawnChild<ReturnType<typeof child>>(args);
    return { ...row, buildMs, search: row.search && { ...row.search, buildMs: searchBuildMs ?? NaN } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Growth exponent between two sizes: log(y2/y1) / log(x2/x1) (^1.00 = linear). */
const exponent = (x1: number, y1: number, x2: number, y2: number): number => Math.log(y2 / y1) / Math.log(x2 / x1);

/** The scaling table: a fresh process per size, each figure with its growth exponent from the size before. */
export function checkScaleTable(sizes: readonly number[], withSearch = false): string[] {
  const searchHead = withSearch ? '  search-index build / restored ms  both indexes ready ms  search ms' : '';
  const lines = [
    `documents    units  check-index build ms  restored ms  saved MB  index B/unit  rss corpus / with index${withSearch ? ' / + search index' : ''} MB  first check / warm ms  first÷warm  (cpu ms, ÷)  top-1 vs full walk${searchHead}`,
  ];
  let last: CheckScaleRow | undefined;
  for (const docs of sizes) {
    const r = inChild(docs, true, withSearch);
    const g = (pick: (x: CheckScaleRow) => number, digits = 0) =>
      `${pick(r).toFixed(digits)}${last ? ` (^${exponent(last.docs, pick(last), r.docs, pick(r)).toFixed(2)})` : ''}`;
    const rss = [r.rssCorpusMB.toFixed(0), g((x) => x.rssMB), ...(withSearch ? [g((x) => x.rssBothMB ?? NaN)] : [])].join(' / ');
    const searchOf = (x: CheckScaleRow): SearchAtScale => x.search ?? { buildMs: NaN, restoreMs: NaN, savedMB: NaN, searchMs: NaN };
    lines.push(
      [
        String(docs).padStart(9),
        String(r.units).padStart(8),
        g((x) => x.buildMs).padStart(21),
        g((x) => x.restoreMs).padStart(12),
        r.savedMB.toFixed(1).padStart(9),
        g((x) => x.indexBytesPerUnit).padStart(13),
        rss.padStart(withSearch ? 44 : 27),
        `${g((x) => x.firstMs)} / ${g((x) => x.warmMs)}`.padStart(22),
        `${(r.firstMs / r.warmMs).toFixed(2)}×`.padStart(11),
        `(${r.firstCpuMs.toFixed(0)} / ${r.warmCpuMs.toFixed(0)}, ${(r.firstCpuMs / r.warmCpuMs).toFixed(2)}×)`.padStart(22),
        r.top1Ratio.toFixed(3).padStart(19),
        ...(withSearch
          ? [
              `${g((x) => searchOf(x).buildMs)} / ${g((x) => searchOf(x).restoreMs)}`.padStart(33),
              g((x) => x.restoreMs + searchOf(x).restoreMs).padStart(22),
              g((x) => searchOf(x).searchMs, 2).padStart(10),
            ]
          : []),
      ].join(' '),
    );
    last = r;
  }
  return lines;
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');

/**
 * The lines `npm run bench` prints at 2,000 documents, from fresh processes started as the engine starts: index
 * build and restore, the check warm and first after a start, the same without the warm-ups, the index's bytes
 * per unit and the rss with both indexes the engine holds (the search index built too).
 */
export function checkStartLines(docs = 2000, processes = 2): string[] {
  const warmed = Array.from({ length: processes }, () => inChild(docs, true));
  // the rss of both indexes is the same started warm or cold; measured once, in the cold start
  const cold = inChild(docs, false, true);
  const med = (pick: (x: CheckScaleRow) => number) => median(warmed.map(pick));
  const [build, restore, first, warm] = [med((x) => x.buildMs), med((x) => x.restoreMs), med((x) => x.firstMs), med((x) => x.warmMs)];
  const rss = cold.rssBothMB ?? NaN;
  const [firstCpu, warmCpu] = [med((x) => x.firstCpuMs), med((x) => x.warmCpuMs)];
  const r = warmed[0];
  const row = (name: string, value: string, rest: string) => `${name.padEnd(44)} ${value.padStart(8)} ${rest}`;
  return [
    `check index over ${r.units.toLocaleString('en')} units (${docs.toLocaleString('en')} documents), fresh processes started as the engine starts, medians of ${processes}:`,
    row('index build (2,000 documents)', build.toFixed(1), `ms  budget < 5000 ms  ${verdict(build < 5000)}`),
    row(
      '  restored from its saved bytes',
      restore.toFixed(1),
      `ms  (${r.savedMB.toFixed(1)} MB; ${r.indexBytesPerUnit.toFixed(0)} B per unit in memory)`,
    ),
    row('check of a 40-measure draft (warm)', warm.toFixed(1), `ms  budget < 300 ms  ${verdict(warm < 300)}`),
    row(
      'first check after a start',
      first.toFixed(1),
      `ms  ${(first / warm).toFixed(2)}× warm  goal ≤ 1.5×  ${verdict(first <= 1.5 * warm)}  (cpu ${firstCpu.toFixed(0)} / ${warmCpu.toFixed(0)} ms, ${(firstCpu / warmCpu).toFixed(2)}×)`,
    ),
    row(
      '  without the start-up warm-ups',
      cold.firstMs.toFixed(1),
      `ms  ${(cold.firstMs / cold.warmMs).toFixed(2)}× its warm ${cold.warmMs.toFixed(1)} ms`,
    ),
    row(
      'resident memory (rss, corpus + both indexes)',
      rss.toFixed(0),
      `MB  budget < 600 MB  ${verdict(rss < 600)}  (corpus alone ${cold.rssCorpusMB.toFixed(0)} MB, with the check index ${cold.rssMB.toFixed(0)} MB)`,
    ),
    `  best precedent per measure: ${r.top1Ratio.toFixed(3)} of a full walk's score (the walk stops at the posting budget)`,
  ];
}

/** `--sizes a,b,c` of the command line (default `fallback`); exits 2 with one line when they are not sizes. */
export function sizesArgument(fallback: string): number[] {
  const at = process.argv.indexOf('--sizes');
  const sizes = (at >= 0 ? (process.argv[at + 1] ?? '') : fallback).split(',').map(Number);
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) {
    console.error('--sizes 应为逗号分隔的正整数,如 500,2000,8000 / --sizes must be comma-separated positive integers, e.g. 500,2000,8000');
    process.exit(2);
  }
  return sizes;
}

/** The title line of the scaling table. */
export const scaleTitle = `draft check and search at scale — Node ${process.version}, a fresh process per size (bundled, as the engine runs); goals at 20,000 documents: rss ≤ 1024 MB, check ≤ 300 ms first and warm, search ≤ 15 ms, index ready ≤ 5 s from saved state`;

function main(): void {
  const sizes = sizesArgument('500,2000');
  console.log(scaleTitle);
  for (const l of checkScaleTable(sizes, process.argv.includes('--with-search'))) console.log(l);
}

const childAt = process.argv.indexOf('--child');
const buildAt = process.argv.indexOf('--build-child');
if (childAt >= 0) {
  const [docs, start, indexes, file] = process.argv.slice(childAt + 1);
  console.log(JSON.stringify(child(Number(docs), start !== 'cold', indexes === 'with-search', file)));
} else if (buildAt >= 0) {
  const [docs, file, indexes] = process.argv.slice(buildAt + 1);
  console.log(JSON.stringify(buildChild(Number(docs), file, indexes === 'with-search')));
} else if (process.argv[1] === here) main();
