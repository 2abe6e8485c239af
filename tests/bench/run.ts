/**
 * `npm run bench`: medians of several runs for every budget of DESIGN.md,
 * with PASS/OVER. Speed is measured here only, never in unit tests.
 * `npm run bench -- --sizes 500,2000,8000,20000` prints the scaling table
 * instead (check-scale.ts: both indexes, each figure with its growth exponent).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../shared/parse/index';
import { compareDocuments } from '../../shared/engine/index';
import { generateCorpus } from './generate';
import { searchFigures } from './search';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Times of `runs` calls of `fn`, each after `between` (untimed), in call order. */
function times(runs: number, fn: () => void, between: () => void = () => undefined): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    between();
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** Runs before the measured ones: V8 is still compiling the hot code during the first few (they take 2–3 times as long). */
const warmUpRuns = 4;

/** Median of warm runs; the cold first run and the warm-up runs after it are printed on their own. */
function warmTime(name: string, runs: number, fn: () => void, budget: number): void {
  const all = times(warmUpRuns + runs, fn);
  line(name, median(all.slice(warmUpRuns)), budget);
  const [first, ...warmUp] = all.slice(0, warmUpRuns);
  console.log(`${''.padEnd(44)} (first, cold run ${first.toFixed(1)} ms; warm-up ${warmUp.map((t) => t.toFixed(1)).join(', ')} ms)`);
}

function line(name: string, value: number, budget: number, unit = 'ms'): void {
  const shown = unit === 'ms' ? value.toFixed(1) : value.toFixed(0);
  console.log(`${name.padEnd(44)} ${shown.padStart(8)} ${unit}  budget < ${budget} ${unit}  ${value < budget ? 'PASS' : 'OVER'}`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--sizes')) {
    // the scaling figures alone: both indexes, a fresh process per size
    const scale = await import('./check-scale');
    const sizes = scale.sizesArgument('');
    console.log(scale.scaleTitle);
    for (const l of scale.checkScaleTable(sizes, true)) console.log(l);
    return;
  }
  const files = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = files.map((f) => ({ f, text: readFileSync(seedsDir + f, 'utf8') }));
  console.log(`Precedent bench — Node ${process.version}, medians`);
  warmTime('parse all five seeds', 15, () => texts.forEach(({ f, text }) => parseDocument(text, { fileName: f })), 30);
  const parsed = texts.map(({ f, text }) => parseDocument(text, { fileName: f }));
  const byName = (part: string) => parsed[files.findIndex((f) => f.includes(part))];
  const trio = [byName('zhumadian-2024'), byName('xuchang'), byName('district')];
  warmTime('align + diff 驻马店2024 vs 许昌 vs district', 15, () => compareDocuments(trio), 50);
  await (await import('./scale')).printScaleFigures();

  const corpus = generateCorpus(parsed, 2000);
  const unitCount = corpus.reduce((n, d) => n + d.parsed.units.length, 0);
  console.log(`synthetic corpus: ${corpus.length} documents, ${unitCount} units`);
  for (const l of await searchFigures(corpus)) console.log(l);
  for (const l of (await import('./check-scale')).checkStartLines()) console.log(l);
  for (const l of await (await import('./store-import')).measureStoreImport(parsed)) console.log(l);
  try {
    const render = (await import('./render' as string)) as { measureRender(): Promise<{ lines: string[] }> };
    const { lines } = await render.measureRender();
    for (const l of lines) console.log(l);
  } catch (error) {
    console.log(`render: not measured — ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

void main();
