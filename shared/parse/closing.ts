/** The closing of a document: sign-off, dates and web-page chrome after the last unit. */
import type { SourceLine } from './lines';

const closingLine =
  /^(相关解读|相关链接|相关文件|政策解读|附件[:：\d]|扫一扫|【\s*(关闭|打印)|打印本页|关闭窗口|分享到|责任编辑|[(（]此件|抄送|主送|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|\d{4}-\d{2}-\d{2}$|[\u4e00-\u9fa5]{2,20}(人民政府|人民政府办公室|办公室|办公厅|委员会)$)/;

/** True for a line that belongs to the closing rather than to a unit. */
export function isClosingLine(content: string): boolean {
  return closingLine.test(content);
}

/** The first closing line after `from` (exclusive), or lines.length. */
export function findClosingStart(lines: readonly SourceLine[], from: number): number {
  for (let i = from + 1; i < lines.length; i++) {
    if (isClosingLine(lines[i].content)) return i;
  }
  return lines.length;
}
