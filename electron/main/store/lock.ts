/**
 * One writer per data folder. proper-lockfile holds `<dataDir>/db.lock` (a
 * folder whose mtime the holder refreshes; a lock not refreshed for `staleMs`
 * is stale and taken over), and a `holder.json` inside it names the holder's
 * pid and host, so a lock left by a process that no longer runs on this host is
 * taken at once. A second process waits up to `waitMs`, then is refused with
 * an InputError (code `store-locked`): the CLI exits 2, the app says the
 * library is open in another window.
 */
import { readFile, writeFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { InputError } from '../../../shared/errors';

/** How long to wait for the lock and when a lock counts as abandoned. */
export interface LockOptions {
  /** how long a second process waits before it is refused */
  readonly waitMs: number;
  /** a lock whose holder has not refreshed it for this long is stale */
  readonly staleMs: number;
}

/** Defaults: wait 3 s, stale after 10 s without a refresh. */
export const defaultLockOptions: LockOptions = { waitMs: 3000, staleMs: 10_000 };

/** A held lock. */
export interface DataLock {
  /** the lock could no longer be refreshed (folder removed, clock jump): stop writing */
  readonly compromised: () => boolean;
  release(): Promise<void>;
}

interface Holder {
  readonly pid: number;
  readonly host: string;
}

/** The lock folder of a data folder. */
export function lockPathOf(dataDir: string): string {
  return join(dataDir, 'db.lock');
}

/** Who holds the lock: beside the lock folder, which proper-lockfile needs empty. */
function holderPathOf(dataDir: string): string {
  return join(dataDir, 'db.lock.holder.json');
}

async function holderOf(dataDir: string): Promise<Holder | null> {
  try {
    const raw = JSON.parse(await readFile(holderPathOf(dataDir), 'utf-8')) as Partial<Holder>;
    return typeof raw.pid === 'number' && typeof raw.host === 'string' ? { pid: raw.pid, host: raw.host } : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Locks held by this process, by data folder: a second store of the same process shares the lock. */
const held = new Map<string, { lock: Promise<() => Promise<void>>; users: number; compromised: boolean }>();

async function acquire(dataDir: string, options: LockOptions, entry: { compromised: boolean }): Promise<() => Promise<void>> {
  const attempt = () =>
    lockfile.lock(dataDir, {
      lockfilePath: lockPathOf(dataDir),
      stale: options.staleMs,
      realpath: false,
      retries: 0,
      onCompromised: () => {
        entry.compromised = true;
      },
    });
  const deadline = Date.now() + options.waitMs;
  let release: (() => Promise<void>) | null = null;
  while (release === null) {
    try {
      release = await attempt();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      const holder = await holderOf(dataDir);
      if (holder && holder.host === hostname() && holder.pid !== process.pid && !isRunning(holder.pid)) {
        // the holder was killed on this machine: its lock is abandoned
        await rm(lockPathOf(dataDir), { recursive: true, force: true });
        continue;
      }
      if (Date.now() >= deadline) throw lockedError(dataDir, holder);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const holder: Holder = { pid: process.pid, host: hostname() };
  await writeFile(holderPathOf(dataDir), JSON.stringify(holder));
  const done = release;
  return async () => {
    await rm(holderPathOf(dataDir), { force: true });
    await done();
  };
}

function lockedError(dataDir: string, holder: Holder | null): InputError {
  const who = holder ? `(进程 ${holder.pid})` : '';
  const whoEn = holder ? ` (process ${holder.pid})` : '';
  return new InputError(
    'store-locked',
    `文库已在另一个窗口中打开${who}:${dataDir} 同一时间只能由一个程序写入,请先关闭它再试`,
    `the library is open in another window${whoEn}: only one program at a time may write to ${dataDir}; close it and try again`,
  );
}

/** Takes the data folder's lock (waiting up to `waitMs`), or throws a `store-locked` InputError. */
export async function lockDataDir(dataDir: string, options: LockOptions = defaultLockOptions): Promise<DataLock> {
  let entry = held.get(dataDir);
  if (!entry) {
    const fresh = { lock: Promise.resolve<() => Promise<void>>(async () => undefined), users: 0, compromised: false };
    fresh.lock = acquire(dataDir, options, fresh);
    entry = fresh;
    held.set(dataDir, entry);
    fresh.lock.catch(() => held.delete(dataDir));
  }
  const mine = entry;
  await mine.lock;
  mine.users++;
  let released = false;
  return {
    compromised: () => mine.compromised,
    async release() {
      if (released) return;
      released = true;
      mine.users--;
      if (mine.users > 0) return;
      held.delete(dataDir);
      await (await mine.lock)().catch(() => undefined);
    },
  };
}
