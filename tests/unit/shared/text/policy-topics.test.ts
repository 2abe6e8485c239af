import { describe, expect, it } from 'vitest';
import { policyTopics } from '../../../../shared/text/policy-topics';
import { toSimplified } from '../../../../shared/text/trad-simp';
import { topicCounts, topicCosine, topicIdfOf, topicVectorOf } from '../../../../shared/engine/align/topics';
import { unitBody } from '../../../../shared/engine/text/features';

const idOf = (name: string) => policyTopics.findIndex((t) => t.name === name);
const named = (text: string) => [...topicCounts(unitBody(text)).ids].map((id) => policyTopics[id].name);

describe('the policy-topic thesaurus', () => {
  it('is well formed: named topics of several distinct simplified terms of two characters or more', () => {
    const names = new Set<string>();
    for (const { name, terms } of policyTopics) {
      expect(names.has(name), name).toBe(false);
      names.add(name);
      expect(terms.length, name).toBeGreaterThanOrEqual(3);
      expect(new Set(terms).size, name).toBe(terms.length);
      for (const term of terms) {
        expect(term.length, term).toBeGreaterThanOrEqual(2);
        expect(toSimplified(term), term).toBe(term);
        expect(term, term).toMatch(/^[\u4e00-\u9fff]+$/);
      }
    }
    expect(policyTopics.length).toBeLessThan(65536);
  });

  it('names the same matter written in two cities’ words', () => {
    expect(named('强化人才队伍建设。实施人才强市工程。')).toContain('人才引育');
    expect(named('举办招才引智大会,柔性引进博士、院士。')).toContain('人才引育');
    expect(named('稳步实施碳达峰行动,推进节能降碳改造项目。')).toContain('绿色低碳');
    expect(named('提升绿色制造水平,全面推行清洁生产。')).toContain('绿色低碳');
    expect(named('加快推动乡村振兴,建设高标准农田。')).toContain('乡村振兴');
    expect(named('大力发展枢纽经济,建设冷链物流基地。')).toContain('物流枢纽');
  });

  it('reads a traditional-script copy as the simplified one (matching folds it first)', () => {
    expect(named('強化招商引資,推進項目建設。')).toEqual(named('强化招商引资,推进项目建设。'));
  });

  it('counts the longest term at a place once: 研发投入 is one mention of 研发投入, not two', () => {
    const counts = topicCounts('加大研发投入');
    expect([...counts.ids]).toEqual([idOf('研发投入')]);
    expect([...counts.counts]).toEqual([1]);
  });

  it('names nothing in a text outside public policy', () => {
    expect(topicCounts('今天天气很好,我们去公园散步。').ids.length).toBe(0);
  });

  it('weighs a topic that every unit names at nothing beside one that few name', () => {
    const units = ['招商引资,推进消费', '招商引资,发展物流', '招商引资,促进外贸', '招商引资,引进人才'].map((t) => topicCounts(t));
    const idf = topicIdfOf(units);
    expect(idf(idOf('招商引资'))).toBeLessThan(idf(idOf('物流枢纽')));
    const [a, b] = [topicVectorOf(idf, units[0]), topicVectorOf(idf, units[1])];
    expect(topicCosine(a, b)).toBeLessThan(0.5);
    expect(topicCosine(a, a)).toBeCloseTo(1, 5);
  });
});

describe('terms found as substrings', () => {
  it('do not hide in the common words of other matters', () => {
    expect(named('推动高质量发展,实现高速增长。')).toEqual([]);
    expect(named('携犬出户时应当束犬链,犬链长度不得超过一点五米。')).not.toContain('产业链群');
  });
});
