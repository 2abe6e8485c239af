import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import type { SearchResult } from '../../../../shared/model/comparison';
import { normalizeForMatch } from '../../../../shared/text/normalize';
import { seed, seedFiles, type SeedName } from '../../../fixtures/align/seeds';

const cli = (...args: string[]) => runCli('search', ...args);

const search = (q: string, ...more: string[]): SearchResult => {
  const { status, stdout, stderr } = cli(q, '--limit', '2000', '--json', ...more);
  expect(stderr).toBe('');
  expect(status).toBe(0);
  return JSON.parse(stdout) as SearchResult;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A plain scan of every seed unit's matching form; a number in the query may not run on into other digits. */
function scan(query: string): string[] {
  const q = normalizeForMatch(query);
  const pattern = new RegExp(`${/^\d/.test(q) ? '(?<![\\d.]|\\d\\.)' : ''}${escape(q)}${/\d$/.test(q) ? '(?![\\d]|\\.\\d)' : ''}`);
  return (Object.keys(seedFiles) as SeedName[]).flatMap((name) =>
    seed(name)
      .units.filter((u) => pattern.test(normalizeForMatch(u.text)))
      .map((u) => `${seedFiles[name].replace(/\.txt$/, '')}/${u.id}`),
  );
}

describe('cli search', () => {
  it('returns every unit whose text contains the query, as a substring scan finds them', () => {
    const queries = [
      '市发改委',
      '市商务局',
      '科技局',
      '按职责分工负责',
      '40亿元',
      '以旧换新',
      '营商环境',
      '专精特新',
      '项目',
      '企业',
      '矿',
    ];
    const found: Record<string, number> = {};
    for (const q of queries) {
      const result = search(q);
      const units = result.exact.filter((h) => h.place.kind === 'unit').map((h) => `${h.doc}/${h.unitId}`);
      const expected = scan(q);
      expect(units.sort(), q).toEqual(expected.sort());
      found[q] = units.length;
    }
    // the office names are written dozens of times: the scan is not trivially empty
    expect(found['市发改委']).toBeGreaterThan(20);
    expect(found['按职责分工负责']).toBeGreaterThan(20);
  });

  it('finds 40亿元 only where exactly 40亿元 is written, highlighted whole', () => {
    const result = search('40亿元');
    expect(result.exact.length).toBeGreaterThan(0);
    for (const h of result.exact) {
      const marks = h.highlights.map((r) => h.snippet.slice(r.start, r.endExclusive));
      expect(marks).toContain('40亿元');
      expect(h.snippet).toMatch(/(?<![\d.])40亿元/);
    }
  });

  it('finds 双过半 in the 许昌 document title and preamble', () => {
    const xuchang = search('双过半').exact.filter((h) => h.doc.startsWith('xuchang'));
    expect(xuchang.map((h) => h.place.kind)).toEqual(expect.arrayContaining(['title', 'preamble']));
  });

  it('marks the match in the readable form and applies filters', () => {
    const { status, stdout } = cli('以旧换新', '--region', '许昌', '--limit', '2');
    expect(status).toBe(0);
    expect(stdout).toContain('【以旧换新】');
    expect(stdout).not.toContain('zhumadian');
  });

  it('puts approximate hits under 近似匹配 with a suggestion when nothing matches exactly', () => {
    const { status, stdout } = cli('设被更新');
    expect(status).toBe(0);
    expect(stdout).toContain('您是不是要找:设备更新');
    expect(stdout).toContain('近似匹配');
  });

  it('exits 2 with one bilingual line on bad input', () => {
    const bad = [
      [],
      ['以旧换新', '--corpus', 'no-such-dir'],
      ['以旧换新', '--year', 'abc'],
      ['以旧换新', '--limit', '0'],
      ['以旧换新', '--limit', '-3'],
      ['以旧换新', '--limit', '2.5'],
      ['以旧换新', '--limit', 'ten'],
      [',。!'],
      ['测'.repeat(500)],
    ];
    for (const args of bad) {
      const { status, stderr } = cli(...args);
      expect(status, args.join(' ')).toBe(2);
      expect(stderr.split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/[\u4e00-\u9fa5].* \/ [A-Za-z]/);
    }
  });
});
