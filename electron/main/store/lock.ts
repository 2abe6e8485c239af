/**
 * One writer per data folder. proper-lockfile holds `<dataDir>/db.lock` (a
 * folder whose mtime the holder refreshes; a lock not refreshed for `staleMs`
 * is stale and taken over). Each process that wants the lock first writes
 * `db.lock.<pid>.json` (its pid and host) beside it, so a lock whose every
 * claimant is a process that no longer runs on this host (killed, crashed) is
 * taken at once instead of after `staleMs`. A second live process waits up to
 * `waitMs`, then is refused with an InputError (code `store-locked`): the CLI
 * exits 2, the app says the library is open in another window.
 */
import { readdir, readFile, stat, writeFile, rm } from 'node:fs/promises';
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
  /** when it wrote its claim (ms) */
  readonly since: number;
}

/** The lock folder of a data folder. */
export function lockPathOf(dataDir: string): string {
  return join(dataDir, 'db.lock');
}

/** A process's claim on the lock: beside the lock folder, which proper-lockfile needs empty. */
function claimPathOf(dataDir: string, pid: number): string {
  return join(dataDir, `db.lock.${pid}.json`);
}

/** The claims of other processes, oldest first. */
async function otherClaims(dataDir: string): Promise<Holder[]> {
  const names = (await readdir(dataDir).catch(() => [] as string[])).filter((n) => /^db\.lock\.\d+\.json$/.test(n));
  const claims: Holder[] = [];
  for (const name of names) {
    try {
      const raw = JSON.parse(await readFile(join(dataDir, name), 'utf-8')) as Partial<Holder>;
      if (typeof raw.pid === 'number' && typeof raw.host === 'string' && raw.pid !== process.pid) {
        claims.push({
          pid: raw.pid,
          host: raw.host,
          since: typeof raw.since === 'number' ? raw.since : (await stat(join(dataDir, name))).mtimeMs,
        });
      }
    } catch {
      // a claim being written or removed right now: look again next round
    }
  }
  return claims.sort((a, b) => a.since - b.since);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const gone = (h: Holder) => h.host === hostname() && !isRunning(h.pid);

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
  const mine = claimPathOf(dataDir, process.pid);
  await writeFile(mine, JSON.stringify({ pid: process.pid, host: hostname(), since: Date.now() }));
  const deadline = Date.now() + options.waitMs;
  let release: (() => Promise<void>) | null = null;
  try {
    while (release === null) {
      try {
        release = await attempt();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
        const claims = await otherClaims(dataDir);
        if (claims.length > 0 && claims.every(gone)) {
          // everyone who claimed the lock was killed on this machine: it is abandoned
          await Promise.all(claims.map((c) => rm(claimPathOf(dataDir, c.pid), { force: true })));
          await rm(lockPathOf(dataDir), { recursive: true, force: true });
          continue;
        }
        if (Date.now() >= deadline) throw lockedError(dataDir, claims.find((c) => !gone(c)) ?? null);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } catch (error) {
    await rm(mine, { force: true });
    throw error;
  }
  for (const stale of (await otherClaims(dataDir)).filter(gone)) await rm(claimPathOf(dataDir, stale.pid), { force: true });
  const done = release;
  return async () => {
    await rm(mine, { force: true });
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
