import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFiles } from '../../../../electron/main/services/import/index';
import { createLibrary } from '../../../../electron/main/services/library';
import { parseCache, parseCacheFolder } from '../../../../electron/main/services/parse-cache';
import { openStore } from '../../../../electron/main/store/index';
import { parserBuild } from '../../../../electron/main/services/parser-build';
import { parseDocument } from '../../../../shared/parse/index';
import { seedText } from '../../../fixtures/parse/seeds';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
const folder = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'precedent-parsed-'));
  dirs.push(dir);
  return dir;
};

const text = seedText('xuchang');
const fileName = '许昌.txt';
const parsed = parseDocument(text, { fileName });

describe('the parse cache', () => {
  it('gives back what was put, for the same text and file name under the same build only', async () => {
    const dir = await folder();
    const cache = parseCache(dir, 'build-a');
    expect(await cache.get(text, fileName)).toBeNull();
    await cache.put(text, fileName, parsed);
    expect(await cache.get(text, fileName)).toEqual(parsed);
    expect(await cache.get(text + '。', fileName)).toBeNull();
    expect(await cache.get(text, '其他.txt')).toBeNull();
    expect(await parseCache(dir, 'build-b').get(text, fileName)).toBeNull();
  });

  it('counts a damaged or foreign file as none, and a new build removes the old build’s folder', async () => {
    const dir = await folder();
    const old = parseCache(dir, 'build-a');
    await old.put(text, fileName, parsed);
    const [file] = await readdir(join(dir, parseCacheFolder, 'build-a'));
    await writeFile(join(dir, parseCacheFolder, 'build-a', file), '{"meta":');
    expect(await old.get(text, fileName)).toBeNull();
    await writeFile(join(dir, parseCacheFolder, 'build-a', file), '{"units":[]}');
    expect(await old.get(text, fileName)).toBeNull();
    // whole JSON of the right outline, a unit in it not a unit
    await writeFile(
      join(dir, parseCacheFolder, 'build-a', file),
      JSON.stringify({ ...parsed, units: [...parsed.units.slice(1), { id: 'u-1' }] }),
    );
    expect(await old.get(text, fileName)).toBeNull();
    await parseCache(dir, 'build-b').put(text, fileName, parsed);
    expect(await readdir(join(dir, parseCacheFolder))).toEqual(['build-b']);
  });

  it('writes nothing in a read-only data folder', async () => {
    const dir = await folder();
    await parseCache(dir, 'build-a', false).put(text, fileName, parsed);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('a start with the parse cache', () => {
  it('lists imported documents from the parses the start before kept, parsing none of them again', async () => {
    const dir = await folder();
    const store = await openStore({ dataDir: dir });
    let parses = 0;
    const parsing = {
      parse: async (t: string, o: { readonly fileName: string }) => (parses++, parseDocument(t, o)),
      loadCorpusDir: async () => [],
    };
    const first = createLibrary(store, dir, parsing, parseCache(dir, 'build-a'));
    const outcomes = await importFiles([{ name: fileName, bytes: new TextEncoder().encode(text) }], {
      store,
      library: first,
      now: () => new Date(),
    });
    expect(outcomes.map((o) => o.kind)).toEqual(['imported']);
    const listed = await first.list();
    const before = parses;
    const again = await createLibrary(store, dir, parsing, parseCache(dir, 'build-a')).list();
    expect(parses).toBe(before);
    expect(again.map((d) => d.parsed)).toEqual(listed.map((d) => d.parsed));
    // another parser build parses again
    await createLibrary(store, dir, parsing, parseCache(dir, 'build-b')).list();
    expect(parses).toBe(before + 1);
    await store.close();
  });
});

describe('the parser build', () => {
  it('is a fixed hash of the parser sources of this checkout', () => {
    const root = join(__dirname, '../../../..');
    expect(parserBuild(root)).toMatch(/^[0-9a-f]{16}$/);
    expect(parserBuild(root)).toBe(parserBuild(root));
  });
});
