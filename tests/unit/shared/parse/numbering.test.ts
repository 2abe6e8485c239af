import { describe, expect, it } from 'vitest';
import { displayLabel, numberingForms, numberingLength, readNumbering, stripNumbering } from '../../../../shared/parse/numbering';
import { classifyLine } from '../../../../shared/parse/headings';
import { unitBody } from '../../../../shared/engine/text/features';
import { joinSoftBreaks } from '../../../../shared/text/soft-breaks';
import { numberingLength as diffNumberingLength } from '../../../../shared/engine/diff/numbering';

describe('the numbering table', () => {
  it.each(numberingForms.map((f) => [f.name, f] as const))('reads its own example for %s', (_name, form) => {
    const n = readNumbering(form.example);
    expect(n?.form.name).toBe(form.name);
    expect(n?.number).toBe(form.exampleNumber);
    expect(form.example.slice(n!.length).length).toBeGreaterThan(0);
  });

  it('lists the forms the issue asks for, each with an example', () => {
    const names = numberingForms.map((f) => f.name);
    for (const wanted of ['第X部分', '第X篇', '第X章', '第X节', '第X条', '一、', '(一)', '1.', '(1)', '①', '1)'])
      expect(names).toContain(wanted);
  });

  it('reads no numbering in plain sentences, years or decimals', () => {
    for (const text of ['2024年底前完成', '3.5万亩', '为深入贯彻落实', '第一时间处置', '一是加强领导', '(市发改委负责)'])
      expect(readNumbering(text)).toBeNull();
  });

  it('strips 第1条 for matching as it strips 第一条', () => {
    expect(stripNumbering('第1条 为规范管理')).toBe('为规范管理');
    expect(unitBody('第1条为规范管理,制定本办法。')).toBe(unitBody('第一条为规范管理,制定本办法。'));
  });

  it('strips every form from a unit body for matching', () => {
    for (const form of numberingForms)
      expect(unitBody(form.example)).toBe(unitBody(form.example.slice(readNumbering(form.example)!.length)));
  });

  it('classifies 第一部分 as a part heading and the sub-item forms as clauses inside a measure', () => {
    expect(classifyLine('第一部分 总体要求')).toMatchObject({ kind: 'part', number: 1, label: '第一部分', title: '总体要求' });
    for (const line of ['（1）新建5G基站。', '①开展专项行动。', '2）完善配套政策。']) expect(classifyLine(line).kind).toBe('sub-item');
  });

  it('keeps a line break before every numbered form and joins one inside a word', () => {
    for (const form of numberingForms) expect(joinSoftBreaks(`上一句没有结束\n${form.example}`)).toBe(`上一句没有结束\n${form.example}`);
    expect(joinSoftBreaks('区住\n\n房和城乡建设局')).toBe('区住房和城乡建设局');
  });

  it('leaves the numbering out of the word diff for every form', () => {
    for (const form of numberingForms) expect(diffNumberingLength({ text: form.example, label: 'x' })).toBe(numberingLength(form.example));
  });

  it('shows a unit number the way it is printed', () => {
    expect(displayLabel({ kind: 'measure', label: '3' })).toBe('3.');
    expect(displayLabel({ kind: 'point', label: '三' })).toBe('三、');
    expect(displayLabel({ kind: 'article', label: '第三条' })).toBe('第三条');
    expect(displayLabel({ kind: 'paragraph', label: '' })).toBe('段');
  });
});
