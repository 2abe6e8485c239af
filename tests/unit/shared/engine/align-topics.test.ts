import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../../../shared/engine/index';
import { parseDocument } from '../../../../shared/parse/index';
import { titleCoverage, weightedTitles } from '../../../../shared/engine/align/title-coverage';
import { idfOf, vectorOf } from '../../../../shared/engine/align/similarity';
import { unitFeatures } from '../../../../shared/engine/text/features';

/** Two cities' measures, written for this test: each matter in its own words, in another order. */
const cityA = [
  '关于促进经济发展的若干措施',
  '1.强化人才队伍建设。实施人才强市工程,强化高端紧缺人才的引进和培育,深化产教融合,全面推行新型学徒制。(责任单位:市人社局)',
  '2.提升绿色制造水平。深入推进工业节能,开展节能诊断服务,全面推行清洁生产,加快推进工业固废资源化利用。(责任单位:市工信局)',
  '3.全力兑现惠企政策。动态更新惠企政策清单,能提前兑现的坚决兑现,重点抓好拖欠企业账款清理。(责任单位:市财政局)',
  '4.促进文旅消费。举办文化旅游节,发放消费券,打造夜间消费街区。(责任单位:市文广旅局)',
].join('\n');
const cityB = [
  '关于推动高质量发展的实施方案',
  '1.丰富夜间经济业态。建设特色街区,举办文化旅游节庆活动,发放文旅消费券。(市商务局负责)',
  '2.完善政策服务体系。开展保企稳业专项行动,落实各类惠企政策,建立企业款项支付工作机制。(市工信局负责)',
  '3.推进招才引智。组团赴高校引才,柔性引进院士、博士等高层次人才,办好招才引智专场活动。(市人才办负责)',
  '4.稳步实施碳达峰行动。推进节能降碳改造项目,建设新型储能电站,力争形成节能量2万吨标准煤。(市发改委负责)',
].join('\n');

const docs = [parseDocument(cityA, { fileName: 'a.txt' }), parseDocument(cityB, { fileName: 'b.txt' })];
const pairsOf = (align = {}) =>
  compareDocuments(docs, { align })
    .groups.flatMap((g) =>
      g.members.filter((m) => m.doc === 0).flatMap((a) => g.members.filter((m) => m.doc === 1).map((b) => `${a.label}-${b.label}`)),
    )
    .sort();

describe('the same matter in other words', () => {
  it('pairs each measure with the other city’s measure on its matter, and nothing else', () => {
    expect(pairsOf()).toEqual(['1-3', '2-4', '3-2', '4-1']);
  });

  it('owes pairs to the policy topics and to titles said in the other body: without both it finds fewer', () => {
    expect(pairsOf({ topics: 0, titleInBody: 0 }).length).toBeLessThan(pairsOf().length);
  });

  it('reads how much of each title the other body says', () => {
    const [a, b] = docs.map((d) => d.units.map(unitFeatures));
    const idf = idfOf([...a, ...b]);
    const side = (f: (typeof a)[number]) => ({ titles: weightedTitles(idf, [f]), body: vectorOf(idf, f) });
    const [policyA, policyB, rural] = [side(a[2]), side(b[1]), side(b[0])];
    const said = (x: typeof policyA, y: typeof policyA) => titleCoverage(x.titles, x.body, y.titles, y.body);
    expect(said(policyA, policyB)).toBeGreaterThan(said(policyA, rural));
    expect(said(policyA, policyB)).toBeCloseTo(said(policyB, policyA), 10);
  });
});
