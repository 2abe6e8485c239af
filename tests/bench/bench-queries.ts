/**
 * Queries of the search bench: words, offices, an amount, a 责任单位 phrase, two-character words, long phrases.
 * A module of their own, so a bundled bench child (check-scale.ts) takes them without search.ts and its command line.
 */
export const benchQueries: readonly string[] = [
  '以旧换新',
  '技术合同成交额',
  '营商环境',
  '专精特新',
  '电力保供',
  '市发改委',
  '按职责分工负责',
  '40亿元',
  '项目',
  '创新',
  '全面推进大规模设备更新和消费品以旧换新工作',
  '实施科技成果转移转化能力提升三年行动,争创省科技成果转移转化示范区',
];
