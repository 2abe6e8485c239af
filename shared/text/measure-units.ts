/**
 * Measurement units, one list for every consumer: the parser's targets
 * (`力争认定省级创新平台30家以上`) and the word diff's number tokens
 * (`40亿元`, `3.5 亿元` stay one token). Adding a unit is one entry here.
 */

/** What a unit measures; `calendar` and `magnitude` words make a number one token but never a target's unit. */
export type MeasureKind =
  'money' | 'count' | 'people' | 'energy' | 'area' | 'volume' | 'length' | 'mass' | 'ratio' | 'time' | 'calendar' | 'magnitude';

/** One unit as printed, and what it measures. */
export interface MeasureUnit {
  readonly text: string;
  readonly kind: MeasureKind;
}

const of = (kind: MeasureKind, words: string): MeasureUnit[] => words.split(' ').map((text) => ({ text, kind }));

/** Every unit a Chinese policy text counts in. */
export const measureUnits: readonly MeasureUnit[] = [
  ...of('money', '亿美元 万美元 亿元 万元 千元 元'),
  ...of('ratio', '个百分点 百分点 % ％ ‰ 倍'),
  ...of('energy', '万千瓦时 千瓦时 万千瓦 千瓦 兆瓦 亿度 度 MWh MW GWh GW kWh kW'),
  ...of('mass', '万吨 吨'),
  ...of('people', '万人次 人次 万人 人 名'),
  ...of('count', '万户 户 家 个 项 场 座 所 条 台 套 万辆 辆 件 批 张 款 部 支 处 间 床 期 级 栋 届 次'),
  ...of('area', '万平方米 平方米 平方公里 公顷 万亩 亩'),
  ...of('volume', '万立方米 立方米'),
  ...of('length', '公里 千米 米 km'),
  ...of('time', '天 小时 分钟'),
  ...of('calendar', '年 月 日 周 岁'),
  ...of('magnitude', '亿 万 千 百'),
];

/** The units' texts, longest first, as a regular-expression alternation (so `万千瓦时` wins over `千瓦`). */
export function unitAlternation(units: readonly MeasureUnit[]): string {
  return [...new Set(units.map((u) => u.text))]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\%]/g, (c) => (c === '%' ? c : `\\${c}`)))
    .join('|');
}

/** Units a target may count in: everything but calendar words (2025年 is a date) and bare magnitudes, except 亿 (`突破1亿`). */
export const targetUnits: readonly MeasureUnit[] = measureUnits.filter(
  (u) => (u.kind !== 'calendar' && u.kind !== 'magnitude') || u.text === '亿',
);
