import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxHtml, plain, tableRows } from './read-back';

const run = promisify(execFile);
const seed = (name: string) => join(process.cwd(), 'seeds', name);
const zhumadian = seed('zhumadian-2024-h2-economy-measures.txt');
const xuchang = seed('xuchang-2024-q2-double-half-measures.txt');
const district = seed('district-2024-h2-measures-draft.txt');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(process.cwd(), 'node_modules/.bin/tsx'), ['electron/cli/index.ts', 'export', ...args], {
      cwd: process.cwd(),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'precedent-cli-export-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('export on the command line', () => {
  it('refuses fewer than two documents with exit 2', async () => {
    const result = await cli(zhumadian, '--format', 'docx', '--out', join(dir, 'one.docx'));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/至少需要两份文档.* \/ give at least two documents/);
  });

  it('refuses an output folder that does not exist and writes nothing', async () => {
    const result = await cli(zhumadian, xuchang, '--format', 'docx', '--out', join(dir, 'missing', 't.docx'));
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/无法写入.* \/ cannot write/);
    expect(await readdir(dir)).not.toContain('missing');
  });

  it('refuses an output path that is a folder', async () => {
    await mkdir(join(dir, 'taken.docx'));
    const result = await cli(zhumadian, xuchang, '--format', 'docx', '--out', join(dir, 'taken.docx'));
    expect(result.code).toBe(2);
    expect(await readdir(join(dir, 'taken.docx'))).toEqual([]);
  });

  it('writes the .docx of 驻马店 2024 vs 许昌 vs the district draft: three titles, one row per group, struck and inserted text', async () => {
    const out = join(dir, 'three.docx');
    const result = await cli(zhumadian, xuchang, district, '--format', 'docx', '--out', out, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { groups: number; headingRows: number; documents: string[] };
    const html = await docxHtml(await readFile(out));
    const header = html.slice(0, html.indexOf('<table>'));
    for (const title of report.documents) expect(header).toContain(title);
    expect(report.documents).toHaveLength(3);
    expect(tableRows(html)).toHaveLength(1 + report.headingRows + report.groups);
    expect(html).toContain('<s>');
    expect(html).toMatch(/<ins>|<strong>/);
    expect(plain(html)).toContain('无对应条款');
  });

  it('writes a standalone HTML table with --format html', async () => {
    const out = join(dir, 'two.html');
    const result = await cli(zhumadian, district, '--format', 'html', '--out', out);
    expect(result.code).toBe(0);
    const html = await readFile(out, 'utf-8');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toMatch(/<tr class="group" data-status="[^"]+">/);
    expect(await readdir(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
  });
});
