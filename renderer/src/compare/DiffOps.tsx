/** Renders a word diff: deletions struck through, insertions underlined; plain text when there is no diff. */
import type { DiffOp } from '../../../shared/model/comparison';

/** The ops as inline text, or `text` as printed. */
export function DiffOps({ ops, text }: { readonly ops: readonly DiffOp[] | null; readonly text: string }) {
  if (!ops) return <>{text}</>;
  return (
    <>
      {ops.map((op, i) =>
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
