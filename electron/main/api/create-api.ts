/**
 * The one object that implements `PrecedentApi`. The Electron IPC layer, the
 * e2e host and tests all call this same object; the compiler checks that it
 * has every method of the contract.
 */
import type { PrecedentApi } from '../../../shared/api/contract';
import { InputError } from '../../../shared/errors';
import { parseCache } from '../services/parse-cache';
import { createLibrary } from '../services/library';
import { inProcessEngine } from '../engine/index';
import type { ApiDeps } from './deps';
import { correctAlignment } from './corrections';
import { documentMethods } from './documents';
import { draftMethods } from './drafts';
import { exportTable } from './export-table';
import { searchIndex } from './search-index';
import { checkIndexFileName, indexCache } from '../services/index-cache';
import { userDataMethods } from './user-data';

export type { ApiDeps, Dialogs } from './deps';

/** Builds the API implementation over a store, the seeds folder and the host's dialogs. */
export function createApi(deps: ApiDeps): PrecedentApi {
  const now = deps.now ?? (() => new Date());
  const engine = deps.engine ?? inProcessEngine();
  const writable = !deps.store.readOnly;
  const library = createLibrary(
    deps.store,
    deps.seedsDir,
    {
      parse: (text, options) => engine.run('parseDocument', text, options),
      loadCorpusDir: (dir) => engine.run('loadCorpusDir', dir),
    },
    deps.parserBuild ? parseCache(deps.store.dataDir, deps.parserBuild, writable) : undefined,
  );
  const index = searchIndex(
    library,
    engine,
    indexCache(deps.store.dataDir, writable),
    indexCache(deps.store.dataDir, writable, checkIndexFileName),
  );
  // the check index restored or built in the background now, so the first check does not wait for it
  if (deps.prepareIndexAtStart) void index.ready().catch(() => undefined);
  const documents = documentMethods(deps, library, index, engine, now);
  return {
    ...documents.methods,
    ...userDataMethods(deps.store, now),
    ...draftMethods(deps.store, library, index, engine, now, deps.dialogs),
    correctAlignment: correctAlignment(deps.store, library, now),
    exportTable: exportTable(documents.buildView, deps.store, deps.dialogs, deps.htmlToPdf),
    async printToPdf() {
      if (!deps.printToPdf) throw new InputError('print-unavailable', '此环境不支持打印', 'printing is not available here');
      return deps.printToPdf();
    },
  };
}
