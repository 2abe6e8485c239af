/**
 * The audit's hostile files, each refused (or read) in well under 5 s: a 1 MB
 * .docx that inflates to 300 MB (it killed the process after 80 s at 4.5 GB),
 * a named pipe and /dev/zero (read forever), a 200 MB text (imported, then
 * rewritten at every change), and 600 KB of unclosed `<!--` (51 s).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../../electron/main/services/import/extract';
import { readInputFile } from '../../../../electron/main/services/import/read-input';
import { htmlToText } from '../../../../electron/main/services/import/html';
import { defaultImportLimits } from '../../../../electron/main/services/import/limits';
import { tempDir } from '../store/helpers';
import { docxBomb, manyParts } from './zip-bomb';

async function timed<T>(work: Promise<T>): Promise<{ ms: number; error: unknown }> {
  const start = Date.now();
  try {
    await work;
    return { ms: Date.now() - start, error: undefined };
  } catch (error) {
    return { ms: Date.now() - start, error };
  }
}

/** A sparse file of `bytes` (no disk used). */
async function sparse(path: string, bytes: number): Promise<string> {
  const handle = await open(path, 'w');
  await handle.truncate(bytes);
  await handle.close();
  return path;
}

describe('hostile files', () => {
  it('refuses a 1 MB .docx that inflates to 300 MB from its zip directory, before inflating', async () => {
    const bomb = docxBomb(300);
    expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024);
    const { ms, error } = await timed(extractText('炸弹.docx', bomb));
    expect(ms).toBeLessThan(5000);
    expect(error).toMatchObject({ code: 'zip-budget' });
    expect((error as Error).message).toMatch(/炸弹\.docx 解压后有 300\.\d MB.*zip bomb/);
  });

  it('refuses the same bomb when its directory lies about the size', async () => {
    const { ms, error } = await timed(extractText('炸弹.docx', docxBomb(300, false)));
    expect(ms).toBeLessThan(5000);
    expect(error).toMatchObject({ code: 'zip-budget' });
  });

  it('refuses a zip with more parts than the budget', async () => {
    const { error } = await timed(extractText('多.docx', manyParts(defaultImportLimits.maxZipEntries + 1)));
    expect(error).toMatchObject({ code: 'zip-budget' });
    expect((error as Error).message).toContain(`${defaultImportLimits.maxZipEntries + 1} 个部件`);
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe at once instead of reading it forever', async () => {
    const fifo = join(await tempDir(), '管道.txt');
    execFileSync('mkfifo', [fifo]);
    const { ms, error } = await timed(readInputFile(fifo));
    expect(ms).toBeLessThan(1000);
    expect(error).toMatchObject({ code: 'not-a-file', message: expect.stringContaining('命名管道') });
  });

  it.skipIf(!existsSync('/dev/zero'))('refuses /dev/zero at once', async () => {
    const { ms, error } = await timed(readInputFile('/dev/zero'));
    expect(ms).toBeLessThan(1000);
    expect(error).toMatchObject({ code: 'not-a-file', message: expect.stringContaining('是设备') });
  });

  it('refuses a 200 MB text file by its size, before reading it', async () => {
    const big = await sparse(join(await tempDir(), '大.txt'), 200 * 1024 * 1024);
    const { ms, error } = await timed(readInputFile(big));
    expect(ms).toBeLessThan(1000);
    expect(error).toMatchObject({ code: 'too-large', message: expect.stringMatching(/200\.0 MB.*100\.0 MB/) });
  });

  it('refuses text beyond the character limit, which is one option to change', async () => {
    const bytes = new TextEncoder().encode('一、总则\n1.措施。\n'.repeat(1000));
    await expect(extractText('长.txt', bytes, { ...defaultImportLimits, maxTextChars: 5000 })).rejects.toMatchObject({
      code: 'too-much-text',
    });
    await expect(extractText('长.txt', bytes, { ...defaultImportLimits, maxFileBytes: 100 })).rejects.toMatchObject({ code: 'too-large' });
  });

  it('reads 600 KB of unclosed comments, scripts and lone angle brackets in linear time', async () => {
    for (const tail of ['<!--', '<script>', '< ', '<a', '<!-- -->']) {
      const html = '<p>一、总则</p><p>1.做好工作。</p>' + tail.repeat(Math.ceil(600_000 / tail.length));
      const start = Date.now();
      const text = htmlToText(html);
      expect(Date.now() - start).toBeLessThan(1000);
      expect(text.startsWith('一、总则\n1.做好工作。')).toBe(true);
    }
  });

  it('still reads ordinary markup: title, blocks, cells, entities, comments and scripts dropped', () => {
    const html =
      '<html><head><title>许昌市若干措施</title><style>p{}</style></head><body><!-- nav --><script>var a="<p>";</script><p>一、总则</p><div>1.做好&amp;工作。</div><table><tr><td>指标</td><td>目标</td></tr></table>a &lt; b</body></html>';
    expect(htmlToText(html)).toBe('许昌市若干措施\n一、总则\n1.做好&工作。\n指标 目标\na < b');
  });
});
