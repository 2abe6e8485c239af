import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npx', ['tsx', 'electron/cli/index.ts', 'search', ...args], { cwd: repo, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn')).join('\n') };
}

describe('cli search', () => {
  it('prints ranked hits from the seeds as one JSON document', () => {
    const { status, stdout } = cli('以旧换新', '--json');
    expect(status).toBe(0);
    const hits = JSON.parse(stdout);
    const docs = hits.map((h: { doc: string }) => h.doc);
    expect(docs).toEqual(expect.arrayContaining(['zhumadian-2024-h2-economy-measures', 'xuchang-2024-q2-double-half-measures', 'district-2024-h2-measures-draft']));
    expect(hits[0]).toHaveProperty('snippet');
    expect(hits[0].highlights.length).toBeGreaterThan(0);
  });

  it('marks the match in the readable form and applies filters', () => {
    const { status, stdout } = cli('以旧换新', '--region', '许昌', '--limit', '2');
    expect(status).toBe(0);
    expect(stdout).toContain('【以旧换新】');
    expect(stdout).not.toContain('zhumadian');
  });

  it('exits 2 with one bilingual line on bad input', () => {
    for (const args of [[], ['以旧换新', '--corpus', 'no-such-dir'], ['以旧换新', '--year', 'abc']]) {
      const { status, stderr } = cli(...args);
      expect(status).toBe(2);
      expect(stderr.split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/[\u4e00-\u9fa5].* \/ [A-Za-z]/);
    }
  });
});
