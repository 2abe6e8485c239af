/**
 * The draft check's index at scale. Each corpus size runs in a fresh child
 * process, started as the app's engine starts: the start-up warm-up on the
 * seeds, then the check index built over the generated corpus, then the
 * user's first check (timed: "first check after a start"), then warm checks.
 * Memory is the child's: RSS with the corpus alone and with the index, and
 * the index's own bytes per unit. `npm run bench` prints the 2,000-document
 * line; `node --expose-gc --import tsx tests/bench/check-scale.ts --sizes
 * 500,2000,8000,20000` prints every size with its growth exponents.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { warmUpEngine, warmUpIndex } from '../../electron/main/engine/warm-up';
import { checkDraft } from '../../shared/engine/index';
import { buildCorpusIndex, CorpusIndex, corpusIndexTunables } from '../../shared/engine/index/corpus-index';
import { restoreCorpusIndex, saveCorpusIndex } from '../../shared/engine/index/saved-corpus-index';
import type { DraftCheck } from '../../shared/model/comparison';
import { parseDocument } from '../../shared/parse/index';
import { generateCorpus, seededRandom, variantOf } from './generate';

const here = fileURLToPath(import.meta.url);
const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
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
  readonly firstMs: number;
  readonly warmMs: number;
  /** mean best precedent score, walk within the posting budget / walk every rare term */
  readonly top1Ratio: number;
}

/** Heap and array buffers after collecting, bytes. */
function liveBytes(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const meanTop1 = (c: DraftCheck) => c.units.reduce((s, u) => s + (u.precedents[0]?.score ?? 0), 0) / Math.max(1, c.units.length);

/** In the child: a start of the engine, then the index and the checks over `docs` generated documents. */
function child(docs: number, warmUp: boolean): CheckScaleRow {
  const seedFiles = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = seedFiles.map((fileName) => ({ fileName, text: readFileSync(seedsDir + fileName, 'utf8') }));
  const seeds = texts.map(({ text, fileName }) => parseDocument(text, { fileName }));
  const corpus = generateCorpus(seeds, docs).map((d) => ({ id: d.id, parsed: d.parsed }));
  const draft = variantOf(seeds[0], seededRandom(7), 'draft', 0, { maxUnits: 40, drop: 0, merge: 0 }).parsed;
  const before = liveBytes();
  const rssCorpusMB = mb(process.memoryUsage().rss);
  // what the engine worker runs at start, in the background (on the bundled seeds)
  if (warmUp) warmUpEngine(texts);
  let t0 = performance.now();
  let built: CorpusIndex | null = buildCorpusIndex(corpus);
  const buildMs = performance.now() - t0;
  // as after a restart: the index restored from what the last start saved (the restored index lives in these bytes)
  const bytes = saveCorpusIndex(built);
  // eslint-disable-next-line no-useless-assignment -- dropping the built index is what frees it
  built = null;
  t0 = performance.now();
  const index = restoreCorpusIndex(bytes, corpus)!;
  const restoreMs = performance.now() - t0;
  const indexBytesPerUnit = (liveBytes() - before) / index.unitCount;
  // what the engine runs in the background once the index is ready (services.ts)
  if (warmUp) warmUpIndex(index);
  t0 = performance.now();
  const first = checkDraft(index, draft, { top: 5 });
  const firstMs = performance.now() - t0;
  const warm: number[] = [];
  for (let run = 0; run < 5; run++) {
    t0 = performance.now();
    checkDraft(index, draft, { top: 5 });
    warm.push(performance.now() - t0);
  }
  const unlimited = new CorpusIndex(corpus, index, { ...corpusIndexTunables, postingBudget: Infinity });
  const top1Ratio = meanTop1(first) / meanTop1(checkDraft(unlimited, draft, { top: 5 }));
  liveBytes();
  return {
    docs,
    units: index.unitCount,
    buildMs,
    restoreMs,
    savedMB: mb(bytes.length),
    indexBytesPerUnit,
    rssCorpusMB,
    rssMB: mb(process.memoryUsage().rss),
    firstMs,
    warmMs: median(warm),
    top1Ratio,
  };
}

/** Runs one size in a fresh process. */
function inChild(docs: number, warmUp = true): CheckScaleRow {
  const out = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', here, '--child', String(docs), warmUp ? 'warm-up' : 'cold'], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as CheckScaleRow;
}

/** Growth exponent between two sizes: log(y2/y1) / log(x2/x1) (^1.00 = linear). */
const exponent = (x1: number, y1: number, x2: number, y2: number): number => Math.log(y2 / y1) / Math.log(x2 / x1);

/** The scaling table: a fresh process per size, each figure with its growth exponent from the size before. */
export function checkScaleTable(sizes: readonly number[]): string[] {
  const lines = [
    'documents    units  check-index build ms  restored ms  saved MB  index B/unit  rss corpus / with index MB  first check / warm ms  first÷warm  top-1 vs full walk',
  ];
  let last: CheckScaleRow | undefined;
  for (const docs of sizes) {
    const r = inChild(docs);
    const g = (pick: (x: CheckScaleRow) => number, digits = 0) =>
      `${pick(r).toFixed(digits)}${last ? ` (^${exponent(last.docs, pick(last), r.docs, pick(r)).toFixed(2)})` : ''}`;
    lines.push(
      [
        String(docs).padStart(9),
        String(r.units).padStart(8),
        g((x) => x.buildMs).padStart(21),
        g((x) => x.restoreMs).padStart(12),
        r.savedMB.toFixed(1).padStart(9),
        g((x) => x.indexBytesPerUnit).padStart(13),
        `${r.rssCorpusMB.toFixed(0)} / ${g((x) => x.rssMB)}`.padStart(27),
        `${g((x) => x.firstMs)} / ${g((x) => x.warmMs)}`.padStart(22),
        `${(r.firstMs / r.warmMs).toFixed(2)}×`.padStart(11),
        r.top1Ratio.toFixed(3).padStart(19),
      ].join(' '),
    );
    last = r;
  }
  return lines;
}

/** The lines `npm run bench` prints: the first check after a start against warm ones, with and without the warm-up, at 2,000 documents. */
export function checkStartLines(docs = 2000, processes = 3): string[] {
  const warmed = Array.from({ length: processes }, () => inChild(docs, true));
  const cold = inChild(docs, false);
  const first = median(warmed.map((r) => r.firstMs));
  const warm = median(warmed.map((r) => r.warmMs));
  const r = warmed[0];
  return [
    `first check after a start (${docs.toLocaleString('en')} documents, ${r.units.toLocaleString('en')} units, fresh processes):`,
    `  ${first.toFixed(0)} ms  ${(first / warm).toFixed(2)}× warm ${warm.toFixed(0)} ms  goal ≤ 1.5×  ${first <= 1.5 * warm ? 'PASS' : 'OVER'}  ·  without the start-up warm-up ${cold.firstMs.toFixed(0)} ms (${(cold.firstMs / cold.warmMs).toFixed(2)}×)`,
    `  check index ${r.indexBytesPerUnit.toFixed(0)} B per unit, built in ${median(warmed.map((x) => x.buildMs)).toFixed(0)} ms, restored from its saved ${r.savedMB.toFixed(1)} MB in ${median(warmed.map((x) => x.restoreMs)).toFixed(0)} ms; rss ${r.rssCorpusMB.toFixed(0)} MB corpus alone, ${r.rssMB.toFixed(0)} MB with the index; best precedent ${r.top1Ratio.toFixed(3)} of a full walk's`,
  ];
}

function main(): void {
  const at = process.argv.indexOf('--sizes');
  const sizes = (at >= 0 ? (process.argv[at + 1] ?? '') : '500,2000').split(',').map(Number);
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) {
    console.error('--sizes 应为逗号分隔的正整数,如 500,2000,8000 / --sizes must be comma-separated positive integers, e.g. 500,2000,8000');
    process.exit(2);
  }
  console.log(
    `draft check at scale — Node ${process.version}, a fresh process per size; goals at 20,000 documents: rss ≤ 1024 MB, check ≤ 300 ms first and warm`,
  );
  for (const l of checkScaleTable(sizes)) console.log(l);
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) console.log(JSON.stringify(child(Number(process.argv[childAt + 1]), process.argv[childAt + 2] !== 'cold')));
else if (process.argv[1] === here) main();
