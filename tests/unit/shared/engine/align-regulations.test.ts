import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../../shared/engine/index';
import { parseDocument } from '../../../../shared/parse/index';

const dir = fileURLToPath(new URL('../../../fixtures/align/regulations/', import.meta.url));
const read = (file: string) => parseDocument(readFileSync(dir + file, 'utf8'), { fileName: file });

/** Two dog-keeping regulations of two cities, each in its own words and order (fixtures written for this test). */
describe('alignment of two regulations on one subject (第N条 articles)', () => {
  const a = read('city-a-dog-regulation.txt');
  const b = read('city-b-dog-regulation.txt');
  const comparison = compareDocuments([a, b]);
  const partnersOf = (label: string) =>
    comparison.groups
      .find((g) => g.members.some((m) => m.doc === 0 && m.label === label))!
      .members.filter((m) => m.doc === 1)
      .map((m) => m.label);

  it('reads both as articles', () => {
    expect(a.units.every((u) => u.kind === 'article')).toBe(true);
    expect(b.units.every((u) => u.kind === 'article')).toBe(true);
  });

  it('pairs the articles on the same matter though numbered and worded differently', () => {
    expect(partnersOf('第一条')).toEqual(['第一条']); // purpose
    expect(partnersOf('第三条')).toEqual(['第三条']); // competent departments
    expect(partnersOf('第四条')).toEqual(['第五条']); // registration
    expect(partnersOf('第八条')).toEqual(['第八条']); // injury to others
    expect(partnersOf('第十条')).toEqual(['第十三条']); // entry into force
  });

  it('puts the one penalty article that lists several violations with the articles that punish them one by one', () => {
    expect(partnersOf('第九条')).toEqual(['第九条', '第十条', '第十一条', '第十二条']);
    const row = comparison.groups.find((g) => g.members.some((m) => m.doc === 0 && m.label === '第九条'))!;
    expect(row.merged).toBe(true);
    expect(row.tier).not.toBeNull();
  });

  it('pairs no penalty article with an article that only sets a duty', () => {
    const penalties = new Set(['第九条', '第十条', '第十一条', '第十二条']);
    for (const g of comparison.groups) {
      const inB = g.members.filter((m) => m.doc === 1).map((m) => m.label);
      const inA = g.members.filter((m) => m.doc === 0).map((m) => m.label);
      if (inB.some((l) => penalties.has(l))) expect(inA.every((l) => l === '第九条')).toBe(true);
    }
  });

  it('pairs the same articles whichever regulation is the base', () => {
    const pairs = (c: typeof comparison, left: number) =>
      c.groups
        .flatMap((g) =>
          g.members
            .filter((m) => m.doc === left)
            .flatMap((l) => g.members.filter((m) => m.doc === 1 - left).map((r) => `${l.label}|${r.label}`)),
        )
        .sort();
    expect(pairs(compareDocuments([b, a]), 1)).toEqual(pairs(comparison, 0));
  });
});
