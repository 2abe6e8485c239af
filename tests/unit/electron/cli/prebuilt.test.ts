import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain JavaScript module without types (it runs before anything is built)
import { evaluateAtBuild } from '../../../../electron/cli/bundle.mjs';
import { tradSimpPairs } from '../../../../shared/text/trad-simp-pairs';

describe('modules the CLI bundle evaluates when it is built', () => {
  it('inlines exactly the OpenCC pairs the source computes at import', async () => {
    const { contents, inputs } = await evaluateAtBuild('shared/text/trad-simp-pairs.ts');
    expect(tradSimpPairs).toContain('國国');
    expect(contents).toBe(`export const tradSimpPairs = ${JSON.stringify(tradSimpPairs)};\n`);
    expect(inputs).toContain('shared/text/trad-simp-pairs.ts');
  });

  it('refuses a module whose exports are not plain data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'precedent-prebuilt-'));
    writeFileSync(join(dir, 'map.ts'), 'export const table = new Map([["國", "国"]]);\n');
    writeFileSync(join(dir, 'fn.ts'), 'export const fold = (s: string) => s;\n');
    await expect(evaluateAtBuild(join(dir, 'map.ts'))).rejects.toThrow(/table is not plain data/);
    await expect(evaluateAtBuild(join(dir, 'fn.ts'))).rejects.toThrow(/fold is not plain data/);
  });
});
