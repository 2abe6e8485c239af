/**
 * Search side by side, in one process, taking turns: the engine's exact search
 * beside a plain substring scan over the same folded unit texts and flexsearch
 * (CJK charset) as a peer; the engine's recall of the scan's hits, index build
 * time and index memory per unit. `searchFigures(docs)` is what `npm run bench`
 * prints; `node --expose-gc --import tsx tests/bench/search.ts --sizes 500,2000`
 * prints the figures per corpus size with their growth exponents.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import FlexSearch from 'flexsearch';
import { buildTextIndex, searchCorpus, type SearchableDocument, type TextIndex } from '../../shared/engine/index';
import { parseDocument } from '../../shared/parse/index';
import { normalizeForMatch } from '../../shared/text/normalize';
import { generateCorpus } from './generate';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Queries of the comparison: words, offices, an amount, a 责任单位 phrase, two-character words, long phrases. */
export const benchQueries: readonly string[] = [
  '以旧换新', '技术合同成交额', '营商环境', '专精特新', '电力保供', '市发改委', '按职责分工负责', '40亿元', '项目', '创新',
  '全面推进大规模设备更新和消费品以旧换新工作',
  '实施科技成果转移转化能力提升三年行动,争创省科技成果转移转化示范区',
];

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
export function measureSearch(docs: readonly SearchableDocument[], withPeer = true): SearchFigures {
  gc();
  const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  let index: TextIndex = buildTextIndex([]);
  const builds: number[] = [];
  for (let run = 0; run < 3; run++) {
    index = buildTextIndex([]);
    gc();
    const t0 = performance.now();
    index = buildTextIndex(docs);
    builds.push(performance.now() - t0);
  }
  gc();
  const indexBytes = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heapBefore;
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
    const truth = new Set(scan(unitTexts, fq).filter((i) => whole.test(unitTexts[i])).map((i) => unitKey[i]));
    const all = searchCorpus(index, q, { limit: 1e9 }).exact.filter((h) => h.place.kind === 'unit').map((h) => `${h.doc}/${h.unitId}`);
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
export function searchFigures(docs: readonly SearchableDocument[]): string[] {
  const f = measureSearch(docs);
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

async function main(): Promise<void> {
  const at = process.argv.indexOf('--sizes');
  const sizes = (at >= 0 ? process.argv[at + 1] : '500,2000').split(',').map(Number);
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) {
    console.error('--sizes 应为逗号分隔的正整数 / --sizes must be comma-separated positive integers');
    process.exit(2);
  }
  const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => parseDocument(readFileSync(seedsDir + f, 'utf8'), { fileName: f }));
  console.log('documents   units   build ms   KB/unit   engine ms   scan ms   engine/scan   recall');
  let last: { docs: number; f: SearchFigures } | undefined;
  for (const size of sizes) {
    const f = measureSearch(generateCorpus(seeds, size), false);
    const g = (pick: (x: SearchFigures) => number) => (last ? ` (^${exponent(last.docs, pick(last.f), size, pick(f)).toFixed(2)})` : '');
    console.log(
      `${String(size).padStart(9)} ${String(f.units).padStart(7)} ${(f.buildMs.toFixed(0) + g((x) => x.buildMs)).padStart(16)} ${(f.indexBytesPerUnit / 1024).toFixed(2).padStart(8)} ${(f.engineMs.toFixed(2) + g((x) => x.engineMs)).padStart(16)} ${(f.scanMs.toFixed(2) + g((x) => x.scanMs)).padStart(16)} ${(f.engineMs / f.scanMs).toFixed(2).padStart(8)} ${f.recall.toFixed(3).padStart(8)}`,
    );
    last = { docs: size, f };
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
