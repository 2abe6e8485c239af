import { describe, expect, it } from 'vitest';
import { nodesOf, parsedSeed } from '../../../fixtures/parse/seeds';

describe('seed structure', () => {
  it('reads 驻马店 2024 as 8 sections and 42 numbered measures', () => {
    const doc = parsedSeed('zhumadian2024');
    expect(nodesOf(doc, 'section')).toHaveLength(8);
    expect(doc.units).toHaveLength(42);
    expect(doc.units.every((u) => u.kind === 'measure')).toBe(true);
    expect(doc.units.map((u) => u.ordinal)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
  });

  it('reads 许昌 as 7 sections and 29 measures', () => {
    const doc = parsedSeed('xuchang');
    expect(nodesOf(doc, 'section')).toHaveLength(7);
    expect(doc.units).toHaveLength(29);
  });

  it('reads the district draft with markdown headings as 8 sections and 32 measures', () => {
    const doc = parsedSeed('district');
    const sections = nodesOf(doc, 'section');
    expect(sections).toHaveLength(8);
    expect(sections[2].title).toBe('持续释放有效需求潜力');
    expect(sections[3].title).toBe('持续深化重点领域改革');
    expect(doc.units).toHaveLength(32);
  });

  it('reads 驻马店 2021 as 8 sections and 32 (一)-style items', () => {
    const doc = parsedSeed('zhumadian2021');
    expect(nodesOf(doc, 'section')).toHaveLength(8);
    expect(doc.units).toHaveLength(32);
    expect(doc.units.every((u) => u.kind === 'item')).toBe(true);
    expect(doc.units[31].label).toBe('(三十二)');
    expect(doc.units[31].ordinal).toBe(32);
  });

  it('reads the 十四五 outline as 14 篇, 62 章, 96 节 and 10 专栏, keeping the 目录 out of the body', () => {
    const doc = parsedSeed('outline');
    expect(nodesOf(doc, 'part')).toHaveLength(14);
    expect(nodesOf(doc, 'chapter')).toHaveLength(62);
    expect(nodesOf(doc, 'section')).toHaveLength(96);
    expect(nodesOf(doc, 'column')).toHaveLength(10);
    const [toc] = nodesOf(doc, 'toc');
    expect(toc).toBeDefined();
    expect(doc.units.every((u) => u.span.start >= toc.span.endExclusive)).toBe(true);
    expect(doc.units.every((u) => u.kind === 'paragraph')).toBe(true);
  });

  it('gives units stable ids derived from their heading path and number', () => {
    expect(parsedSeed('zhumadian2024').units[11].id).toBe('s3.m12');
    expect(parsedSeed('zhumadian2021').units[2].id).toBe('s2.i3');
    const ids = parsedSeed('outline').units.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('p1.c1.s1.p1');
  });

  it('keeps the notice header and 通知 wrapper in the preamble, not in units', () => {
    const doc = parsedSeed('zhumadian2024');
    expect(doc.preamble).toBeDefined();
    expect(doc.units[0].span.start).toBeGreaterThan(doc.preamble!.endExclusive - 1);
    expect(doc.units.some((u) => u.text.includes('驻政办〔2024〕22号'))).toBe(false);
    expect(doc.units[41].text).not.toContain('相关解读');
    expect(doc.closing).toBeDefined();
  });

  it('places every seed without warnings and keeps unit paths to their section', () => {
    for (const name of ['zhumadian2024', 'xuchang', 'district', 'zhumadian2021'] as const) {
      const doc = parsedSeed(name);
      expect(doc.warnings).toEqual([]);
      expect(doc.units.every((u) => u.path.length === 1)).toBe(true);
    }
    expect(parsedSeed('zhumadian2024').units[0].path).toEqual(['一、持续增强创新引领作用']);
  });
});
