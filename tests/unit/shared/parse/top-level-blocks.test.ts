import { describe, expect, it } from 'vitest';
import { documentText, parsedDocument, unplacedText } from '../../../fixtures/parse/documents';
import { nodesOf } from '../../../fixtures/parse/seeds';
import { parseDocument } from '../../../../shared/parse/index';

const names = (u: { responsible: readonly { name: string }[] }): string[] => u.responsible.map((r) => r.name);

describe('若干措施 whose measures are printed as 一、 blocks', () => {
  it('reads each 一、 sentence block as one unit, labelled 一 … 六, with its lead phrase as title', () => {
    const doc = parsedDocument('sentences');
    expect(doc.units.map((u) => u.label)).toEqual(['一', '二', '三', '四', '五', '六']);
    expect(doc.units.map((u) => u.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.units.every((u) => u.kind === 'point' && u.path.length === 0)).toBe(true);
    expect(doc.units.map((u) => u.title)).toEqual([
      '加大财政支持力度',
      '强化融资服务',
      '培育专精特新企业',
      '降低企业用地成本',
      '优化政务服务',
      '加强人才支撑',
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('keeps a block broken over lines whole, and reads 责任单位 in every printed form', () => {
    const doc = parsedDocument('sentences');
    const [one, , three, four, five, six] = doc.units;
    expect(names(one)).toEqual(['市财政局', '市工业和信息化局']);
    expect(four.text).toBe(
      '四、降低企业用地成本。\n工业用地可采取长期租赁、先租后让、弹性年期出让等方式供应，\n出让年限最高不超过50年。（责任单位：市自然资源和规划局）',
    );
    expect(names(four)).toEqual(['市自然资源和规划局']);
    expect(five.responsible).toEqual([
      { name: '市市场监管局', role: 'lead' },
      { name: '市政务服务和大数据管理局', role: 'support' },
    ]);
    expect(names(six)).toEqual(['市人力资源和社会保障局', '市财政局']);
    expect(three.targets).toContainEqual(expect.objectContaining({ value: 50, unit: '家', qualifier: '以上' }));
  });

  it('leaves the 通知 wrapper in the preamble and the sign-off in the closing, dropping nothing', () => {
    const text = documentText('sentences');
    const doc = parsedDocument('sentences');
    expect(text.slice(doc.preamble!.start, doc.preamble!.endExclusive)).toContain('制定以下措施。');
    expect(text.slice(doc.closing!.start, doc.closing!.endExclusive)).toBe('南阳市人民政府办公室\n2024年3月8日');
    expect(doc.units[5].text).not.toContain('人民政府办公室');
    expect(doc.meta.docNumber).toBe('宛政办〔2024〕15号');
    expect(unplacedText(text, doc)).toBe('');
  });

  it('reads each short 一、 heading with its unnumbered paragraphs as one unit titled by the heading', () => {
    const text = documentText('shortHeadings');
    const doc = parsedDocument('shortHeadings');
    expect(doc.units.map((u) => [u.label, u.ordinal, u.title])).toEqual([
      ['一', 1, '支持汽车消费'],
      ['二', 2, '提振家居消费'],
      ['三', 3, '发展夜间经济'],
    ]);
    expect(doc.units[0].text.startsWith('一、支持汽车消费\n对在本市购买')).toBe(true);
    expect(doc.units[0].text.endsWith('（责任单位：市商务局、市财政局、市发展改革委）')).toBe(true);
    expect(names(doc.units[2])).toEqual(['市商务局', '市文化广电和旅游局', '市公安局']);
    expect(doc.units[0].targets).toContainEqual(expect.objectContaining({ value: 1000, unit: '个', qualifier: '以上' }));
    expect(nodesOf(doc, 'section')).toEqual([]);
    expect(doc.warnings).toEqual([]);
    expect(unplacedText(text, doc)).toBe('');
  });

  it('keeps numbered lines inside a 一、 sentence block as its sub-items when each block restarts them', () => {
    const doc = parseDocument(
      '一、加大财政支持力度。市财政重点支持：\n1.对新认定的企业奖励100万元；\n2.对新建平台奖励50万元。\n（责任单位：市财政局）\n二、强化融资服务。新增贷款100亿元。\n1.开展银企对接；\n2.设立风险补偿资金。\n三、优化营商环境。压缩审批时限。',
    );
    expect(doc.units.map((u) => [u.kind, u.label])).toEqual([
      ['point', '一'],
      ['point', '二'],
      ['point', '三'],
    ]);
    expect(doc.units[0].text).toContain('2.对新建平台奖励50万元。\n（责任单位：市财政局）');
    expect(names(doc.units[0])).toEqual(['市财政局']);
  });

  it('reads 一、 sentences as headings when the 1. measures under them number on across blocks', () => {
    const doc = parseDocument(
      '一、强化创新引领。围绕主导产业，实施以下措施：\n1.建设创新平台。新建平台10个。\n2.培育科技企业。新增200家。\n二、扩大有效投资。着力抓好项目建设：\n3.推进重大项目。完成投资500亿元。\n4.强化要素保障。',
    );
    expect(doc.units.map((u) => [u.kind, u.label, u.path[0]])).toEqual([
      ['measure', '1', '一、强化创新引领'],
      ['measure', '2', '一、强化创新引领'],
      ['measure', '3', '二、扩大有效投资'],
      ['measure', '4', '二、扩大有效投资'],
    ]);
  });
});

describe('mixed documents', () => {
  it('reads a bare 一、 section as a unit beside sections of 1. measures, outside their path', () => {
    const text = documentText('mixed');
    const doc = parsedDocument('mixed');
    expect(doc.units.map((u) => [u.kind, u.label, u.title, u.path.join('')])).toEqual([
      ['point', '一', '总体要求', ''],
      ['measure', '1', '实施智能化改造', '二、重点任务'],
      ['measure', '2', '建设工业互联网平台', '二、重点任务'],
      ['measure', '3', '强化资金保障', '三、支撑体系'],
      ['measure', '4', '加强人才培养', '三、支撑体系'],
      ['point', '四', '保障措施', ''],
    ]);
    expect(doc.units[0].targets).toContainEqual(expect.objectContaining({ value: 80, unit: '%' }));
    expect(new Set(doc.units.map((u) => u.id)).size).toBe(6);
    const sections = nodesOf(doc, 'section');
    expect(sections.map((s) => s.title)).toEqual(['重点任务', '支撑体系']);
    expect(sections[1].span.endExclusive).toBeLessThanOrEqual(doc.units[5].span.start);
    expect(doc.warnings).toEqual([]);
    expect(unplacedText(text, doc)).toBe('');
  });

  it('reads a 工作方案 whose 总体要求 and 保障措施 are sentences around (一) items', () => {
    const doc = parseDocument(
      '一、总体要求。以新发展理念为指导，坚持稳中求进。\n二、主要任务\n（一）扩大投资。完成投资100亿元。\n（二）促进消费。社会消费品零售总额增长6%。\n三、保障措施。各地要加强组织领导。',
    );
    expect(doc.units.map((u) => [u.kind, u.label, u.title])).toEqual([
      ['point', '一', '总体要求'],
      ['item', '（一）', '扩大投资'],
      ['item', '（二）', '促进消费'],
      ['point', '三', '保障措施'],
    ]);
  });

  it('does not take a list in the 通知 wrapper, ended by its sign-off, for the measures of the attachment', () => {
    const doc = parseDocument(
      '关于印发某某措施的通知\n各县区：\n一、高度重视。各地要认真组织实施。\n二、抓好落实。各部门要细化举措。\n某市人民政府办公室\n2023年12月30日\n某某措施\n1.支持技术改造。奖励100万元。\n2.培育龙头企业。奖励200万元。',
    );
    expect(doc.units.map((u) => [u.kind, u.label])).toEqual([
      ['measure', '1'],
      ['measure', '2'],
    ]);
  });
});
