/**
 * Every bad input exits 2 with one zh/en line (the audit: an unreadable file
 * exited 1, a bad catalog.json printed raw JavaScript, `--` did not end the
 * options, `--limit -5` said "no hits", one unreadable --corpus file aborted
 * the command), and the hostile files are refused in under 5 s.
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFile, mkdir, open, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../store/helpers';
import { docxBomb } from '../import/zip-bomb';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

function cli(...args: string[]): Promise<Run> {
  const start = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'electron/cli/index.ts', ...args], { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr, ms: Date.now() - start });
    });
  });
}

/** Exit 2, exactly one line on stderr, in Chinese and English, no stack or JavaScript error text. */
function expectOneLineRefusal(run: Run, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(2);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/[\u4e00-\u9fff].* \/ [A-Za-z]/);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]).not.toMatch(/TypeError|is not a function|at .*\.ts:\d+|undefined/);
}

const seed = 'seeds/xuchang-2024-q2-double-half-measures.txt';

describe('the CLI on hostile files', () => {
  it('refuses the 300 MB zip bomb, a named pipe, /dev/zero and a 200 MB file, each under 5 s with exit 2', async () => {
    const dir = await tempDir();
    const bomb = join(dir, '炸弹.docx');
    await writeFile(bomb, docxBomb(300));
    const fifo = join(dir, '管道.txt');
    execFileSync('mkfifo', [fifo]);
    const big = join(dir, '大.txt');
    const handle = await open(big, 'w');
    await handle.truncate(200 * 1024 * 1024);
    await handle.close();
    const runs: Run[] = [];
    for (const file of [bomb, fifo, big, ...(existsSync('/dev/zero') ? ['/dev/zero'] : [])]) runs.push(await cli('parse', file, '--json'));
    expectOneLineRefusal(runs[0], /zip bomb/);
    expectOneLineRefusal(runs[1], /named pipe/);
    expectOneLineRefusal(runs[2], /too large/);
    if (runs[3]) expectOneLineRefusal(runs[3], /is a device/);
    for (const run of runs) expect(run.ms).toBeLessThan(5000); // the whole command, start-up included
  }, 60_000);

  it('refuses a pipe given to import by name, importing the rest', async () => {
    const dir = await tempDir();
    const fifo = join(dir, '管道.txt');
    execFileSync('mkfifo', [fifo]);
    const run = await cli('import', fifo, seed, '--data-dir', join(dir, 'data'), '--json');
    expect(run.code).toBe(2);
    const { outcomes } = JSON.parse(run.stdout);
    expect(outcomes.map((o: { kind: string }) => o.kind)).toEqual(['refused', 'imported']);
    expect(outcomes[0].reason).toMatch(/命名管道.*named pipe/);
  }, 30_000);
});

describe('CLI arguments', () => {
  it('ends the options at --: a file named like an option is read as a file', async () => {
    const dir = await tempDir();
    await copyFile(seed, join(dir, '--json'));
    const run = await cli('parse', '--', join(dir, '--json'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^标题 \/ title: /);
  }, 30_000);

  it('refuses a negative, fractional or non-numeric number with its range', async () => {
    const runs = await Promise.all([
      cli('search', '以旧换新', '--limit', '-5'),
      cli('check', seed, '--top', '2.5'),
      cli('compare', seed, seed, '--pivot', 'x'),
    ]);
    expectOneLineRefusal(runs[0], /--limit .*1–10000.*-5/);
    expectOneLineRefusal(runs[1], /--top .*1–50.*2\.5/);
    expectOneLineRefusal(runs[2], /--pivot .*0–11.*x/);
  }, 60_000);

  it('refuses an unknown option, a missing value and an unknown command with one line', async () => {
    const runs = await Promise.all([cli('parse', seed, '--jsonn'), cli('search', '以旧换新', '--corpus'), cli('parsee', seed)]);
    expectOneLineRefusal(runs[0], /未知选项 --jsonn/);
    expectOneLineRefusal(runs[1], /--corpus/);
    expectOneLineRefusal(runs[2], /未知命令:parsee/);
  }, 60_000);

  it('skips an unreadable file of --corpus with one warning line and still answers', async () => {
    const dir = await tempDir();
    await copyFile(seed, join(dir, 'xuchang.txt'));
    await writeFile(join(dir, 'broken.txt'), new Uint8Array([0, 1, 2, 3, 0, 0, 9]));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const run = await cli('search', '以旧换新', '--corpus', dir, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).exact.length).toBeGreaterThan(0);
    const warnings = run.stderr.trimEnd().split('\n');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^警告:已跳过 .*broken\.txt.* \/ warning: skipped /);
    expect(warnings[1]).toMatch(/pipe\.txt.*named pipe/);
  }, 30_000);

  it('says what is wrong with a bad catalog.json instead of printing JavaScript', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'a'));
    await mkdir(join(dir, 'b'));
    for (const d of ['a', 'b']) await copyFile(seed, join(dir, d, 'xuchang.txt'));
    await writeFile(join(dir, 'a', 'catalog.json'), '{"documents": 5}');
    await writeFile(join(dir, 'b', 'catalog.json'), '{"documents": [ {"file": "x.txt",');
    const runs = await Promise.all([
      cli('search', '以旧换新', '--corpus', join(dir, 'a')),
      cli('search', '以旧换新', '--corpus', join(dir, 'b')),
    ]);
    expectOneLineRefusal(runs[0], /catalog\.json 格式不对:documents .*is malformed/);
    expectOneLineRefusal(runs[1], /不是有效的 JSON.*not valid JSON/);
  }, 60_000);

  it('exits 2 for a file it may not read', async () => {
    const dir = await tempDir();
    const run = await cli('parse', dir);
    expectOneLineRefusal(run, /is a directory/);
  }, 30_000);
});
