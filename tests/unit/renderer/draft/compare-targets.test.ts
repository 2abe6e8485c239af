import { describe, expect, it } from 'vitest';
import type { Target } from '../../../../shared/model/document';
import { compareTargets } from '../../../../renderer/src/draft/compare-targets';

const target = (metric: string, value: number | null, unit: string, text = `${metric}${value}${unit}`): Target => ({
  text,
  metric,
  value,
  unit,
  qualifier: '以上',
  span: { start: 0, endExclusive: text.length },
});

describe('draft targets beside a precedent', () => {
  it('says the draft sets a lower amount for the same metric', () => {
    const [r] = compareTargets([target('技术合同成交额', 3.5, '亿元')], [target('技术合同成交额', 40, '亿元')]);
    expect(r.kind).toBe('lower');
  });

  it('pairs a metric the precedent words more fully and finds it higher', () => {
    const [r] = compareTargets([target('高新技术企业', 38, '家')], [target('新增高新技术企业', 20, '家')]);
    expect(r.kind).toBe('higher');
  });

  it('marks a target only the draft sets as new and one only the precedent sets as dropped', () => {
    const rows = compareTargets([target('人才公寓', 400, '套')], [target('省级创新平台', 30, '家')]);
    expect(rows.map((r) => r.kind)).toEqual(['new', 'dropped']);
  });

  it('does not call values in different units higher or lower', () => {
    const [r] = compareTargets([target('投资', 5000, '万元')], [target('投资', 40, '亿元')]);
    expect(r.kind).toBe('different-unit');
  });
});
