/**
 * Import is a function of (name, bytes, limits) that can run in a worker:
 * nothing reachable from extractText imports `electron` (or the store), so the
 * engine-off-the-main-thread work can move it as it is.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

/** Every source file reachable through relative static or dynamic imports from `entry`, and the packages they name. */
function reachable(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const todo = [resolve(root, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (files.includes(file)) continue;
    files.push(file);
    const text = readFileSync(file, 'utf-8');
    for (const m of text.matchAll(/(?:^|\n)\s*import\s+(?!type\b)[^'"]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)/g)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('.')) todo.push(resolve(dirname(file), spec.endsWith('.ts') ? spec : `${spec}.ts`));
      else packages.add(spec);
    }
  }
  return { files: files.map((f) => relative(root, f)), packages };
}

describe('import without Electron', () => {
  it('reaches no electron module and no store from extractText', () => {
    const { files, packages } = reachable('electron/main/services/import/extract.ts');
    expect(files).toContain(join('electron/main/services/import/docx.ts'));
    expect(files).toContain(join('electron/main/services/import/zip-budget.ts'));
    expect([...packages]).not.toContain('electron');
    expect(files.filter((f) => f.includes('/store/'))).toEqual([]);
  });
});
