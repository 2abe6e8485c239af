import { describe, expect, it } from 'vitest';
import { readResponsible } from '../../../../shared/parse/responsible';
import { readTargets } from '../../../../shared/parse/targets';

describe('responsible units', () => {
  it('reads (X牵头,Y、Z配合) as lead and support roles', () => {
    expect(readResponsible('推进建设。(市发改委牵头,市财政局、市住建局配合)')).toEqual([
      { name: '市发改委', role: 'lead' },
      { name: '市财政局', role: 'support' },
      { name: '市住建局', role: 'support' },
    ]);
  });

  it('reads a separate 责任单位: line and ignores parentheses that name no department', () => {
    expect(readResponsible('建设重点实验室(黄淮学院)。\n责任单位：市科技局、市教育局')).toEqual([
      { name: '市科技局', role: 'shared' },
      { name: '市教育局', role: 'shared' },
    ]);
  });

  it('drops the 以下均需…不再列出 clause', () => {
    const names = readResponsible('(市科技局、各县区政府按职责分工负责。以下均需各县区政府落实,不再列出)').map((r) => r.name);
    expect(names).toEqual(['市科技局', '各县区政府']);
  });
});

describe('targets', () => {
  it.each([
    ['新增省级专精特新企业20家以上', { metric: '省级专精特新企业', value: 20, unit: '家', qualifier: '以上' }],
    ['柔性引进院士2-3名', { value: 2, valueMax: 3, unit: '名' }],
    ['取得3至5项重大成果', { value: 3, valueMax: 5, unit: '项' }],
    ['覆盖率达到 80％', { metric: '覆盖率', value: 80, unit: '%', qualifier: '达到' }],
    ['新增就业6.4万人以上', { value: 6.4, unit: '万人', qualifier: '以上' }],
    ['培训1.2万人次', { value: 1.2, unit: '万人次' }],
    ['改建农村公路400公里', { value: 400, unit: '公里' }],
    ['造林0.94万亩', { value: 0.94, unit: '万亩' }],
    ['建设储能电站200MW/400MWh', { value: 400, unit: 'MWh' }],
    ['增速保持在7%左右', { value: 7, unit: '%', qualifier: '左右' }],
    ['投资不低于390亿元', { value: 390, unit: '亿元', qualifier: '不低于' }],
  ])('reads %s', (text, expected) => {
    expect(readTargets(text, 0)).toContainEqual(expect.objectContaining(expected));
  });

  it('gives each quantity after 分别 the thing listed in its place, not all of them the last', () => {
    const targets = readTargets('争取在库签约项目开工率、开工项目投产率、投产项目达效率分别达到70%以上、40%以上、50%以上。', 0);
    expect(targets.map((t) => [t.metric, t.value])).toEqual([
      ['在库签约项目开工率', 70],
      ['开工项目投产率', 40],
      ['投产项目达效率', 50],
    ]);
    expect(targets.map((t) => t.text)).toEqual(['70%以上', '40%以上', '50%以上']);
    expect(readTargets('研发投入和专利数量分别增长10%、20%', 0).map((t) => t.metric)).toEqual(['研发投入', '专利数量']);
    expect(readTargets('失业保险和工伤保险参保人数分别达到38万人、38.2万人', 0).map((t) => t.metric)).toEqual([
      '失业保险参保人数',
      '工伤保险参保人数',
    ]);
    expect(readTargets('实现城市、农村居民知晓率分别达到90%、80%以上', 0).map((t) => t.metric)).toEqual([
      '城市居民知晓率',
      '农村居民知晓率',
    ]);
  });

  it('keeps the one metric for quantities listed without 分别', () => {
    expect(readTargets('建设储能电站200MW/400MWh', 0).map((t) => t.metric)).toEqual(['储能电站', '储能电站']);
  });

  it('reads a short bracketed aside as part of the name, not as its end', () => {
    expect(readTargets('新增技能人才(取证)9.8万人、高技能人才（取证）5.1万人', 0).map((t) => t.metric)).toEqual(['技能人才', '高技能人才']);
    expect(readTargets('新增省级以上智能工厂(车间)5家', 0)[0].metric).toBe('省级以上智能工厂');
  });

  it('attaches a 6月底前 deadline and never reads dates or years as quantities', () => {
    const targets = readTargets('2024年6月底前开工率达到78%以上。', 100);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ value: 78, deadline: '6月底前', span: { start: expect.any(Number) } });
    expect(targets[0].span.start).toBeGreaterThanOrEqual(100);
  });
});
