/**
 * CLI start, side by side (taking turns, medians): a bare `node -e ""`, the
 * README's `npm run --silent cli -- parse <seed> --json`, the launcher npm
 * runs (`node electron/cli/launch.cjs`: freshness check, bundle, code cache),
 * the bundle alone through Node's own loader (`node .cache/cli/index.cjs
 * parse …`, no code cache), and the CLI from source through tsx (how `npm run
 * cli` ran before the bundle).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: plain JavaScript module without types
import { buildBundle, bundleEntry, isFresh } from '../../electron/cli/bundle.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const seed = 'seeds/zhumadian-2024-h2-economy-measures.txt';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Medians (ms) of each way to start, and the README's way as a multiple of a bare node start. */
export async function cliStart(rounds = 9): Promise<Record<string, number>> {
  if (!isFresh()) await buildBundle();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const ways: Record<string, readonly [string, readonly string[]]> = {
    'bare node -e ""': [process.execPath, ['-e', '']],
    'npm run --silent cli -- parse': [npm, ['run', '--silent', 'cli', '--', 'parse', seed, '--json']],
    'launcher (node …/launch.cjs)': [process.execPath, ['electron/cli/launch.cjs', 'parse', seed, '--json']],
    'bundle alone (node .cache/cli)': [process.execPath, [bundleEntry() as string, 'parse', seed, '--json']],
    'from source (node --import tsx)': [process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', 'parse', seed, '--json']],
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
  for (let i = 0; i < rounds + 1; i++) {
    for (const [name, [command, args]] of Object.entries(ways)) {
      const t0 = performance.now();
      const run = spawnSync(command, args, { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
      if (run.status !== 0) throw new Error(`${name}: exit ${run.status} ${String(run.stderr)}`);
      if (i > 0) times[name].push(performance.now() - t0);
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/** The bench's lines. */
export async function cliStartLines(): Promise<string[]> {
  const t = await cliStart();
  const bare = t['bare node -e ""'];
  const lines = Object.entries(t).map(
    ([k, v]) => `CLI start: ${k.padEnd(33)} ${v.toFixed(0).padStart(8)} ms  ${(v / bare).toFixed(1)}× bare node`,
  );
  const readme = t['npm run --silent cli -- parse'] / bare;
  lines.push(
    `CLI start: npm run --silent cli parse vs bare node ${readme.toFixed(1).padStart(6)}×  budget ≤ 5×  ${readme <= 5 ? 'PASS' : 'OVER'}`,
  );
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) for (const l of await cliStartLines()) console.log(l);
