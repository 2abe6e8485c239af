/**
 * Store figures for `npm run bench`: a batch import of generated documents
 * (batches of 100 files, as the import dialog sends them) into a fresh data
 * folder at 100 and at 2,000 documents, per-document time at each (linear
 * means the two are close: goal ≤ 1.5×), and the bytes a note save writes
 * with 2,000 documents imported (goal < 1 MB), and the time to open that
 * store again. Runs take turns; 100 is a median of three.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedDocument } from '../../shared/model/document';
import { openStore } from '../../electron/main/store/index';
import { createLibrary } from '../../electron/main/services/library';
import { importFiles, type NamedBytes } from '../../electron/main/services/import/index';
import { generateCorpus } from './generate';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** Generated documents as the bytes of .txt files: title, then every unit's text. */
function documentFiles(seeds: readonly ParsedDocument[], count: number): NamedBytes[] {
  return generateCorpus(seeds, count, 4242).map((d, i) => ({
    name: `生成-${i}.txt`,
    bytes: new TextEncoder().encode([`${d.parsed.meta.title}(第${i}份)`, ...d.parsed.units.map((u) => u.text)].join('\n')),
  }));
}

async function importAll(files: readonly NamedBytes[]): Promise<{ perDoc: number; lastHundredPerDoc: number; noteBytes: number; openMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'precedent-bench-store-'));
  try {
    const store = await openStore({ dataDir: dir });
    const library = createLibrary(store, seedsDir);
    const t0 = performance.now();
    let lastStart = t0;
    for (let i = 0; i < files.length; i += 100) {
      lastStart = performance.now();
      const outcomes = await importFiles(files.slice(i, i + 100), { store, library, now: () => new Date() });
      const bad = outcomes.filter((o) => o.kind !== 'imported');
      if (bad.length > 0) throw new Error(`bench import: ${bad.length} not imported (${JSON.stringify(bad[0])})`);
    }
    const total = performance.now() - t0;
    const last = performance.now() - lastStart;
    await store.update((d) => void (d.notes = [...d.notes, { docId: d.library[0].id, unitId: 'u-1', text: '与许昌对照', updatedAt: new Date().toISOString() }]));
    const noteBytes = (await stat(join(dir, 'db.json'))).size;
    await store.close();
    const o0 = performance.now();
    const reopened = await openStore({ dataDir: dir });
    const openMs = performance.now() - o0;
    if (reopened.data().library.length !== files.length) throw new Error('bench import: documents missing after reopening');
    await reopened.close();
    return { perDoc: total / files.length, lastHundredPerDoc: last / Math.min(100, files.length), noteBytes, openMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The store lines of the bench. */
export async function measureStoreImport(seeds: readonly ParsedDocument[]): Promise<string[]> {
  const files = documentFiles(seeds, 2000);
  const small = files.slice(0, 100);
  const at100: number[] = [];
  at100.push((await importAll(small)).perDoc);
  const big = await importAll(files);
  at100.push((await importAll(small)).perDoc);
  at100.push((await importAll(small)).perDoc);
  const median100 = [...at100].sort((a, b) => a - b)[1];
  const ratio = big.perDoc / median100;
  return [
    `${'import, per document at 100'.padEnd(44)} ${median100.toFixed(2).padStart(8)} ms  (runs ${at100.map((t) => t.toFixed(2)).join(', ')})`,
    `${'import, per document at 2,000'.padEnd(44)} ${big.perDoc.toFixed(2).padStart(8)} ms  ${ratio.toFixed(2)}× of 100, goal ≤ 1.5×  ${ratio <= 1.5 ? 'PASS' : 'OVER'}`,
    `${'import, last 100 of 2,000 per document'.padEnd(44)} ${big.lastHundredPerDoc.toFixed(2).padStart(8)} ms  ${(big.lastHundredPerDoc / median100).toFixed(2)}× of 100`,
    `${'open the store with 2,000 documents'.padEnd(44)} ${big.openMs.toFixed(0).padStart(8)} ms  (db.json + every text read and its hash checked)`,
    `${'note save with 2,000 documents writes'.padEnd(44)} ${(big.noteBytes / 1024).toFixed(0).padStart(8)} KB  budget < 1000 KB  ${big.noteBytes < 1_000_000 ? 'PASS' : 'OVER'}`,
  ];
}
