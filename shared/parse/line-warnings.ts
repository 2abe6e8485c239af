/** Warnings about one source line that a segmenter could not place as it stands. */
import type { ParseWarning } from '../model/document';
import type { SourceLine } from './lines';

const spanOf = (line: SourceLine) => ({ start: line.contentStart, endExclusive: line.contentEnd });

/** Text before any unit of its heading: kept as a warning, never silently dropped. */
export function unplacedText(line: SourceLine): ParseWarning {
  return { code: 'unplaced-text', message: '文字不属于任何措施 / text outside any measure', span: spanOf(line) };
}

/** A numbered line out of sequence: read as part of the unit before it. */
export function outOfSequence(line: SourceLine): ParseWarning {
  return {
    code: 'out-of-sequence',
    message: '编号不连续,按上一条的续文处理 / numbering out of sequence, read as part of the previous unit',
    span: spanOf(line),
  };
}

/** The warnings that lie before the closing (sign-off lines are the closing's, not warnings). */
export function beforeClosing(warnings: readonly ParseWarning[], lines: readonly SourceLine[], closingStart: number): ParseWarning[] {
  const limit = lines[closingStart]?.start ?? Infinity;
  return warnings.filter((w) => w.span.start < limit);
}
