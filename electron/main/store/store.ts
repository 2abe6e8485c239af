/**
 * The one lowdb instance of the app. Every change goes through `update`, which
 * runs the changes one at a time and writes each durably: new texts first
 * (content-addressed files in `texts/`, written once), then db.json with the
 * metadata, notes, saved work and settings (write-file-atomic: unique temp
 * name, fsync, rename, folder fsync). One process at a time owns a data folder
 * (see lock.ts). A folder or file that cannot be written leaves the store
 * read-only: reads work, writes say why they fail.
 */
import { mkdir, writeFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { UserMessage } from '../../../shared/api/contract';
import { InputError } from '../../../shared/errors';
import type { StoreData } from './schema';
import { loadDataFile } from './load-file';
import { writeDurably } from './atomic-write';
import { defaultLockOptions, lockDataDir, type DataLock, type LockOptions } from './lock';
import { textFiles, type TextFiles } from './text-files';

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
  /** waits for pending writes and gives the data folder up to other processes */
  close(): Promise<void>;
}

/** Options for opening a store. */
export interface StoreOptions {
  readonly dataDir: string;
  readonly now?: () => Date;
  /** checks the folder is writable; tests inject a failing one to simulate EACCES */
  readonly probeWrite?: (dir: string) => Promise<void>;
  /** how long to wait for another process's lock on the folder */
  readonly lock?: Partial<LockOptions>;
}

async function defaultProbe(dir: string): Promise<void> {
  const probe = join(dir, `.write-probe-${process.pid}-${Math.random().toString(36).slice(2)}`);
  await writeFile(probe, 'ok');
  await unlink(probe);
}

type Raw = Record<string, unknown>;
/** Collections whose records keep their `text` in texts/. */
const textCollections = ['library', 'reviews'] as const;

/**
 * The lowdb adapter: db.json without texts, texts in their own files. Records
 * whose text file was missing at start are carried along unchanged, so a
 * later write never drops them.
 */
class SplitTextAdapter implements Adapter<Draft> {
  /** each record's stored JSON (text replaced by its hash), made once per record object: records are immutable */
  private readonly stored = new WeakMap<object, string>();
  constructor(
    private readonly file: string,
    private readonly texts: TextFiles,
    private readonly carried: Readonly<Record<string, readonly Raw[]>>,
  ) {}

  async read(): Promise<Draft | null> {
    return null; // start-up reading (with repair) is load-file.ts's job
  }

  async write(data: Draft): Promise<void> {
    const lists: Record<string, string> = {};
    for (const key of textCollections) {
      const records = (data[key] ?? []) as unknown as readonly Raw[];
      const fresh = records.filter((r) => !this.stored.has(r));
      // new texts first, a few at a time: db.json never names a text that is not on disk
      for (let i = 0; i < fresh.length; i += 16) {
        await Promise.all(
          fresh.slice(i, i + 16).map(async (record) => {
            const textHash = await this.texts.put(String(record.text));
            const { text, ...rest } = record;
            this.stored.set(record, JSON.stringify({ ...rest, textHash, textLength: String(text).length }));
          }),
        );
      }
      const parts = records.map((r) => this.stored.get(r)!);
      for (const r of this.carried[key] ?? []) parts.push(JSON.stringify(r));
      lists[key] = `[${parts.join(',')}]`;
    }
    await this.texts.sync();
    // small fields first: a file cut off mid-write still holds them whole
    const { version, settings, seedOverrides, window, library: _l, reviews: _r, ...rest } = data;
    const head = JSON.stringify({ version, settings, seedOverrides, ...(window ? { window } : {}), ...rest });
    const tail = textCollections.map((key) => `,${JSON.stringify(key)}:${lists[key]}`).join('');
    await writeDurably(this.file, `${head.slice(0, -1)}${tail}}\n`);
  }
}

/** Resolves `textHash` references (32 reads at a time); records whose text cannot be read are returned apart. */
async function resolveTexts(raw: Raw, texts: TextFiles): Promise<{ data: Raw; carried: Record<string, Raw[]>; missing: number }> {
  const data: Raw = { ...raw };
  const carried: Record<string, Raw[]> = {};
  let missing = 0;
  for (const key of textCollections) {
    const records = (raw[key] ?? []) as Raw[];
    const resolved: (Raw | null)[] = new Array(records.length);
    const resolveOne = async (record: Raw): Promise<Raw | null> => {
      const { textHash: _h, textLength: _l, ...rest } = record;
      if (typeof record.text === 'string') return rest;
      const got = await texts.get(String(record.textHash));
      return 'text' in got ? { ...rest, text: got.text } : null;
    };
    for (let i = 0; i < records.length; i += 32) {
      const chunk = await Promise.all(records.slice(i, i + 32).map(resolveOne));
      chunk.forEach((r, j) => (resolved[i + j] = r));
    }
    carried[key] = records.filter((_, i) => resolved[i] === null);
    missing += carried[key].length;
    data[key] = resolved.filter((r): r is Raw => r !== null);
  }
  return { data, carried, missing };
}

/** Opens (creating, migrating or repairing as needed) the store in `dataDir`; throws `store-locked` when another process has it. */
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
  const lock: DataLock | null = readOnly ? null : await lockDataDir(options.dataDir, { ...defaultLockOptions, ...options.lock });
  try {
    return await openLocked(options, file, now, messages, readOnly, lock);
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

async function openLocked(
  options: StoreOptions,
  file: string,
  now: () => Date,
  messages: UserMessage[],
  folderReadOnly: boolean,
  lock: DataLock | null,
): Promise<Store> {
  const texts = textFiles(options.dataDir);
  const loaded = await loadDataFile(file, now(), folderReadOnly);
  messages.push(...loaded.messages);
  let readOnly = loaded.readOnly;
  if (readOnly && !folderReadOnly && loaded.messages.length > 0) {
    messages.push({
      zh: '为保护原数据文件,本次不保存任何更改。',
      en: 'To protect the original data file, no changes will be saved this session.',
    });
  }
  const { data, carried, missing } = await resolveTexts(loaded.raw, texts);
  if (missing > 0) {
    messages.push({
      zh: `有 ${missing} 份文档的正文文件缺失或已损坏(${texts.dir}),暂不显示;其记录保留在数据文件中。`,
      en: `${missing} document text file(s) are missing or damaged (${texts.dir}) and are not shown; their records stay in the data file.`,
    });
  }
  const db = new Low<Draft>(new SplitTextAdapter(file, texts, carried), data as unknown as Draft);
  if (loaded.changed && !readOnly) await db.write();

  let queue: Promise<unknown> = Promise.resolve();
  const update = <T>(change: (draft: Draft) => T): Promise<T> => {
    const run = async (): Promise<T> => {
      if (readOnly) {
        throw new InputError('store-read-only', '数据文件夹只读,更改未保存', 'the data folder is read-only; the change was not saved');
      }
      if (lock?.compromised()) {
        throw new InputError(
          'store-lock-lost',
          '数据文件夹的锁已失效(文件夹被移动或被另一程序接管),更改未保存',
          'the lock on the data folder was lost (folder moved or taken over); the change was not saved',
        );
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
  const flush = () => queue.then(() => undefined);
  return {
    dataDir: options.dataDir,
    file,
    get readOnly() {
      return readOnly;
    },
    messages,
    data: () => db.data,
    update,
    flush,
    async close() {
      await flush();
      readOnly = true;
      await lock?.release();
    },
  };
}
