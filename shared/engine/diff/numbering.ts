/**
 * A measure's number says where it sits, not what it says: two measures that
 * differ only in their numbers (`13.` and `12.`, `(三)` and `(四)`) have the
 * same words. The numbering a unit's text starts with is left out of the word
 * diff, and the other text's numbering reads unmarked (each column's header
 * already shows its number).
 */
import type { DiffOp, DiffOptions } from '../../model/comparison';
import { diffTexts, type TextDiff } from './diff-texts';
import type { DiffLimits } from './diff-limits';
import type { WordMemo } from './tokenize';
import { numberingLength as numberingLengthOf } from '../../parse/numbering';

/** A unit's text (or units' texts joined) and the label of the unit it starts with ('' for none). */
export interface NumberedText {
  readonly text: string;
  readonly label: string;
}

/** Length of the numbering a text starts with when its unit has a label; 0 otherwise (a plan paragraph's `3.5万亩` is no number). */
export function numberingLength({ text, label }: NumberedText): number {
  return label ? numberingLengthOf(text) : 0;
}

/** `diffTexts` of two units' texts with their numbering out of the comparison. */
export function diffNumberedTexts(
  base: NumberedText,
  other: NumberedText,
  options: DiffOptions,
  limits?: Partial<DiffLimits>,
  memo?: WordMemo,
): TextDiff {
  const [fromBase, fromOther] = [numberingLength(base), numberingLength(other)];
  if (fromBase === 0 || fromOther === 0) return diffTexts(base.text, other.text, options, limits, memo);
  const body = diffTexts(base.text.slice(fromBase), other.text.slice(fromOther), options, limits, memo);
  const head = other.text.slice(0, fromOther);
  const [first, ...rest] = body.ops;
  const ops: DiffOp[] =
    first?.op === 'equal' ? [{ op: 'equal', text: head + first.text }, ...rest] : [{ op: 'equal', text: head }, ...body.ops];
  return { ...body, ops };
}
