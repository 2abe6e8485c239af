/**
 * Cold start of the engine worker: the first 3-document compare in a fresh
 * process, without and with the background warm-up the app runs at start,
 * against warm compares (the median of the runs after). Each case runs in a
 * child process of its own, so "first" really is the first.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workerEngine } from '../../electron/main/engine/index';

const here = fileURLToPath(import.meta.url);
const seeds = ['zhumadian-2024-h2-economy-measures.txt', 'xuchang-2024-q2-double-half-measures.txt', 'district-2024-h2-measures-draft.txt'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** In the child: the first compare's time and the warm median, ms, through the worker as the API calls it. */
async function child(warmUp: boolean): Promise<{ first: number; warm: number; warmUpMs: number }> {
  const engine = workerEngine();
  const texts = seeds.map((f) => readFileSync(fileURLToPath(new URL('../../seeds/' + f, import.meta.url)), 'utf8'));
  const t0 = performance.now();
  // as the app does at start: on the bundled seeds
  if (warmUp) await engine.warmUp(fileURLToPath(new URL('../../seeds/', import.meta.url)));
  const warmUpMs = performance.now() - t0;
  const docs = await Promise.all(texts.map((text, i) => engine.run('parseDocument', text, { fileName: seeds[i] })));
  const compare = async () => {
    const t0 = performance.now();
    await engine.run('compareDocuments', docs, {});
    return performance.now() - t0;
  };
  const first = await compare();
  const warm: number[] = [];
  for (let i = 0; i < 9; i++) warm.push(await compare());
  await engine.close();
  return { first, warm: median(warm.slice(3)), warmUpMs };
}

/** The bench's lines: cold without warm-up, cold with it, warm; medians over fresh processes. */
export function coldStartLines(processes = 2): string[] {
  const run = (mode: string) =>
    Array.from({ length: processes }, () => {
      const out = spawnSync(process.execPath, ['--import', 'tsx', here, '--child', mode], { encoding: 'utf8' });
      if (out.status !== 0) throw new Error(out.stderr);
      return JSON.parse(out.stdout.trim().split('\n').pop()!) as { first: number; warm: number; warmUpMs: number };
    });
  const [cold, warmed] = [run('cold'), run('warm-up')];
  const warm = median([...cold, ...warmed].map((r) => r.warm));
  const [coldFirst, warmedFirst] = [median(cold.map((r) => r.first)), median(warmed.map((r) => r.first))];
  return [
    `first compare, no warm-up (3 documents)       ${coldFirst.toFixed(1).padStart(8)} ms  ${(coldFirst / warm).toFixed(1)}× warm ${warm.toFixed(1)} ms`,
    `first compare after the start-up warm-up      ${warmedFirst.toFixed(1).padStart(8)} ms  ${(warmedFirst / warm).toFixed(1)}× warm  budget ≤ 2×  ${warmedFirst <= 2 * warm ? 'PASS' : 'OVER'}`,
    `  (the warm-up itself, worker start included: ${median(warmed.map((r) => r.warmUpMs)).toFixed(0)} ms in the background)`,
  ];
}

const at = process.argv.indexOf('--child');
if (at >= 0) console.log(JSON.stringify(await child(process.argv[at + 1] === 'warm-up')));
else if (process.argv[1] === here) for (const l of coldStartLines()) console.log(l);
