import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../../../shared/model/document';
import { nodesOf, parsedSeed } from '../../../fixtures/parse/seeds';

const numbered = (rows: readonly IndicatorRow[]): IndicatorRow[] => rows.filter((r) => r.number !== undefined);

describe('plan outline: 专栏 boxes and indicator tables', () => {
  const doc = parsedSeed('outline');

  it('titles the 专栏 boxes without their 专栏 label', () => {
    const titles = nodesOf(doc, 'column').map((c) => c.title);
    expect(titles[0]).toBe('创新能力建设重大工程');
    expect(titles).toContain('健康驻马店重大工程');
    expect(titles).toHaveLength(10);
  });

  it('completes a chapter heading printed over two lines from the 目录', () => {
    const chapter = nodesOf(doc, 'chapter').find((c) => c.label === '第二十五章');
    expect(chapter!.title).toBe('实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接');
    expect(doc.units.some((u) => u.text.startsWith('有效衔接'))).toBe(false);
  });

  it('reads the 十三五 review table with 34 numbered indicators, keeping base, target, actual and attribute', () => {
    const [review] = nodesOf(doc, 'table');
    expect(review.title).toContain('十三五');
    const rows = numbered(review.rows!);
    expect(rows).toHaveLength(34);
    expect(rows[0]).toMatchObject({
      number: '1',
      indicator: '地区生产总值(GDP)',
      base: '1810',
      target: '2910',
      actual: '2859.3',
      attribute: '预期性',
    });
    expect(rows[17]).toMatchObject({ number: '18', indicator: '贫困发生率(%)', attribute: '约束性' });
    expect(review.rows!.find((r) => r.indicator === '林木覆盖率(%)')).toMatchObject({ base: '22.1', target: '30', actual: '34.2' });
  });

  it('reads the 十四五 targets table with 20 indicators in five categories, category rows not sections', () => {
    const [, targets] = nodesOf(doc, 'table');
    const rows = targets.rows!;
    expect(numbered(rows)).toHaveLength(20);
    const categories = rows.filter((r) => r.number === undefined && r.category === r.indicator).map((r) => r.category);
    expect(categories).toEqual(['经济发展', '创新驱动', '民生福祉', '绿色生态', '安全保障']);
    expect(numbered(rows)[19]).toMatchObject({
      number: '20',
      category: '安全保障',
      indicator: '粮食综合生产能力(亿斤)',
      base: '160',
      target: '160',
      attribute: '预期性',
    });
    expect(rows.find((r) => r.indicator === '城镇调查失业率(%)')).toMatchObject({ base: '6以内', target: '5以内', category: '民生福祉' });
    expect(nodesOf(doc, 'section').some((s) => s.title === '经济发展')).toBe(false);
  });

  it('keeps table cells out of the units', () => {
    for (const table of nodesOf(doc, 'table')) {
      expect(doc.units.some((u) => u.span.start < table.span.endExclusive && u.span.endExclusive > table.span.start)).toBe(false);
    }
  });
});
