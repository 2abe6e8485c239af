/**
 * Plans and notices whose line breaks were collapsed: paragraphs from the
 * whitespace after sentence ends, table cells from the whitespace between
 * them, headings from the 目录 when the breaks left no trace.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../../shared/model/document';
import { paragraphStarts } from '../../../../shared/parse/collapsed-paragraphs';
import { parseDocument } from '../../../../shared/parse/index';
import { documentText, unplacedText } from '../../../fixtures/parse/documents';
import { seedText } from '../../../fixtures/parse/seeds';

const squeeze = (s: string): string => s.replace(/[\s\u3000\u00a0]+/g, '');
const collapse = (text: string, join: string): string => text.replace(/[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+/g, join);
const headings = (doc: ParsedDocument): string[] => {
  const out: string[] = [];
  const walk = (nodes: ParsedDocument['outline']): void =>
    nodes.forEach((n) => (out.push(`${n.label} ${squeeze(n.title)}`), walk(n.children)));
  walk(doc.outline);
  return out;
};

/** A small plan laid out as a government page prints it: 目录, 章/节 headings, unnumbered paragraphs, an indicator table. */
const plan = [
  '某市国民经济和社会发展第十四个五年规划纲要',
  '目录',
  '第一章发展基础',
  '第一节主要成就',
  '第二节面临形势',
  '第二章主要目标',
  '第一节总体目标',
  '第一章发展基础',
  '过去五年,全市经济持续健康发展,综合实力显著增强。',
  '第一节主要成就',
  '经济实力迈上新台阶。生产总值达到2800亿元,年均增长7%。',
  '创新能力明显提升。新增高新技术企业120家。',
  '第二节面临形势',
  '外部环境更趋复杂,不确定性明显增加。',
  '第二章主要目标',
  '综合考虑发展条件,确定以下目标:',
  '第一节总体目标',
  '到2025年,经济总量迈上新台阶。',
  '主要指标',
  '序号',
  '指标',
  '2020年',
  '2025年',
  '属性',
  '1',
  '地区生产总值(亿元)',
  '2800',
  '4000',
  '预期性',
  '2',
  '常住人口城镇化率(%)',
  '46',
  '55',
  '预期性',
  '各县区要对照目标,细化落实措施。',
].join('\n');
const readings = (doc: ParsedDocument) => doc.units.map((u) => squeeze(u.text));
const rows = (doc: ParsedDocument) =>
  doc.outline.flatMap(function walk(n): string[] {
    return [...(n.kind === 'table' ? (n.rows ?? []).map((r) => r.cells.join('|')) : []), ...n.children.flatMap(walk)];
  });

describe('collapsed plans', () => {
  it('gets back the paragraphs, headings and table rows of a plan joined with spaces', () => {
    const laidOut = parseDocument(plan);
    expect(laidOut.units.length).toBe(7);
    for (const join of [' ', '\u3000\u3000']) {
      const doc = parseDocument(collapse(plan, join));
      expect(readings(doc)).toEqual(readings(laidOut));
      expect(headings(doc)).toEqual(headings(laidOut));
      expect(rows(doc)).toEqual(rows(laidOut));
      expect(rows(doc).length).toBe(2);
    }
  });

  it('ends the headings of a plan joined with nothing where its 目录 prints them, keeps each heading’s paragraphs together and says so', () => {
    const text = collapse(plan, '');
    const doc = parseDocument(text);
    const laidOut = parseDocument(plan);
    expect(headings(doc).filter((h) => h.startsWith('第'))).toEqual(headings(laidOut).filter((h) => h.startsWith('第')));
    // 经济实力迈上新台阶。… and 创新能力明显提升。… were two paragraphs; nothing in the text says so any more
    expect(readings(doc)).toContain(
      squeeze('经济实力迈上新台阶。生产总值达到2800亿元,年均增长7%。创新能力明显提升。新增高新技术企业120家。'),
    );
    expect(unplacedText(text, doc)).toBe('');
    expect(doc.warnings.find((w) => w.code === 'layout-rebuilt')?.message).toMatch(/无法区分/);
  });

  it('leaves a laid-out paragraph with a space after a sentence end inside it whole', () => {
    const laid = plan.replace('经济实力迈上新台阶。生产总值', '经济实力迈上新台阶。 生产总值');
    expect(readings(parseDocument(laid))).toEqual(readings(parseDocument(plan)));
  });

  it('ends a collapsed measure at its (责任单位) aside, so the 落款 after it is the closing', () => {
    const text = documentText('shortHeadings');
    const doc = parseDocument(collapse(text, ' '));
    const laidOut = parseDocument(text);
    expect(doc.units.map((u) => [u.label, u.title, squeeze(u.text)])).toEqual(
      laidOut.units.map((u) => [u.label, u.title, squeeze(u.text)]),
    );
    expect(doc.units.at(-1)?.text).not.toContain('人民政府');
    expect(doc.closing).toBeDefined();
  });
});

describe('page lines in a collapsed text', () => {
  it('ends a collapsed 分享到: bar on its own, so the outline’s title block after it is not a page line', () => {
    const text = collapse(seedText('outline'), ' ');
    const page = parseDocument(text).furniture.filter((f) => f.kind === 'page');
    expect(page.filter((f) => /^分享到[:：]$/.test(f.text)).length).toBe(2);
    // the first 发布时间 followed the title's (草案) on the page: the status ends the title's line
    expect(page.filter((f) => f.text.startsWith('发布时间')).length).toBe(2);
    expect(page.some((f) => f.text.includes('第十四个五年规划'))).toBe(false);
  });
});

describe('paragraph starts in a collapsed text', () => {
  const startsIn = (text: string): string[] => paragraphStarts(text).map((at) => text.slice(at, at + 2));

  it('starts a paragraph after a sentence end and whitespace, with its closing quote', () => {
    expect(startsIn('发展质量明显提升。 创新能力增强。”　　加快建设')).toEqual(['创新', '加快']);
  });

  it('does not start one inside a paragraph (no whitespace) or after a field label’s colon', () => {
    expect(startsIn('发展质量明显提升。创新能力增强。')).toEqual([]);
    expect(startsIn('信息来源: 市政府办 文  号: 驻政办〔2024〕22号')).toEqual([]);
  });

  it('starts one after a long lead-in’s colon, an aside that follows a sentence and a title’s status, not after a bracket inside a sentence', () => {
    expect(startsIn('实现发展目标必须遵循的原则: ——坚持')).toEqual(['——']);
    expect(startsIn('延长营业时间。 （责任单位：市商务局） 信阳市人民政府')).toEqual(['（责', '信阳']);
    expect(startsIn('按照《实施方案》(豫办〔2020〕17号) 要求')).toEqual([]);
    expect(startsIn('若干措施（征求意见稿） 为深入学习')).toEqual(['为深']);
  });
});
