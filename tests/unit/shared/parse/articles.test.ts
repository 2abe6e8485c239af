import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../../../shared/parse/headings';
import { parseDocument } from '../../../../shared/parse/index';
import { documentText, parsedDocument, unplacedText } from '../../../fixtures/parse/documents';
import { nodesOf } from '../../../fixtures/parse/seeds';

describe('管理办法 written as 第X条 articles', () => {
  it('reads each 第X条 article as a unit, with its chapter as path', () => {
    const doc = parsedDocument('chapters');
    expect(doc.units).toHaveLength(11);
    expect(doc.units.every((u) => u.kind === 'article')).toBe(true);
    expect(doc.units.map((u) => u.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(doc.units.map((u) => u.label).slice(-2)).toEqual(['第十条', '第十一条']);
    expect(doc.units[0].path).toEqual(['第一章 总则']);
    expect(doc.units[4].path).toEqual(['第二章 职责分工']);
    expect(doc.units[10].path).toEqual(['第四章 附则']);
    expect(nodesOf(doc, 'chapter').map((c) => c.title)).toEqual(['总则', '职责分工', '支持范围和标准', '附则']);
  });

  it('puts 第X节 inside its chapter in the path and the id', () => {
    const doc = parsedDocument('chapters');
    expect(doc.units[5].path).toEqual(['第三章 支持范围和标准', '第一节 创新平台']);
    expect(doc.units[7].path).toEqual(['第三章 支持范围和标准', '第二节 企业研发']);
    expect(doc.units[5].id).toBe('c3.s1.a6');
    expect(nodesOf(doc, 'chapter')[2].children.map((s) => s.label)).toEqual(['第一节', '第二节']);
  });

  it('keeps （一） sub-items inside their article', () => {
    const three = parsedDocument('chapters').units[2];
    expect(three.label).toBe('第三条');
    expect(three.text).toBe(
      '第三条  专项资金的管理和使用遵循以下原则：\n（一）公开透明。项目申报、评审和资金分配全过程公开。\n（二）突出重点。集中支持关键核心技术攻关和创新平台建设。\n（三）绩效导向。资金分配与绩效评价结果挂钩。',
    );
  });

  it('gives a title only to an article that opens with a short phrase, not to one that opens with a provision', () => {
    const titles = parsedDocument('chapters').units.map((u) => u.title);
    expect(titles[5]).toBe('支持创新平台建设');
    expect(titles[7]).toBe('鼓励企业加大研发投入');
    expect(titles.filter((t) => t !== '')).toHaveLength(2);
  });

  it('reads 责任单位 and targets of articles, not taking the printed 第X条 as a quantity', () => {
    const doc = parsedDocument('chapters');
    expect(doc.units[5].responsible.map((r) => r.name)).toEqual(['市科技局', '市财政局']);
    expect(doc.units[5].targets).toContainEqual(expect.objectContaining({ value: 500, unit: '万元' }));
    const nine = doc.units[8];
    expect(nine.targets).toContainEqual(expect.objectContaining({ value: 300, unit: '家', qualifier: '以上' }));
    expect(nine.targets.every((t) => !t.text.includes('第九条'))).toBe(true);
  });

  it('keeps the title in the preamble, and the joint sign-off and date in the closing, dropping nothing', () => {
    const text = documentText('chapters');
    const doc = parsedDocument('chapters');
    expect(text.slice(doc.preamble!.start, doc.preamble!.endExclusive)).toBe('许昌市市级科技创新专项资金管理办法');
    expect(text.slice(doc.closing!.start, doc.closing!.endExclusive)).toBe('许昌市财政局　许昌市科学技术局\n2024年4月10日');
    expect(doc.units[10].text).toBe('第十一条  本办法自2024年5月1日起施行，有效期3年。');
    expect(doc.warnings).toEqual([]);
    expect(unplacedText(text, doc)).toBe('');
  });

  it('reads 第1条 articles without chapters, and a bracketed （出口信用保险） as the title', () => {
    const doc = parsedDocument('arabic');
    expect(doc.units.map((u) => [u.label, u.ordinal, u.title, u.path.length])).toEqual([
      ['第1条', 1, '', 0],
      ['第2条', 2, '支持企业开拓国际市场', 0],
      ['第3条', 3, '出口信用保险', 0],
      ['第4条', 4, '', 0],
    ]);
    expect(doc.units[1].responsible.map((r) => r.name)).toEqual(['市商务局', '市财政局']);
    expect(doc.units[0].targets).toEqual([]);
  });

  it('keeps a 目录 of chapters out of the body', () => {
    const text =
      '某市管理办法\n目  录\n第一章 总则\n第二章 附则\n第一章 总则\n第一条 为规范管理，制定本办法。\n第二条 本办法适用于全市。\n第二章 附则\n第三条 本办法自印发之日起施行。';
    const doc = parseDocument(text);
    expect(doc.units.map((u) => [u.label, u.path[0]])).toEqual([
      ['第一条', '第一章 总则'],
      ['第二条', '第一章 总则'],
      ['第三条', '第二章 附则'],
    ]);
    expect(text.slice(doc.preamble!.start, doc.preamble!.endExclusive)).toContain('第二章 附则');
    expect(unplacedText(text, doc)).toBe('');
  });

  it('reads an out-of-sequence 第X条 line as part of the article before it, with a warning', () => {
    const doc = parseDocument(
      '第一条 为规范管理，制定本办法。\n第二条 本办法所称资金，依照\n第五条规定的程序拨付。\n第三条 本办法自印发之日起施行。',
    );
    expect(doc.units.map((u) => u.label)).toEqual(['第一条', '第二条', '第三条']);
    expect(doc.units[1].text).toContain('第五条规定的程序拨付。');
    expect(doc.warnings.map((w) => w.code)).toEqual(['out-of-sequence']);
  });
});

describe('reading article numbers', () => {
  it('reads Chinese and Arabic article numbers, including 第十一条 and 第一百零二条', () => {
    expect(classifyLine('第十一条 本办法自发布之日起施行。')).toMatchObject({
      kind: 'article',
      number: 11,
      label: '第十一条',
      rest: '本办法自发布之日起施行。',
    });
    expect(classifyLine('第一百零二条　附则。')).toMatchObject({ kind: 'article', number: 102, label: '第一百零二条' });
    expect(classifyLine('第1条 为规范管理')).toMatchObject({ kind: 'article', number: 1, label: '第1条', rest: '为规范管理' });
    expect(classifyLine('第三章 支持范围')).toMatchObject({ kind: 'chapter', number: 3 });
  });

  it('reads a plan with 章 and 节 but no 第X条 as a plan of paragraphs', () => {
    const doc = parseDocument(
      '第一章 发展基础\n第一节 主要成就\n全市经济保持平稳增长。\n第二章 发展目标\n到2025年，地区生产总值突破5000亿元。',
    );
    expect(doc.units.every((u) => u.kind === 'paragraph')).toBe(true);
    expect(doc.units.map((u) => u.path.join(' > '))).toEqual(['第一章 发展基础 > 第一节 主要成就', '第二章 发展目标']);
  });
});
