import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../shared/parse/index';
import { parsedSeed } from '../../../fixtures/parse/seeds';

describe('metadata read from document headers', () => {
  it('reads the labelled header of a 驻马店 notice', () => {
    const { meta } = parsedSeed('zhumadian2024');
    expect(meta).toMatchObject({
      title: '扎实推进2024年下半年经济稳进向好实施办法',
      issuer: '驻马店市人民政府办公室',
      docNumber: '驻政办〔2024〕22号',
      writtenDate: '2024-07-31',
      publishedDate: '2024-08-15',
      indexNumber: 'S0001-0205-2024-00952',
      validity: '有效',
      level: '市',
      year: 2024,
      kind: '实施办法',
      status: 'final',
    });
    expect(meta.region.city).toBe('驻马店市');
    expect(meta.overridden).toEqual({});
  });

  it('reads the bare header lines of 许昌 (index number, issuer, dates, validity)', () => {
    const { meta } = parsedSeed('xuchang');
    expect(meta).toMatchObject({
      title: '攻坚二季度确保“双过半”若干措施',
      issuer: '许昌市人民政府',
      docNumber: '许政办〔2024〕4号',
      indexNumber: '11411000005747138B/202406-00327',
      publishedDate: '2024-06-06',
      writtenDate: '2024-05-29',
      validity: '有效',
      kind: '若干措施',
    });
  });

  it('marks a 征求意见稿 as a draft at district level without inventing a year', () => {
    const { meta } = parsedSeed('district');
    expect(meta.status).toBe('draft');
    expect(meta.level).toBe('县区');
    expect(meta.year).toBeUndefined();
    expect(meta.docNumber).toBeUndefined();
    expect(meta.title).toContain('若干措施');
  });

  it('reads the table-like | header of 驻马店 2021 and the plan’s 草案 title', () => {
    expect(parsedSeed('zhumadian2021').meta).toMatchObject({
      docNumber: '驻政办〔2021〕10号',
      publishedDate: '2021-04-01',
      writtenDate: '2021-03-29',
      kind: '工作方案',
      year: 2021,
    });
    expect(parsedSeed('outline').meta).toMatchObject({ kind: '规划纲要', status: 'draft', publishedDate: '2021-03-01', year: 2021 });
  });

  it.each([
    ['南阳市促进外贸稳增长实施细则', '实施细则'],
    ['某市科技创新专项资金管理办法', '管理办法'],
    ['某市支持民营经济发展若干政策', '若干政策'],
    ['某市稳住经济一揽子政策措施', '政策措施'],
    ['某区2025年优化营商环境工作要点', '工作要点'],
    ['某市城市绿化条例', '条例'],
    ['某市推动大规模设备更新行动方案', '行动方案'],
  ])('names the kind of %s as %s', (title, kind) => {
    expect(parseDocument(`${title}\n\n一、总体要求\n1.加强领导。\n`).meta.kind).toBe(kind);
  });

  it('reads an unseen notice with full-width numbering and a 牵头/配合 clause', () => {
    const text = [
      '某某市人民政府关于印发某某市促进消费若干措施的通知',
      '某政〔2023〕7号',
      '一、扩大消费',
      '１．发展夜间经济。打造夜间消费街区3至5个。（市商务局牵头，市文旅局、市公安局配合）',
      '2、稳定汽车消费。',
      '责任单位：市商务局',
      '二、优化环境',
      '3. 强化保障。',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.meta).toMatchObject({ title: '某某市促进消费若干措施', issuer: '某某市人民政府', docNumber: '某政〔2023〕7号', year: 2023 });
    expect(doc.units.map((u) => u.label)).toEqual(['1', '2', '3']);
    expect(doc.units[0].responsible).toEqual([
      { name: '市商务局', role: 'lead' },
      { name: '市文旅局', role: 'support' },
      { name: '市公安局', role: 'support' },
    ]);
    expect(doc.units[0].targets[0]).toMatchObject({ value: 3, valueMax: 5, unit: '个' });
    expect(doc.units[1].responsible).toEqual([{ name: '市商务局', role: 'shared' }]);
  });
});

describe('nested numbering in an unseen 实施方案', () => {
  it('reads (一) items that head 1. measures as sub-headings, and a lone (一) paragraph as an item', () => {
    const text = [
      '某县推进产业发展实施方案',
      '一、总体要求',
      '（一）指导思想。坚持稳中求进。',
      '二、重点任务',
      '（一）加快产业升级',
      '1. 培育龙头企业。新增规上企业10家。',
      '2. 推动技术改造。',
      '（二）扩大有效投资',
      '3. 谋划重大项目。',
      '（三）做好保障',
      '1. 强化要素保障。',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.units.map((u) => `${u.id}:${u.label}`)).toEqual(['s1.i1:（一）', 's2.i1.m1:1', 's2.i1.m2:2', 's2.i2.m3:3', 's2.i3.m1:1']);
    expect(doc.units[1].path).toEqual(['二、重点任务', '（一）加快产业升级']);
    expect(doc.units[1].title).toBe('培育龙头企业');
    expect(doc.warnings).toEqual([]);
  });
});
