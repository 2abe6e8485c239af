import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { defaultSeedsDir, loadCorpusDir, loadDocumentFile, readDocumentFile } from '../../../../electron/main/services/corpus';
import { isInputError } from '../../../../shared/errors';
import { seedFiles, seedsDir, seedText } from '../../../fixtures/parse/seeds';
import { docxBytes, htmlBytes } from '../import/make-files';

async function refusal(promise: Promise<unknown>): Promise<{ code: string; zh: string; en: string }> {
  try {
    await promise;
  } catch (error) {
    if (isInputError(error)) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('corpus loading', () => {
  it('finds the repo seeds folder from the module location', () => {
    expect(defaultSeedsDir()).toBe(seedsDir.replace(/\/$/, ''));
  });

  it('loads the seeds sorted by name with the catalog’s curated metadata marked as such', async () => {
    const docs = await loadCorpusDir(defaultSeedsDir());
    expect(docs.map((d) => d.fileName)).toEqual(Object.values(seedFiles).sort());
    const district = docs.find((d) => d.fileName === seedFiles.district)!;
    expect(district.id).toBe('district-2024-h2-measures-draft');
    expect(district.parsed.meta.region.province).toBe('河南省');
    expect(district.parsed.meta.overridden.region).toBe('catalog');
    expect(district.parsed.meta.title).toBe('扎实推进下半年经济稳进提质向好若干措施(征求意见稿)');
    expect('notes' in district.parsed.meta).toBe(false);
    expect(district.parsed.units).toHaveLength(32);
  });

  it('loads a GBK file and reports its encoding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precedent-corpus-'));
    const path = join(dir, 'gbk-copy.txt');
    writeFileSync(path, iconv.encode(seedText('xuchang'), 'gbk'));
    const doc = await loadDocumentFile(path);
    expect(doc.encoding).toBe('gb18030');
    expect(doc.id).toBe('gbk-copy');
    expect(doc.parsed.units).toHaveLength(29);
  });

  it('reads .docx and .html files as import does, so the CLI takes the same files as the app', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precedent-corpus-'));
    writeFileSync(join(dir, 'city.docx'), await docxBytes(seedText('xuchang')));
    writeFileSync(join(dir, 'page.html'), htmlBytes(seedText('xuchang')));
    const docs = await loadCorpusDir(dir);
    expect(docs.map((d) => [d.fileName, d.encoding, d.parsed.units.length])).toEqual([
      ['city.docx', 'docx', 29],
      ['page.html', 'utf-8', 29],
    ]);
    expect((await loadDocumentFile(join(dir, 'page.html'))).parsed.meta.docNumber).toBe('许政办〔2024〕4号');
  });

  it('ignores files import cannot read and works without a catalog', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precedent-corpus-'));
    writeFileSync(join(dir, 'b.md'), '一、总体\n1.第一条。\n');
    writeFileSync(join(dir, 'a.txt'), '一、总体\n1.第一条。\n2.第二条。\n');
    writeFileSync(join(dir, 'image.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    const docs = await loadCorpusDir(dir);
    expect(docs.map((d) => [d.id, d.parsed.units.length])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(docs[0].parsed.meta.overridden).toEqual({});
  });

  it('refuses a missing file, a directory and an empty file, naming each', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precedent-corpus-'));
    mkdirSync(join(dir, 'folder.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    expect((await refusal(readDocumentFile(join(dir, 'missing.txt')))).en).toContain('missing.txt');
    expect((await refusal(readDocumentFile(join(dir, 'folder.txt')))).code).toBe('is-directory');
    expect((await refusal(readDocumentFile(join(dir, 'empty.txt')))).zh).toContain('empty.txt');
  });
});
