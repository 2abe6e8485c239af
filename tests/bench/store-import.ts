/**
 * Store figures for `npm run bench`. Linear import: importing a batch of 100
 * generated documents (as the import dialog sends them) into an empty data
 * folder and into one that already holds ~2,000 documents, taking turns,
 * medians of five turns each: per-document time at 2,000 within 1.5× of that
 * at 100. Also the bytes a note save writes with 2,000 documents imported
 * (goal < 1 MB), the time to open that store again, and a start over it that
 * lists the library and answers a search (goal < 2 s, start-library.ts).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedDocument } from '../../shared/model/document';
import { openStore, type Store } from '../../electron/main/store/index';
import { createLibrary } from '../../electron/main/services/library';
import { importFiles, type NamedBytes } from '../../electron/main/services/import/index';
import { generateCorpus } from './generate';
import { measureStart } from './start-library';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const batch = 100;
const turns = 5;
const filled = 1900;

/** Generated documents as the bytes of .txt files: title, then every unit's text. */
function documentFiles(seeds: readonly ParsedDocument[], count: number): NamedBytes[] {
  return generateCorpus(seeds, count, 4242).map((d, i) => ({
    name: `生成-${i}.txt`,
    bytes: new TextEncoder().encode([`${d.parsed.meta.title}(第${i}份)`, ...d.parsed.units.map((u) => u.text)].join('\n')),
  }));
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Imports `files` in batches of 100 and returns the time per document. */
async function importInto(store: Store, files: readonly NamedBytes[]): Promise<number> {
  const library = createLibrary(store, seedsDir);
  const t0 = performance.now();
  for (let i = 0; i < files.length; i += batch) {
    const outcomes = await importFiles(files.slice(i, i + batch), { store, library, now: () => new Date() });
    const bad = outcomes.filter((o) => o.kind !== 'imported');
    if (bad.length > 0) throw new Error(`bench import: ${bad.length} not imported (${JSON.stringify(bad[0])})`);
  }
  return (performance.now() - t0) / files.length;
}

/** The store lines of the bench. */
export async function measureStoreImport(seeds: readonly ParsedDocument[]): Promise<string[]> {
  const files = documentFiles(seeds, filled + turns * batch);
  const folders: string[] = [];
  const folder = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'precedent-bench-store-'));
    folders.push(dir);
    return dir;
  };
  try {
    const bigDir = await folder();
    const big = await openStore({ dataDir: bigDir });
    const fill = await importInto(big, files.slice(0, filled));
    const atHundred: number[] = [];
    const atTwoThousand: number[] = [];
    for (let turn = 0; turn < turns; turn++) {
      const next = files.slice(filled + turn * batch, filled + (turn + 1) * batch);
      const small = await openStore({ dataDir: await folder() });
      atHundred.push(await importInto(small, next));
      await small.close();
      atTwoThousand.push(await importInto(big, next));
    }
    await big.update(
      (d) =>
        void (d.notes = [...d.notes, { docId: d.library[0].id, unitId: 'u-1', text: '与许昌对照', updatedAt: new Date().toISOString() }]),
    );
    const noteBytes = (await stat(join(bigDir, 'db.json'))).size;
    const count = big.data().library.length;
    await big.close();
    const o0 = performance.now();
    const reopened = await openStore({ dataDir: bigDir });
    const openMs = performance.now() - o0;
    if (reopened.data().library.length !== count) throw new Error('bench import: documents missing after reopening');
    await reopened.close();
    const start = measureStart(bigDir);
    const ratio = median(atTwoThousand) / median(atHundred);
    const runs = (xs: readonly number[]) => xs.map((t) => t.toFixed(1)).join(', ');
    return [
      `${`batch import of ${filled} documents, per document`.padEnd(44)} ${fill.toFixed(2).padStart(8)} ms`,
      `${'import 100 into an empty store, per document'.padEnd(44)} ${median(atHundred).toFixed(2).padStart(8)} ms  (turns ${runs(atHundred)})`,
      `${'import 100 into ~2,000, per document'.padEnd(44)} ${median(atTwoThousand).toFixed(2).padStart(8)} ms  ${ratio.toFixed(2)}× of the above, goal ≤ 1.5×  ${ratio <= 1.5 ? 'PASS' : 'OVER'}  (turns ${runs(atTwoThousand)})`,
      `${`open the store with ${count} documents`.padEnd(44)} ${openMs.toFixed(0).padStart(8)} ms  (db.json + every text read and its hash checked)`,
      `${`start with ${start.documents} documents: library listed`.padEnd(44)} ${start.listMs.toFixed(0).padStart(8)} ms  first search answered ${start.searchMs.toFixed(0)} ms  goal < 2000 ms  ${start.searchMs < 2000 ? 'PASS' : 'OVER'}  (fresh process, the search index saved by the start before; store opened in ${start.openMs.toFixed(0)} ms)`,
      `${`note save with ${count} documents writes`.padEnd(44)} ${(noteBytes / 1024).toFixed(0).padStart(8)} KB  budget < 1000 KB  ${noteBytes < 1_000_000 ? 'PASS' : 'OVER'}`,
    ];
  } finally {
    await Promise.all(folders.map((d) => rm(d, { recursive: true, force: true })));
  }
}
