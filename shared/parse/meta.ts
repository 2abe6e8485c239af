/**
 * Document metadata read from the text before the body (header fields, the
 * 通知 wrapper, the title block): title, issuer, 文号, dates, 索引号, 有效性,
 * region, level, year, kind and draft status. Never keyed on particular
 * documents: only on how Chinese government documents print these facts.
 */
import type { DocumentMeta, DocumentStatus, Level, Region } from '../model/document';
import { isoDate, issuerOfNotice, labelled, labels, unwrapNotice, values } from './meta-fields';

/** Kinds of document by the words their titles end in, the more specific first. */
const kinds: readonly (readonly [RegExp, string])[] = [
  [/若干措施/, '若干措施'],
  [/若干政策/, '若干政策'],
  [/政策措施/, '政策措施'],
  [/实施办法/, '实施办法'],
  [/管理办法/, '管理办法'],
  [/实施细则/, '实施细则'],
  [/细则/, '细则'],
  [/工作要点/, '工作要点'],
  [/条例/, '条例'],
  [/工作方案/, '工作方案'],
  [/实施方案/, '实施方案'],
  [/行动方案/, '行动方案'],
  [/行动计划/, '行动计划'],
  [/纲要/, '规划纲要'],
  [/实施意见/, '实施意见'],
  [/指导意见/, '指导意见'],
  [/意见/, '意见'],
  [/办法/, '办法'],
  [/规定/, '规定'],
  [/规划/, '规划'],
  [/方案/, '方案'],
  [/措施/, '措施'],
  [/通知/, '通知'],
];
const draftMark = /征求意见稿|草案|送审稿|讨论稿|试行稿/;
const bareIssuer = /^[\u4e00-\u9fa5]{2,24}(人民政府|办公室|委员会|办公厅)$/;
const bareDate = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^\d{4}-\d{1,2}-\d{1,2}$/;

/** Removes spaces inside a Chinese title (`实 施 办 法`, `稳进提质向好 若干措施`). */
export function tidyTitle(title: string): string {
  return title
    .replace(/[*#]+/g, '')
    .replace(/(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])/g, '')
    .trim();
}

/**
 * A header line as a title: a line without fields, not a date and not 目录; or
 * the words before the first field of a collapsed header line (`某某规划 发布时间: …`).
 */
function titleText(line: string): string {
  const l = line.trim();
  if (l === '' || /^\d/.test(l) || /^目\s*录$/.test(l)) return '';
  if (!/[:：|]/.test(l)) return l;
  const lead = /^([^:：|]{8,80}?)[\s\u3000]+[\u4e00-\u9fa5]{2,6}[\s\u3000]*[:：]/.exec(l);
  return lead && !/[。；;，,]/.test(lead[1]) ? lead[1] : '';
}

function readTitle(pre: readonly string[], fileName: string | undefined): string {
  const name = labelled(pre, labels.name, values.text);
  if (name) return tidyTitle(unwrapNotice(name));
  const wrapper = pre.find((l) => /关于印发.+的\s*通\s*知/.test(l));
  if (wrapper) return tidyTitle(unwrapNotice(wrapper));
  const quoted = pre.map((l) => /^《([^》]{4,80})》(已经|经)/.exec(l)).find((m) => m);
  if (quoted) return tidyTitle(quoted[1]);
  const first = pre.map(titleText).find((l) => l !== '');
  if (first) return tidyTitle(first);
  return fileName ? fileName.replace(/\.[^.]+$/, '') : '';
}

function readIssuer(pre: readonly string[]): string | undefined {
  const name = labelled(pre, labels.name, values.text);
  const wrapper = pre.find((l) => /关于印发/.test(l));
  const fromTitle = (name && issuerOfNotice(name)) || (wrapper && issuerOfNotice(wrapper.trim()));
  if (fromTitle) return fromTitle;
  const bare = pre.map((l) => l.trim()).find((l) => bareIssuer.test(l));
  return bare ?? labelled(pre, labels.source, /[\u4e00-\u9fa5A-Za-z]+/);
}

function readDates(pre: readonly string[], chrome: readonly string[]): { writtenDate?: string; publishedDate?: string } {
  const labelledWritten = isoDate(labelled(pre, labels.writtenDate, values.date));
  const labelledPublished = isoDate(
    labelled(pre, labels.publishedDate, values.date) ?? labelled(chrome, labels.publishedDate, values.date),
  );
  const bare = pre
    .map((l) => l.trim())
    .filter((l) => bareDate.test(l))
    .map((l) => isoDate(l)!);
  const publishedDate = labelledPublished ?? (bare.length >= 2 ? bare[0] : undefined);
  const writtenDate = labelledWritten ?? (bare.length > 0 ? bare[bare.length - 1] : undefined);
  return { ...(writtenDate ? { writtenDate } : {}), ...(publishedDate ? { publishedDate } : {}) };
}

function readRegion(issuer: string | undefined, title: string): Region {
  const sources = [issuer ?? '', title];
  const find = (re: RegExp): string | undefined => sources.map((s) => re.exec(s)?.[1]).find((v) => v);
  const province = find(/^([\u4e00-\u9fa5]{2,3}省)/);
  const city = find(/^(?:[\u4e00-\u9fa5]{2,3}省)?([\u4e00-\u9fa5]{2,4}市)/);
  const district = find(/([\u4e00-\u9fa5]{2,6}?[区县])(人民政府|政府|委员会)/);
  return { ...(province ? { province } : {}), ...(city ? { city } : {}), ...(district ? { district } : {}) };
}

function readLevel(region: Region, text: string): Level {
  if (region.district) return '县区';
  if (region.city) return '市';
  if (region.province) return '省';
  const districtCues = (text.match(/全区|区委|区政府|各街道/g) ?? []).length;
  const cityCues = (text.match(/全市|市委|市政府/g) ?? []).length;
  if (districtCues > cityCues && districtCues > 0) return '县区';
  if (cityCues > 0) return '市';
  return (text.match(/全省|省委|省政府/g) ?? []).length > 0 ? '省' : 'unknown';
}

function readDocNumber(pre: readonly string[]): string | undefined {
  const found =
    labelled(pre, labels.docNumber, values.docNumber) ??
    pre.map((l) => l.trim()).find((l) => new RegExp(`^${values.docNumber.source}$`).test(l));
  return found?.replace(/\s+/g, '');
}

function readIndexNumber(pre: readonly string[]): string | undefined {
  return (
    labelled(pre, labels.indexNumber, values.indexNumber) ??
    pre
      .slice(0, 8)
      .map((l) => l.trim())
      .find((l) => /^[0-9A-Za-z][0-9A-Za-z\-/]{9,}$/.test(l) && /\d/.test(l) && /[-/]/.test(l))
  );
}

/**
 * Reads metadata from the preamble lines (everything before the body, page
 * furniture blanked) and the whole text; `chrome` (the furniture lines) is read
 * for one fact only, the page's 发布时间 as the published date.
 */
export function readMeta(preamble: readonly string[], text: string, fileName?: string, chrome: readonly string[] = []): DocumentMeta {
  const title = readTitle(preamble, fileName);
  const issuer = readIssuer(preamble);
  const docNumber = readDocNumber(preamble);
  const indexNumber = readIndexNumber(preamble);
  const validity =
    labelled(preamble, labels.validity, values.validity) ??
    preamble
      .slice(0, 15)
      .map((l) => l.trim())
      .find((l) => /^(有效|失效|废止)$/.test(l));
  const dates = readDates(preamble, chrome);
  const region = readRegion(issuer, title);
  const yearText =
    /〔(\d{4})〕|\[(\d{4})\]/
      .exec(docNumber ?? '')
      ?.slice(1)
      .find((y) => y) ??
    dates.writtenDate ??
    dates.publishedDate ??
    /(\d{4})年/.exec(title)?.[1];
  const status: DocumentStatus =
    draftMark.test(title) || draftMark.test(preamble.join('\n')) ? 'draft' : docNumber || validity ? 'final' : 'unknown';
  const kind = kinds.find(([re]) => re.test(title))?.[1];
  return {
    title,
    ...(issuer ? { issuer } : {}),
    ...(docNumber ? { docNumber } : {}),
    ...dates,
    region,
    level: readLevel(region, text),
    ...(yearText ? { year: Number(yearText.slice(0, 4)) } : {}),
    ...(kind ? { kind } : {}),
    status,
    ...(indexNumber ? { indexNumber } : {}),
    ...(validity ? { validity } : {}),
    overridden: {},
  };
}
