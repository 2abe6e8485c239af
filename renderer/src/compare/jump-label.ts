/**
 * "跳到" reads a measure number the way a reviewer types or sees it printed:
 * 13, 第13条, 第十三条, (三), (十三), 十三, 3.  — all reduce to the number.
 */
import { chineseToNumber } from '../../../shared/parse/numerals';

/** The number a typed or printed measure label stands for, or null when it is not a number. */
export function labelNumber(label: string): number | null {
  const core = label.replace(/[\s第条款项章节部分.、．,，()（）〔〕【】[\]]/g, '');
  if (core === '') return null;
  const n = chineseToNumber(core);
  return Number.isFinite(n) && n > 0 ? n : null;
}
