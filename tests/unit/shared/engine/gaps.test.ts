import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../shared/parse/index';
import { buildCorpusIndex, checkDraft } from '../../../../shared/engine/index';
import { defaultGapOptions, findGaps, gapPlaceText } from '../../../../shared/engine/index/gaps';
import { unitFeatures } from '../../../../shared/engine/text/features';

const doc = (title: string, sections: readonly (readonly [string, readonly string[]])[]): string => {
  let n = 0;
  const body = sections.map(([heading, measures]) => `${heading}\n${measures.map((m) => `${++n}.${m}`).join('\n')}`).join('\n');
  return `${title}\n\n${body}\n`;
};

const cityA = doc('甲市关于促进经济稳定增长的若干措施', [
  [
    '一、扩大有效投资',
    [
      '推进设备更新改造。支持工业企业实施设备更新和技术改造项目,对设备购置投资额500万元以上的项目按投资额的5%给予补助。(责任单位:市工业和信息化局)',
      '加快重大项目建设。实施重大项目清单管理,每季度开展一次集中开工活动,全年完成重点项目投资300亿元。(责任单位:市发展改革委)',
    ],
  ],
  [
    '二、强化人才支撑',
    [
      '引进高层次人才。对全职引进的两院院士、国家级领军人才给予安家补贴200万元,并提供人才公寓和子女入学保障。(责任单位:市委人才办、市人力资源社会保障局)',
      '促进汽车家电消费。开展汽车以旧换新促销活动,对报废旧车并购买新能源汽车的个人给予每辆5000元消费补贴,组织家电下乡和以旧换新。(责任单位:市商务局)',
    ],
  ],
]);

const cityBSections = (withTalent: boolean) =>
  [
    [
      '一、项目投资',
      [
        '支持企业设备更新。鼓励工业企业开展设备更新和技术改造,项目设备购置投资额达到300万元的,按照投资额的6%给予奖补。(责任单位:市工信局)',
        '抓好重大项目。建立重大项目清单,按季度举办集中开工活动,确保重点项目完成投资200亿元。(责任单位:市发改委)',
      ],
    ],
    [
      '二、人才与消费',
      [
        ...(withTalent
          ? [
              '大力引进高层次人才。全职引进两院院士和国家级领军人才的,给予安家补贴150万元,优先安排人才公寓,保障子女入学。(责任单位:市人社局、市委人才办)',
            ]
          : []),
        '扩大汽车家电消费。组织汽车以旧换新活动,报废旧车后购买新能源汽车的给予每辆3000元补贴,推动家电以旧换新和家电下乡。(责任单位:市商务局)',
      ],
    ],
  ] as const;
const cityB = doc('乙市推动经济高质量发展若干政策措施', cityBSections(true));

const draftText = doc('丙区关于促进经济稳定增长的若干措施(征求意见稿)', [
  [
    '一、扩大有效投资',
    [
      '推进设备更新改造。支持工业企业实施设备更新和技术改造项目,对设备购置投资额200万元以上的项目按投资额的5%给予补助。(责任单位:区工业和信息化局)',
      '加快重大项目建设。实施重大项目清单管理,每季度开展一次集中开工活动,全年完成重点项目投资50亿元。(责任单位:区发展改革委)',
    ],
  ],
  [
    '二、提振消费',
    [
      '激发大宗商品消费活力。开展汽车和家电以旧换新促销,居民报废旧车后购买新能源汽车的,每辆补贴4000元,同步推动家电下乡。(责任单位:区商务局)',
    ],
  ],
]);

const parsed = (text: string) => parseDocument(text);
const precedents = [
  { id: 'city-a', parsed: parsed(cityA) },
  { id: 'city-b', parsed: parsed(cityB) },
];

describe('gaps from the corpus alignment', () => {
  it('finds the matter two precedents share and the draft lacks, with its support', () => {
    const draft = parsed(draftText);
    expect(draft.units).toHaveLength(3);
    const gaps = findGaps(draft, precedents);
    const talent = gaps.find((g) => g.title.includes('人才'));
    expect(talent).toBeDefined();
    expect(talent!.support).toBe(2);
    expect([...talent!.documents].sort()).toEqual(['city-a', 'city-b']);
    expect(talent!.precedents.map((p) => `${p.doc}:${p.label}`).sort()).toEqual(['city-a:3', 'city-b:3']);
  });

  it('does not list the matter the draft covers in other words, nor the ones it copies', () => {
    const gaps = findGaps(parsed(draftText), precedents);
    expect(gaps.map((g) => g.title).filter((t) => /消费|设备|项目/.test(t))).toEqual([]);
    expect(gaps).toHaveLength(1);
  });

  it('suggests a place in the draft outline: after the measure before it, under its heading', () => {
    const [gap] = findGaps(parsed(draftText), precedents);
    expect(gap.place).toEqual({ afterUnitId: expect.any(String), afterLabel: '2', heading: '一、扩大有效投资' });
    expect(gapPlaceText(gap.place)).toBe('草稿第 2 条之后(“一、扩大有效投资”下)');
  });

  it('needs two documents: a matter only one precedent has is no gap', () => {
    expect(findGaps(parsed(draftText), precedents.slice(0, 1))).toEqual([]);
    const withoutB = parsed(doc('乙市推动经济高质量发展若干政策措施', cityBSections(false)));
    expect(findGaps(parsed(draftText), [precedents[0], { id: 'city-b', parsed: withoutB }])).toEqual([]);
  });

  it('gives the same gaps through checkDraft over a corpus index', () => {
    const index = buildCorpusIndex(precedents);
    const check = checkDraft(index, parsed(draftText));
    expect(check.gaps.map((g) => [g.title, g.support])).toEqual(findGaps(parsed(draftText), precedents).map((g) => [g.title, g.support]));
  });

  it('finds the same gaps from features its caller computed (the check index’s cache) as from its own', () => {
    const draft = parsed(draftText);
    const given = [draft, ...precedents.map((p) => p.parsed)].map((d) => d.units.map(unitFeatures));
    const gaps = findGaps(draft, precedents, defaultGapOptions, given);
    expect(gaps).toHaveLength(1);
    expect(gaps).toEqual(findGaps(draft, precedents));
  });
});
