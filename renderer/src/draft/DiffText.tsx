/** Renders word-diff ops: deletions struck in red, insertions underlined. */
import type { DiffOp } from '../../../shared/model/comparison';

/** The ops as inline text; `base` is what the deletions came from. */
export function DiffText({ ops }: { readonly ops: readonly DiffOp[] }) {
  return (
    <p className="diff-text" data-testid="draft-diff">
      {ops.map((op, i) => {
        switch (op.op) {
          case 'equal':
            return <span key={i}>{op.text}</span>;
          case 'delete':
            return <del key={i}>{op.text}</del>;
          case 'insert':
            return <ins key={i}>{op.text}</ins>;
        }
      })}
    </p>
  );
}
