import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSavedIndex } from '../../../../electron/main/engine/saved-index-file';
import { buildTextIndex, searchCorpus } from '../../../../shared/engine/index';
import { restoreTextIndex, saveTextIndex, withSavedPostings } from '../../../../shared/engine/index/saved-index';
import { isInputError } from '../../../../shared/errors';
import { seed, seedFiles, type SeedName } from '../../../fixtures/align/seeds';
import { seedText } from '../../../fixtures/parse/seeds';

const names = Object.keys(seedFiles) as SeedName[];
const corpus = names.map((name) => ({ id: seedFiles[name].replace(/\.txt$/, ''), parsed: seed(name), text: seedText(name) }));
const options = { segmentDocs: 2, maxSegments: 24 };
const queries = ['市发改委', '40亿元', '双过半', '设被更新', '矿', '以旧换新'];

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** The index over the seeds saved to a file of a fresh folder. */
async function savedFile(): Promise<{ file: string; bytes: Uint8Array }> {
  const dir = await mkdtemp(join(tmpdir(), 'precedent-index-'));
  dirs.push(dir);
  const file = join(dir, 'search-index.bin');
  const bytes = saveTextIndex(buildTextIndex(corpus, options));
  await writeFile(file, bytes);
  return { file, bytes };
}

describe('the search index restored from its file', () => {
  it('answers as the index it was saved from, with the postings left in the file', async () => {
    const { file, bytes } = await savedFile();
    const restored = restoreTextIndex(openSavedIndex(file), corpus, options);
    expect(restored).toMatchObject({ reused: corpus.length, indexed: 0 });
    expect(restored.index.segments.every((s) => s.postings.length === 0 && s.savedPostings !== undefined)).toBe(true);
    const built = buildTextIndex(corpus, options);
    for (const q of queries) expect(searchCorpus(restored.index, q, { limit: 2000 })).toEqual(searchCorpus(built, q, { limit: 2000 }));
    // saved again (after a change elsewhere, say), it writes the same bytes: the postings are read back from the file
    expect(saveTextIndex(restored.index)).toEqual(bytes);
  });

  it('is none when the file is missing or cut short: everything is indexed again', async () => {
    const { file, bytes } = await savedFile();
    expect(openSavedIndex(join(file, '..', 'missing.bin'))).toBeNull();
    await truncate(file, bytes.length - 10);
    expect(restoreTextIndex(openSavedIndex(file), corpus, options)).toMatchObject({ reused: 0, indexed: corpus.length });
  });

  it('says the index is stale, with a message in both languages, when the file is cut short after it was opened', async () => {
    const { file } = await savedFile();
    const restored = restoreTextIndex(openSavedIndex(file), corpus, options);
    await truncate(file, 100);
    let error: unknown;
    try {
      searchCorpus(restored.index, '以旧换新');
    } catch (e) {
      error = e;
    }
    expect(isInputError(error) && error.code).toBe('index-stale');
    expect(isInputError(error) && /检索索引/.test(error.zh) && /search index/.test(error.en)).toBe(true);
  });

  it('lets an index built in this session read its postings from the file just saved from it, and only that file', async () => {
    const { file } = await savedFile();
    const built = buildTextIndex(corpus, options);
    const adopted = withSavedPostings(built, openSavedIndex(file)!);
    expect(adopted?.segments.every((s) => s.postings.length === 0 && s.savedPostings !== undefined)).toBe(true);
    for (const q of queries) expect(searchCorpus(adopted!, q, { limit: 2000 })).toEqual(searchCorpus(built, q, { limit: 2000 }));
    // an index that has grown since (one more document) is not the file's: it keeps its own postings
    const grown = buildTextIndex([...corpus, { ...corpus[0], id: 'copy' }], options);
    expect(withSavedPostings(grown, openSavedIndex(file)!)).toBeNull();
  });
});
