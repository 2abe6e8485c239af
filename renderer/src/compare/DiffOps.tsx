/**
 * Renders a word diff: deletions struck through, insertions underlined; plain
 * text when there is no diff. Lines cut mid-sentence (page breaks, PDF line
 * ends) are shown joined; the reader keeps the original lines. Each edit carries
 * the id of the single change it belongs to, for 下一处改动 and the 变更列表.
 */
import { useMemo } from 'react';
import type { DiffOp } from '../../../shared/model/comparison';
import { joinSoftBreaks, joinSoftBreaksInOps } from '../../../shared/text/soft-breaks';
import { assertNever } from '../../../shared/assert-never';

/** Props: the ops, or the plain text; with `changeIds` the ops are taken as shown (soft breaks already joined). */
export interface DiffOpsProps {
  readonly ops: readonly DiffOp[] | null;
  /** per op, the change it belongs to */
  readonly changeIds?: readonly (string | null)[];
  readonly text: string;
}

/** The ops as inline text, or `text` as printed. */
export function DiffOps({ ops, changeIds, text }: DiffOpsProps) {
  const shown = useMemo(() => (ops && !changeIds ? joinSoftBreaksInOps(ops) : ops), [ops, changeIds]);
  if (!shown) return <>{joinSoftBreaks(text)}</>;
  return (
    <>
      {shown.map((op, i) => {
        const change = changeIds?.[i] ?? undefined;
        switch (op.op) {
          case 'equal':
            return <span key={i}>{op.text}</span>;
          case 'delete':
            return (
              <del key={i} title="基准中有,此处删去" data-change={change}>
                {op.text}
              </del>
            );
          case 'insert':
            return (
              <ins key={i} title="此处新增" data-change={change}>
                {op.text}
              </ins>
            );
          default:
            return assertNever(op.op);
        }
      })}
    </>
  );
}
