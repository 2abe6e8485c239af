/** The closing of a document: sign-off, dates and web-page chrome after the last unit. */
import { isBlank, type SourceLine } from './lines';
import type { UnitMark } from './marks';

const closingLine =
  /^(相关解读|相关链接|相关文件|政策解读|附件[:：\d]|扫一扫|【\s*(关闭|打印)|打印本页|关闭窗口|分享到|责任编辑|[(（]此件|抄送|主送|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|\d{4}-\d{2}-\d{2}$|[\u4e00-\u9fa5]{2,20}(人民政府|人民政府办公室|办公室|办公厅|委员会)$)/;

/** True for a line that belongs to the closing rather than to a unit. */
export function isClosingLine(content: string): boolean {
  return closingLine.test(content);
}

const dateLine = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^\d{4}-\d{2}-\d{2}$/;
const issuer = /^[\u4e00-\u9fa5]{2,20}(?:局|委|厅|办|院|府|会|部|室|中心|公司)$/;

/** 落款: one issuer or several side by side (`市财政局　市科学技术局`), each ending in an office's suffix. */
function isIssuerLine(content: string): boolean {
  const names = content.split(/[\s\u3000]+/);
  return names.length <= 6 && names.every((n) => issuer.test(n));
}

/** The first closing line after `from` (exclusive), or lines.length; the issuers signed above a date belong to it. */
export function findClosingStart(lines: readonly SourceLine[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) {
    if (!isClosingLine(lines[i].content)) continue;
    if (!dateLine.test(lines[i].content)) return i;
    let j = i - 1;
    while (j > from && isBlank(lines[j])) j--;
    return j > from && isIssuerLine(lines[j].content) ? j : i;
  }
  return lines.length;
}

/** Cuts the last unit at the closing so sign-off lines are not part of it. */
export function trimToClosing(units: readonly UnitMark[], closingStart: number): UnitMark[] {
  return units.map((u) => (u.endLine > closingStart ? { ...u, endLine: Math.max(u.startLine + 1, closingStart) } : u));
}
