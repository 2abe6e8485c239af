/**
 * The one lowdb instance of the app. Every change goes through `update`, which
 * runs the changes one at a time and writes each atomically (steno renames a
 * temp file), so concurrent calls never lose a write. A data folder that cannot
 * be written leaves the store read-only: reads work, writes say why they fail.
 */
import { mkdir, writeFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { UserMessage } from '../../../shared/api/contract';
import { InputError } from '../../../shared/errors';
import type { StoreData } from './schema';
import { loadDataFile } from './load-file';

/** A mutable view of the stored data, handed to `update` callbacks. */
export type Draft = { -readonly [K in keyof StoreData]: StoreData[K] };

/** The app's persistent state. */
export interface Store {
  readonly dataDir: string;
  readonly file: string;
  /** the data folder could not be written: changes are refused */
  readonly readOnly: boolean;
  /** what start-up had to tell the user (zh + en) */
  readonly messages: readonly UserMessage[];
  /** the current data; treat as read-only */
  data(): StoreData;
  /** applies a change and writes it; changes run one at a time in call order */
  update<T>(change: (draft: Draft) => T): Promise<T>;
  /** waits for pending writes */
  flush(): Promise<void>;
}

/** Options for opening a store. */
export interface StoreOptions {
  readonly dataDir: string;
  readonly now?: () => Date;
  /** checks the folder is writable; tests inject a failing one to simulate EACCES */
  readonly probeWrite?: (dir: string) => Promise<void>;
}

async function defaultProbe(dir: string): Promise<void> {
  const probe = join(dir, `.write-probe-${process.pid}`);
  await writeFile(probe, 'ok');
  await unlink(probe);
}

/** Opens (creating, migrating or repairing as needed) the store in `dataDir`. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const file = join(options.dataDir, 'db.json');
  const messages: UserMessage[] = [];
  let readOnly = false;
  try {
    await mkdir(options.dataDir, { recursive: true });
    await (options.probeWrite ?? defaultProbe)(options.dataDir);
  } catch (error) {
    readOnly = true;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    messages.push({
      zh: `数据文件夹 ${options.dataDir} 无法写入(${code}):以只读方式运行,可查看内置文档,但导入、批注和设置不会保存。`,
      en: `The data folder ${options.dataDir} is not writable (${code}): running read-only; the bundled documents work, but imports, notes and settings will not be saved.`,
    });
  }
  const loaded = await loadDataFile(file, now(), readOnly);
  messages.push(...loaded.messages);
  if (loaded.unreadable && !readOnly) {
    readOnly = true;
    messages.push({
      zh: '为保护原数据文件,本次不保存任何更改。',
      en: 'To protect the original data file, no changes will be saved this session.',
    });
  }
  const db = new Low<Draft>(new JSONFile<Draft>(file), { ...loaded.data });
  if (loaded.changed && !readOnly) await db.write();

  let queue: Promise<unknown> = Promise.resolve();
  const update = <T>(change: (draft: Draft) => T): Promise<T> => {
    const run = async (): Promise<T> => {
      if (readOnly) {
        throw new InputError('store-read-only', '数据文件夹只读,更改未保存', 'the data folder is read-only; the change was not saved');
      }
      const before = db.data;
      const draft: Draft = { ...before };
      const result = change(draft);
      db.data = draft;
      try {
        await db.write();
      } catch (error) {
        db.data = before;
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new InputError('store-write-failed', `保存失败(${code}),更改未保存`, `saving failed (${code}); the change was not saved`);
      }
      return result;
    };
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    dataDir: options.dataDir,
    file,
    get readOnly() {
      return readOnly;
    },
    messages,
    data: () => db.data,
    update,
    flush: () => queue.then(() => undefined),
  };
}
