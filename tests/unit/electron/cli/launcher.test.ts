import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript module without types (it runs before anything is built)
import { isFresh } from '../../../../electron/cli/bundle.mjs';
import { docxBytes, gbkBytes, htmlBytes, pdfBytes, seedText } from '../import/make-files';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const seed = 'seeds/zhumadian-2024-h2-economy-measures.txt';
const seeds = [seed, 'seeds/xuchang-2024-q2-double-half-measures.txt', 'seeds/district-2024-h2-measures-draft.txt'];

const launchIn =
  (cache: string) =>
  (...args: string[]) =>
    spawnSync(process.execPath, ['electron/cli/launch.cjs', ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, PRECEDENT_CLI_CACHE: cache },
    });

const fromSource = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], { cwd: repo, encoding: 'utf8' });

/** The code caches one command left beside the chunks, with their modification times. */
const cachesOf = (cache: string, command: string) =>
  Object.fromEntries(
    readdirSync(cache)
      .filter((f) => f.endsWith(`.${command}.code-cache`))
      .map((f) => [f, statSync(join(cache, f)).mtimeMs]),
  );

// one bundle for the whole file: the first test builds it
const cache = join(mkdtempSync(join(tmpdir(), 'precedent-cli-cache-')), 'cli');
const launch = launchIn(cache);

describe('the CLI launcher (npm run cli)', () => {
  it('bundles the CLI on its first run and parses a seed from the bundle', () => {
    const run = launch('parse', seed, '--json');
    expect(run.status).toBe(0);
    const parsed = JSON.parse(run.stdout) as { units: unknown[] };
    expect(parsed.units.length).toBeGreaterThan(30);
    expect(existsSync(join(cache, 'index.cjs'))).toBe(true);
    expect(isFresh(cache)).toBe(true);
  });

  it('saves a code cache on the first run of a command and starts from it on the next', () => {
    const first = cachesOf(cache, 'parse');
    expect(Object.keys(first)).toContain('index.parse.code-cache');
    expect(Object.keys(first).length).toBeGreaterThan(3);
    const again = launch('parse', seed, '--json');
    expect(again.status).toBe(0);
    // a cache V8 accepted is left as it was; one it rejected would have been written anew
    expect(cachesOf(cache, 'parse')).toEqual(first);
  });

  it('writes a damaged code cache anew and still gives the same output', () => {
    const good = launch('parse', seed, '--json').stdout;
    const index = join(cache, 'index.parse.code-cache');
    writeFileSync(index, 'not a V8 code cache');
    const run = launch('parse', seed, '--json');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(good);
    expect(readFileSync(index).length).toBeGreaterThan(1000);
  });

  it('leaves OpenCC out of the bundle: its character pairs are computed when the bundle is built', () => {
    const chunks = readdirSync(cache).filter((f) => f.endsWith('.cjs'));
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(readFileSync(join(cache, chunk), 'utf8')).not.toContain('ConverterFactory');
  });

  it('exits 2 with one bilingual line on bad input, as from source', () => {
    const run = launch('parse', join(tmpdir(), 'no-such-file-precedent.txt'));
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/[\u4e00-\u9fa5].*\/.*[A-Za-z]{3,}/);
  });

  it('rebuilds when a source is newer than the bundle or gone, or the checkout moved', () => {
    const stampFile = join(cache, 'inputs.json');
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { builtAt: number; root: string; inputs: string[] };
    expect(stamp.inputs).toContain('shared/parse/index.ts');
    expect(stamp.inputs).toContain('shared/text/trad-simp-pairs.ts');
    writeFileSync(stampFile, JSON.stringify({ ...stamp, builtAt: 0 }));
    expect(isFresh(cache)).toBe(false);
    writeFileSync(stampFile, JSON.stringify({ ...stamp, inputs: [...stamp.inputs, 'shared/no-such-module.ts'] }));
    expect(isFresh(cache)).toBe(false);
    writeFileSync(stampFile, JSON.stringify({ ...stamp, root: join(stamp.root, 'elsewhere') }));
    expect(isFresh(cache)).toBe(false);
    writeFileSync(stampFile, JSON.stringify(stamp));
    expect(isFresh(cache)).toBe(true);
  });

  it('lets several first runs at once each build and run, all from the bundle', async () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'precedent-cli-race-')), 'cli');
    const once = () =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
        const child = spawn(process.execPath, ['electron/cli/launch.cjs', 'parse', seed, '--json'], {
          cwd: repo,
          env: { ...process.env, PRECEDENT_CLI_CACHE: fresh },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d));
        child.stderr.on('data', (d: Buffer) => (stderr += d));
        child.on('close', (code) => done({ code, stdout, stderr }));
      });
    const runs = await Promise.all([once(), once(), once()]);
    for (const run of runs) {
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(runs[0].stdout);
    }
    expect(isFresh(fresh)).toBe(true);
  }, 30_000);

  it('runs the CLI from source through tsx when the bundle cannot be built', () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'precedent-cli-blocked-')), 'a-file');
    writeFileSync(blocker, '');
    const run = launchIn(join(blocker, 'cli'))('parse', seed, '--json');
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/命令行打包失败.*\/ could not bundle the CLI/);
    expect(run.stdout).toBe(fromSource('parse', seed, '--json').stdout);
  });
});

describe('the bundled CLI against the CLI from source', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precedent-cli-formats-'));
  const text = seedText('zhumadian-2024-h2-economy-measures.txt');

  beforeAll(async () => {
    writeFileSync(join(dir, 'notice.docx'), await docxBytes(text));
    writeFileSync(join(dir, 'notice.pdf'), pdfBytes(text));
    writeFileSync(join(dir, 'notice.html'), htmlBytes(text));
    writeFileSync(join(dir, 'notice-gbk.txt'), gbkBytes(text));
  });

  const same = (...args: string[]) => {
    const bundled = launch(...args);
    const source = fromSource(...args);
    expect(bundled.status).toBe(0);
    expect(bundled.stdout.length).toBeGreaterThan(100);
    expect(bundled.stdout).toBe(source.stdout);
  };

  it('parses a Word file, a PDF, a web page and GBK text the same way', () => {
    for (const file of ['notice.docx', 'notice.pdf', 'notice.html', 'notice-gbk.txt']) same('parse', join(dir, file), '--json');
  });

  it('compares, checks and searches the same way', () => {
    same('compare', ...seeds, '--json');
    same('check', seeds[2], '--top', '3', '--json');
    same('search', '以旧换新', '--json');
  });
});
