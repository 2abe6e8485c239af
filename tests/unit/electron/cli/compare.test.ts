import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const cli = runCli;

const zmd = 'seeds/zhumadian-2024-h2-economy-measures.txt';
const district = 'seeds/district-2024-h2-measures-draft.txt';
const xuchang = 'seeds/xuchang-2024-q2-double-half-measures.txt';

describe('cli compare', () => {
  it('prints one JSON document with documents, pivot and groups', () => {
    const { status, stdout } = cli('compare', zmd, xuchang, district, '--json');
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.documents).toHaveLength(3);
    expect(json.pivot).toBe(0);
    const members = json.groups.flatMap((g: { members: { doc: number }[] }) => g.members);
    expect(members).toHaveLength(42 + 29 + 32);
    expect(json.groups[0].members[0]).toHaveProperty('unitId');
    expect(json.groups.some((g: { diffs: { ops: { op: string }[] }[] }) => g.diffs.some((d) => d.ops.some((o) => o.op === 'insert')))).toBe(
      true,
    );
  });

  it('prints a readable table with the changed target without --json', () => {
    const { status, stdout } = cli('compare', zmd, district);
    expect(status).toBe(0);
    expect(stdout).toMatch(/技术合同成交额: 40亿元 \| 3\.5亿元/);
    expect(stdout).toContain('[-40亿元-][+3.5 亿元+]');
  });

  it('takes --pivot and lists the pivot member first in its groups', () => {
    const json = JSON.parse(cli('compare', zmd, district, '--pivot', '1', '--json').stdout);
    expect(json.pivot).toBe(1);
    for (const g of json.groups as { members: { doc: number }[] }[]) {
      if (g.members.some((m) => m.doc === 1)) expect(g.members[0].doc).toBe(1);
    }
  });

  it('folds the level words when asked with --ignore', () => {
    const plain = cli('compare', zmd, district).stdout;
    const folded = cli('compare', zmd, district, '--ignore', 'punctuation-width,whitespace,level-words').stdout;
    expect(plain).toContain('[-全市-][+全区+]');
    expect(folded).not.toContain('[-全市-][+全区+]');
    expect(folded).toContain('[-40亿元-][+3.5 亿元+]');
  });

  it('exits 2 with one bilingual line on bad input', () => {
    for (const args of [
      ['compare', zmd, district, '--ignore', 'commas'],
      ['compare', zmd],
      ['compare', zmd, 'missing.txt'],
      ['compare', zmd, 'seeds'],
      ['compare', zmd, district, '--pivot', '5'],
      ['compare', zmd, district, '--pivot', 'x'],
    ]) {
      const { status, stderr } = cli(...args);
      expect(status).toBe(2);
      expect(stderr.split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/[\u4e00-\u9fa5].* \/ [A-Za-z]/);
    }
  });
});
