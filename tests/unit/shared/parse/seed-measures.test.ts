import { describe, expect, it } from 'vitest';
import { parsedSeed, seedText, unitLabelled } from '../../../fixtures/parse/seeds';

const names = (u: { responsible: readonly { name: string }[] }): string[] => u.responsible.map((r) => r.name);

describe('measures read from the seeds', () => {
  it('reads a 驻马店 2024 measure: lead title, shared responsibility and a 力争…30家以上 target', () => {
    const m = unitLabelled(parsedSeed('zhumadian2024'), '2');
    expect(m.title).toBe('加快高能级创新载体平台建设');
    expect(m.responsible).toEqual([
      { name: '市科技局', role: 'shared' },
      { name: '市发改委', role: 'shared' },
    ]);
    expect(m.targets).toContainEqual(expect.objectContaining({ metric: '省级创新平台', value: 30, unit: '家', qualifier: '以上' }));
  });

  it('leaves the 以下均需…不再列出 clause out of the responsible units', () => {
    const m = unitLabelled(parsedSeed('zhumadian2024'), '1');
    expect(names(m)).toContain('市科技局');
    expect(names(m).some((n) => n.includes('不再列出') || n.includes('以下均需'))).toBe(false);
    expect(names(m)).toHaveLength(6);
  });

  it('reads ranges and amounts in 驻马店 2024 measures', () => {
    const doc = parsedSeed('zhumadian2024');
    expect(unitLabelled(doc, '3').targets).toContainEqual(
      expect.objectContaining({ metric: '科技贷', value: 2.5, unit: '亿元', qualifier: '以上' }),
    );
    expect(unitLabelled(doc, '4').targets).toContainEqual(expect.objectContaining({ value: 2, valueMax: 3, unit: '名' }));
  });

  it('reads 许昌 (责任单位:…) lists and titles', () => {
    const doc = parsedSeed('xuchang');
    const m = unitLabelled(doc, '28');
    expect(m.title).toBe('强化能源和重要民生商品保供');
    expect(names(m)).toEqual(['市发展和改革委员会', '市农业农村局', '市商务局', '市供电公司']);
    expect(m.targets).toContainEqual(expect.objectContaining({ value: 20, unit: '天', qualifier: '以上' }));
    expect(unitLabelled(doc, '12').title).toBe('推动大规模设备更新和消费品以旧换新');
  });

  it('reads 许昌 deadlines such as 6月底前 with their target', () => {
    const m = unitLabelled(parsedSeed('xuchang'), '20');
    expect(m.targets).toContainEqual(expect.objectContaining({ value: 78, unit: '%', qualifier: '以上', deadline: '6月底前' }));
  });

  it('reads the district draft’s `3.5 亿元` across the space, with its span in the original text', () => {
    const doc = parsedSeed('district');
    const m = unitLabelled(doc, '3');
    const target = m.targets.find((t) => t.unit === '亿元');
    expect(target).toMatchObject({ value: 3.5, unit: '亿元', qualifier: '超过', metric: '技术合同成交额' });
    expect(seedText('district').slice(target!.span.start, target!.span.endExclusive)).toBe(target!.text);
    expect(target!.text).toContain('3.5 亿元');
  });

  it('keeps a district measure broken over lines whole, and reads a 3至5项 range', () => {
    const doc = parsedSeed('district');
    const m = unitLabelled(doc, '1');
    expect(m.title).toBe('打造高能级创新载体平台');
    expect(m.targets).toContainEqual(expect.objectContaining({ value: 3, valueMax: 5, unit: '项' }));
    const nine = unitLabelled(doc, '9');
    expect(nine.text).toContain('\n');
    expect(nine.targets).toContainEqual(expect.objectContaining({ metric: '覆盖率', value: 80, unit: '%' }));
    expect(names(unitLabelled(doc, '32'))).toContain('区委宣传部');
  });

  it('reads 驻马店 2021 item titles and nested (管委会) responsible units', () => {
    const doc = parsedSeed('zhumadian2021');
    expect(unitLabelled(doc, '(一)').title).toBe('总体要求');
    expect(unitLabelled(doc, '(三十)').title).toBe('加强组织实施,健全合力推进机制');
    expect(names(unitLabelled(doc, '(三十二)'))).toEqual(['市制造强市建设工作领导小组各成员单位', '各县、区人民政府(管委会)']);
    expect(unitLabelled(doc, '(二)').targets).toContainEqual(expect.objectContaining({ value: 8, unit: '%', qualifier: '左右' }));
  });

  it('reads plan paragraphs with their heading path and lead title', () => {
    const doc = parsedSeed('outline');
    const para = doc.units.find((u) => u.title === '制造业高质量发展行动');
    expect(para).toBeDefined();
    expect(para!.path[0]).toBe('第一篇 开启全面建设社会主义现代化驻马店新征程');
    expect(para!.path[1]).toBe('第四章 战略行动');
    const boxed = doc.units.find((u) => u.title === '创新型企业培育工程');
    expect(boxed!.path[boxed!.path.length - 1]).toBe('专栏:创新能力建设重大工程');
  });
});
