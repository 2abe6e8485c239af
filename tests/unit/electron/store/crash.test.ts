import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../../electron/main/store/index';
import { tempDir } from './helpers';

const writer = fileURLToPath(new URL('./crash-writer.ts', import.meta.url));

/** Runs the writer until it reports `count` saved notes, then kills it with SIGKILL. */
function writeThenKill(dataDir: string, count: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let last = -1;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (const m of buffer.matchAll(/saved (\d+)\n/g)) last = Number(m[1]);
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
      if (last >= count - 1 && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', () => resolve(last));
    child.on('error', reject);
  });
}

describe('a crash while writing', () => {
  it('keeps every note whose write had completed before the process was killed', async () => {
    const dir = await tempDir();
    const lastSaved = await writeThenKill(join(dir, 'data'), 40);
    expect(lastSaved).toBeGreaterThanOrEqual(39);
    const store = await openStore({ dataDir: join(dir, 'data') });
    const ids = new Set(store.data().notes.map((n) => n.unitId));
    for (let n = 0; n <= lastSaved; n++) expect(ids.has(`u${n}`)).toBe(true);
    expect(store.messages).toEqual([]);
  });
});
