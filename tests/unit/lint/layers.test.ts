import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The rules that fail a file of this text at this path (as if it were saved there). */
async function failures(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: root + path });
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint: the layers of DESIGN.md', () => {
  it('runs from a flat config at the repo root', () => {
    expect(existsSync(root + 'eslint.config.js')).toBe(true);
  });

  it.each([
    ["import { app } from 'electron';", 'electron'],
    ["import { readFileSync } from 'node:fs';", 'node:fs'],
    ["import { join } from 'path';", 'path'],
    ["import { useState } from 'react';", 'react'],
    ["import { Low } from 'lowdb';", 'lowdb'],
    ["import { openStore } from '../../electron/main/store/index';", 'electron/'],
  ])('fails an import of %s in shared/', async (line) => {
    const found = await failures('shared/engine/lint-probe.ts', `${line}\nexport const probe = 1;\n`);
    expect(found.length).toBeGreaterThan(0);
  });

  it.each([["import { ipcRenderer } from 'electron';"], ["import { readFile } from 'node:fs/promises';"]])(
    'fails %s in renderer/',
    async (line) => {
      expect((await failures('renderer/src/lint-probe.ts', `${line}\nexport const probe = 1;\n`)).length).toBeGreaterThan(0);
    },
  );

  it('lets shared/ import shared/ and electron/ import node:*', async () => {
    expect(
      await failures('shared/engine/lint-probe.ts', "import { foldWidth } from '../text/normalize';\nexport const probe = foldWidth;\n"),
    ).toEqual([]);
    expect(
      await failures('electron/main/lint-probe.ts', "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n"),
    ).toEqual([]);
  });

  it('fails a hook called conditionally in a component', async () => {
    const code =
      "import { useState } from 'react';\nexport function Probe({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n";
    expect((await failures('renderer/src/lint-probe.tsx', code)).some((m) => m.startsWith('react-hooks/rules-of-hooks'))).toBe(true);
  });

  it('fails an eslint-disable comment that suppresses nothing', async () => {
    const code = '// eslint-disable-next-line no-console\nexport const probe = 1;\n';
    expect((await failures('shared/engine/lint-probe.ts', code)).length).toBeGreaterThan(0);
  });
});
