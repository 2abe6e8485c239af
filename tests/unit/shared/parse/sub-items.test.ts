import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../shared/parse/index';
import { unplacedText } from '../../../fixtures/parse/documents';

const text = `某市推动工业稳增长若干措施

一、加强技术改造
1.支持企业技术改造。对符合条件的技术改造项目给予以下支持：
（1）设备投资额500万元以上的，按设备投资额的8%给予补助；
(2)列入省重点项目的，优先保障用地指标；
3)对智能化改造示范企业，一次性奖励50万元。
（责任单位：市工业和信息化局）
2.加快培育龙头企业。
①对首次营业收入突破100亿元的企业，奖励企业经营团队200万元；
②对首次营业收入突破50亿元的企业，奖励100万元。
（责任单位：市工业和信息化局、市财政局）
二、强化要素保障
3.加强用地保障。每年安排工业用地指标2000亩以上。（责任单位：市自然资源和规划局）
4.降低用能成本。
1）落实阶梯电价政策；
2）推进电力直接交易。
（责任单位：市发展改革委）`;

describe('arabic and circled sub-items inside measures', () => {
  it('keeps （1）, (2), 3), 1） and ① lines inside their measure without breaking the sequence', () => {
    const doc = parseDocument(text);
    expect(doc.units.map((u) => [u.label, u.title])).toEqual([
      ['1', '支持企业技术改造'],
      ['2', '加快培育龙头企业'],
      ['3', '加强用地保障'],
      ['4', '降低用能成本'],
    ]);
    expect(doc.units[0].text).toContain('(2)列入省重点项目的');
    expect(doc.units[0].text).toContain('3)对智能化改造示范企业');
    expect(doc.units[0].text.endsWith('（责任单位：市工业和信息化局）')).toBe(true);
    expect(doc.units[1].text).toContain('②对首次营业收入突破50亿元的企业');
    expect(doc.units[1].responsible.map((r) => r.name)).toEqual(['市工业和信息化局', '市财政局']);
    expect(doc.units[3].text).toContain('2）推进电力直接交易。');
    expect(doc.warnings).toEqual([]);
    expect(unplacedText(text, doc)).toBe('');
  });

  it('keeps arabic sub-items inside a 一、 block read as one unit', () => {
    const doc = parseDocument(
      '一、支持技术改造。给予以下支持：\n（1）设备补助8%；\n(2)优先保障用地。\n二、培育龙头企业。\n①奖励200万元；\n②奖励100万元。',
    );
    expect(doc.units.map((u) => u.label)).toEqual(['一', '二']);
    expect(doc.units[1].text).toBe('二、培育龙头企业。\n①奖励200万元；\n②奖励100万元。');
  });
});
