/**
 * The names one office goes by: 市发改委, 市发展改革委 and 市发展和改革委员会 are the
 * same office, as are 市科技局 and 市科学技术局. Responsible units compared by
 * this key show only the units that really differ, not the ways of writing one.
 */
import { toSimplified } from './trad-simp';

/** Full forms of common offices, each with the one name it is compared by (matched at the end of a unit's name). */
const shortName: Readonly<Record<string, string>> = {
  发展和改革委员会: '发改委',
  发展改革委员会: '发改委',
  发展改革委: '发改委',
  工业和信息化局: '工信局',
  工业信息化局: '工信局',
  人力资源和社会保障局: '人社局',
  人力资源社会保障局: '人社局',
  住房和城乡建设局: '住建局',
  住房城乡建设局: '住建局',
  交通运输局: '交通局',
  市场监督管理局: '市场监管局',
  科学技术局: '科技局',
  自然资源和规划局: '自然资源局',
  农业农村局: '农业局',
  文化广电和旅游局: '文广旅局',
  文化广电旅游局: '文广旅局',
  文化广电体育和旅游局: '文广旅局',
  文广体旅局: '文广旅局',
  卫生健康委员会: '卫健委',
  卫生健康委: '卫健委',
  应急管理局: '应急局',
  城市管理局: '城管局',
  大数据管理局: '大数据局',
  政府办公室: '政府办',
};

// anchored at the end, the leftmost match is the longest full name the unit's name ends with
const fullName = new RegExp(`(?:${Object.keys(shortName).join('|')})$`);
const level = /^全?[市区县]/;

/** The key two names of one office share; with `ignoreLevel`, 市发改委 and 区发展改革委 share it too. */
export function officeKey(name: string, ignoreLevel: boolean): string {
  const key = toSimplified(name)
    .replace(/\s+/g, '')
    .replace(fullName, (full) => shortName[full]);
  return ignoreLevel ? key.replace(level, '') : key;
}
