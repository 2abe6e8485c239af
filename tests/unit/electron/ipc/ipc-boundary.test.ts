import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const root = process.cwd();
/** Files that import `name` from the electron module. */
const importing = (name: string) =>
  files.filter((f) => new RegExp(`import\\s*\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*'electron'`).test(f.text)).map((f) => f.path);

const files = [...sources(join(root, 'electron')), ...sources(join(root, 'shared'))].map((f) => ({
  path: relative(root, f),
  text: readFileSync(f, 'utf-8'),
}));

describe('the IPC boundary', () => {
  it('uses ipcMain only in the one registration wrapper', () => {
    const users = importing('ipcMain');
    expect(users).toEqual(['electron/main/ipc/register.ts']);
  });

  it('uses ipcRenderer only in the preload, and never sends on an arbitrary channel', () => {
    const users = importing('ipcRenderer');
    expect(users).toEqual(['electron/preload/index.ts']);
    const preload = files.find((f) => f.path === 'electron/preload/index.ts')!.text;
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync|postMessage)\b/);
  });

  it('never opens document text with shell.openExternal', () => {
    expect(files.filter((f) => /openExternal/.test(f.text)).map((f) => f.path)).toEqual([]);
  });
});
