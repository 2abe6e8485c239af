import { mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, runCli } from './run-cli';

const cli = (...args: string[]) => runCli('check', ...args);

const district = 'seeds/district-2024-h2-measures-draft.txt';

describe('cli check', () => {
  it('checks the district draft against the other seeds by default', () => {
    const { status, stdout } = cli(district, '--top', '2', '--json');
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.units).toHaveLength(32);
    for (const u of json.units) {
      expect(u.precedents.length).toBeGreaterThan(0);
      expect(u.precedents.length).toBeLessThanOrEqual(2);
      for (const p of u.precedents) expect(p.doc).not.toBe('district-2024-h2-measures-draft');
    }
    expect(json.gaps.length).toBeGreaterThan(0);
    // gaps come from the alignment of the draft with its most comparable precedents: two or more documents, a place in the draft
    const draftUnits = new Set(json.units.map((u: { unitId: string }) => u.unitId));
    for (const g of json.gaps) {
      expect(g.support).toBeGreaterThanOrEqual(2);
      expect(new Set(g.precedents.map((p: { doc: string }) => p.doc)).size).toBe(g.support);
      expect([...g.documents].sort()).toEqual([...new Set(g.precedents.map((p: { doc: string }) => p.doc))].sort());
      if (g.place.afterUnitId !== null) expect(draftUnits.has(g.place.afterUnitId)).toBe(true);
    }
  });

  it('takes another corpus folder and prints a readable list without --json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'precedent-check-'));
    copyFileSync(join(repo, 'seeds/zhumadian-2024-h2-economy-measures.txt'), join(dir, 'city.txt'));
    const { status, stdout } = cli(district, '--corpus', dir);
    expect(status).toBe(0);
    expect(stdout).toContain('city 13 全面推进大规模设备更新和消费品以旧换新工作');
    expect(stdout).toMatch(/缺项 \/ gaps: \d+/);
  });

  it('names an untitled plan paragraph by its opening words', () => {
    const { status, stdout } = cli('seeds/zhumadian-14th-five-year-plan-outline-draft.txt', '--top', '1');
    expect(status).toBe(0);
    expect(stdout).not.toMatch(/^¶ *$/m);
    expect(stdout).toMatch(/^¶ \S{8,}/m);
  });

  it('exits 2 with one bilingual line on bad input', () => {
    const prose = join(mkdtempSync(join(tmpdir(), 'precedent-check-')), 'prose.txt');
    writeFileSync(prose, '关于做好下半年工作的意见\n\n各单位要高度重视，认真抓好落实。\n');
    for (const args of [[], ['missing.txt'], [district, '--corpus', 'no-such-dir'], [district, '--top', '0'], [prose]]) {
      const { status, stderr } = cli(...args);
      expect(status).toBe(2);
      expect(stderr.split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/[\u4e00-\u9fa5].* \/ [A-Za-z]/);
    }
  });
});
