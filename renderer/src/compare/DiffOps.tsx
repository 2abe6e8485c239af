/**
 * Renders a word diff: deletions struck through, insertions underlined; plain
 * text when there is no diff. Lines cut mid-sentence (page breaks, PDF line
 * ends) are shown joined; the reader keeps the original lines.
 */
import { useMemo } from 'react';
import type { DiffOp } from '../../../shared/model/comparison';
import { joinSoftBreaks, joinSoftBreaksInOps } from '../../../shared/text/soft-breaks';

/** The ops as inline text, or `text` as printed. */
export function DiffOps({ ops, text }: { readonly ops: readonly DiffOp[] | null; readonly text: string }) {
  const shown = useMemo(() => (ops ? joinSoftBreaksInOps(ops) : null), [ops]);
  if (!shown) return <>{joinSoftBreaks(text)}</>;
  return (
    <>
      {shown.map((op, i) =>
        op.op === 'equal' ? (
          <span key={i}>{op.text}</span>
        ) : op.op === 'delete' ? (
          <del key={i} title="基准中有,此处删去">{op.text}</del>
        ) : (
          <ins key={i} title="此处新增">{op.text}</ins>
        ),
      )}
    </>
  );
}
