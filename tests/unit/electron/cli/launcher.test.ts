import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript module without types (it runs before anything is built)
import { isFresh } from '../../../../electron/cli/bundle.mjs';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const seed = 'seeds/zhumadian-2024-h2-economy-measures.txt';

describe('the CLI launcher (npm run cli)', () => {
  const cache = join(mkdtempSync(join(tmpdir(), 'precedent-cli-cache-')), 'cli');
  const launch = (...args: string[]) =>
    spawnSync(process.execPath, ['electron/cli/launch.mjs', ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, PRECEDENT_CLI_CACHE: cache },
    });

  it('bundles the CLI on its first run and parses a seed from the bundle', () => {
    const run = launch('parse', seed, '--json');
    expect(run.status).toBe(0);
    const parsed = JSON.parse(run.stdout) as { units: unknown[] };
    expect(parsed.units.length).toBeGreaterThan(30);
    expect(existsSync(join(cache, 'index.js'))).toBe(true);
    expect(isFresh(cache)).toBe(true);
  });

  it('gives the same JSON as the CLI run from source', () => {
    const fromSource = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', 'parse', seed, '--json'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(launch('parse', seed, '--json').stdout).toBe(fromSource.stdout);
  });

  it('exits 2 with one bilingual line on bad input, as from source', () => {
    const run = launch('parse', join(tmpdir(), 'no-such-file-precedent.txt'));
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/[\u4e00-\u9fa5].*\/.*[A-Za-z]{3,}/);
  });

  it('rebuilds when a source is newer than the bundle or gone', () => {
    const stampFile = join(cache, 'inputs.json');
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { builtAt: number; inputs: string[] };
    expect(stamp.inputs).toContain('shared/parse/index.ts');
    writeFileSync(stampFile, JSON.stringify({ ...stamp, builtAt: 0 }));
    expect(isFresh(cache)).toBe(false);
    writeFileSync(stampFile, JSON.stringify({ ...stamp, inputs: [...stamp.inputs, 'shared/no-such-module.ts'] }));
    expect(isFresh(cache)).toBe(false);
    writeFileSync(stampFile, JSON.stringify(stamp));
    expect(isFresh(cache)).toBe(true);
  });
});
