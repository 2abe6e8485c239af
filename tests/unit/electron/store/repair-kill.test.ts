/**
 * A kill at any point of start-up repair leaves a db.json from which the next
 * start recovers every record: the child repairs damaged folders one after
 * another and is killed at a random moment; the folder it was working on is
 * then opened again and checked.
 */
import { spawn } from 'node:child_process';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyStore, openStore } from '../../../../electron/main/store/index';
import { note, tempDir } from './helpers';

const child = fileURLToPath(new URL('./repair-child.ts', import.meta.url));
const entry = (n: number) => ({
  id: `lib-${n}`,
  fileName: `${n}.txt`,
  hash: `h${n}`,
  text: `1.措施${n}。`.repeat(200),
  format: 'txt',
  encoding: 'utf-8',
  importedAt: '2026-11-01T00:00:00.000Z',
  overrides: {},
});

/** A folder whose db.json needs repair: notes as an object, a bad record, texts inline (version 1). */
async function damagedFolder(root: string, n: number): Promise<string> {
  const dir = join(root, `d${n}`);
  await mkdir(dir);
  const notes = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, note(i)]));
  const library = [...Array.from({ length: 20 }, (_, i) => entry(i)), { id: 'bad' }];
  await writeFile(
    join(dir, 'db.json'),
    JSON.stringify({ ...emptyStore(), version: 1, notes, library, seedOverrides: { s: { year: 2024 } } }),
  );
  return dir;
}

/** Starts the child on `dirs` and kills it after `delayMs` from its first `start`; returns the folders it started. */
function repairThenKill(dirs: readonly string[], delayMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child], { stdio: ['pipe', 'pipe', 'inherit'] });
    const started: string[] = [];
    let buffer = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (const m of buffer.matchAll(/start (.+)\n/g)) if (!started.includes(m[1])) started.push(m[1]);
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
      timer ??= setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.on('exit', () => resolve(started));
    proc.on('error', reject);
    proc.stdin.write(dirs.join('\n') + '\n');
  });
}

describe('a kill during start-up repair', () => {
  it('always leaves a db.json from which every good record comes back', async () => {
    const root = await tempDir();
    let checked = 0;
    for (let run = 0; run < 6; run++) {
      const dirs = await Promise.all(Array.from({ length: 6 }, (_, i) => damagedFolder(root, run * 10 + i)));
      const started = await repairThenKill(dirs, Math.floor(Math.random() * 250));
      for (const dir of started) {
        await access(join(dir, 'db.json'));
        const store = await openStore({ dataDir: dir });
        expect(store.data().notes).toHaveLength(30);
        expect(store.data().library.map((e) => e.id)).toEqual(Array.from({ length: 20 }, (_, i) => `lib-${i}`));
        expect(store.data().library[3].text).toBe(entry(3).text);
        expect(store.data().seedOverrides).toEqual({ s: { year: 2024 } });
        await store.close();
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6); // each run is killed after it started at least one repair
  }, 120_000);
});
