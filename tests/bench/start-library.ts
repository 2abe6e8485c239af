/**
 * A start with a large library, as the built app starts: a fresh process opens
 * the data folder, lists the library and answers a search, with what the start
 * before saved (the search index, the imported documents' parses: the first
 * child builds and saves them; the second is timed). `measureStart(dataDir)` returns the second start's figures.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApi } from '../../electron/main/api/create-api';
import { parserBuild } from '../../electron/main/services/parser-build';
import { openStore } from '../../electron/main/store/index';
import { bundledChild } from './bundled-child';

const here = fileURLToPath(import.meta.url);
/** The repository; a child started from the bundle (which lives elsewhere) is told where it is. */
const repoRoot = process.env.PRECEDENT_BENCH_ROOT ?? fileURLToPath(new URL('../../', import.meta.url));
const seedsDir = join(repoRoot, 'seeds');

/** What one start took, ms from the store's open: the library listed, then the first search answered. */
export interface StartFigures {
  readonly documents: number;
  readonly openMs: number;
  readonly listMs: number;
  readonly searchMs: number;
}

/** In the child: a start of the API over `dataDir` (the in-process engine, as the CLI and tests run it). */
async function child(dataDir: string): Promise<StartFigures> {
  const t0 = performance.now();
  const store = await openStore({ dataDir });
  const openMs = performance.now() - t0;
  // as the built app: imported documents' parses kept under the parser's build
  const api = createApi({ store, seedsDir, parserBuild: parserBuild(repoRoot), dialogs: { saveFile: async () => null } });
  const documents = (await api.listDocuments()).length;
  const listMs = performance.now() - t0;
  await api.search({ query: '以旧换新', limit: 20 });
  const searchMs = performance.now() - t0;
  await store.close();
  return { documents, openMs, listMs, searchMs };
}

/** Two starts over `dataDir` in fresh processes; the figures of the second (the first saved the search index). */
export function measureStart(dataDir: string): StartFigures {
  let last: StartFigures | undefined;
  for (let start = 0; start < 2; start++) {
    const out = spawnSync(process.execPath, [...bundledChild(here, 'start-library'), '--child', dataDir], {
      env: { ...process.env, PRECEDENT_BENCH_ROOT: repoRoot },
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (out.status !== 0) throw new Error(out.stderr);
    last = JSON.parse(out.stdout.trim().split('\n').pop()!) as StartFigures;
  }
  return last!;
}

const at = process.argv.indexOf('--child');
if (at >= 0) console.log(JSON.stringify(await child(process.argv[at + 1])));
