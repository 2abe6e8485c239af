/**
 * Line breaks a reader should not see: a sentence cut by a page break or a
 * PDF line end (`区住\n\n房和城乡建设局`) reads as one line again, while a
 * break after a sentence end, or before a numbered line, stays (as one).
 * For display and export only: units keep their original text and spans.
 */
import type { DiffOp } from '../model/comparison';
import { startsWithNumbering } from '../parse/numbering';

/** A break after one of these ends a sentence or clause block. */
const sentenceEnd = /[。；;！!？?：:）)】」”』\]]/;
/** A break before a numbered or marked line is kept: `(2)`, `2.`, `二、`, `①`, `第二条`, `专栏`. */
const numberedLine = { test: (rest: string): boolean => startsWithNumbering(rest) || /^专\s*栏/.test(rest) };
const asciiWord = /[A-Za-z0-9]/;
const breakRun = /[ \t\u3000\r]*\n[\s\u3000]*/g;

/**
 * `text` with its soft breaks joined; `before` is the text shown just before it
 * (the previous diff op), so a break at the start is judged in context.
 */
export function joinSoftBreaks(text: string, before = ''): string {
  if (!text.includes('\n')) return text;
  return text.replace(breakRun, (run, at: number) => {
    const previous = at > 0 ? text[at - 1] : before[before.length - 1];
    const rest = text.slice(at + run.length);
    if (previous === undefined || previous === '\n' || sentenceEnd.test(previous) || numberedLine.test(rest)) return '\n';
    return asciiWord.test(previous) && asciiWord.test(rest[0] ?? '') ? ' ' : '';
  });
}

/** Diff ops with the soft breaks of their text joined, each judged by the character shown just before it. */
export function joinSoftBreaksInOps(ops: readonly DiffOp[]): DiffOp[] {
  let last = '';
  return ops.map((op) => {
    const text = joinSoftBreaks(op.text, last);
    last = text.slice(-1) || last;
    return { op: op.op, text };
  });
}
