/** Temp folders and sample records for the store tests. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

/** A fresh temp folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'precedent-store-'));
  made.push(dir);
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A note on unit `u<n>` of document `doc`. */
export function note(n: number, doc = 'zhumadian') {
  return { docId: doc, unitId: `u${n}`, text: `批注 ${n}:与许昌措施对照`, updatedAt: '2026-11-22T10:00:00.000Z' };
}

/** A clock frozen at a known instant. */
export const fixedNow = () => new Date('2026-11-22T12:34:56.789Z');
