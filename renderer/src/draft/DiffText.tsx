/** Renders a draft measure's word diff against a precedent: deletions struck in red, insertions underlined. */
import type { DiffOp } from '../../../shared/model/comparison';
import { DiffOps } from '../compare/DiffOps';

/** The ops as a paragraph. */
export function DiffText({ ops }: { readonly ops: readonly DiffOp[] }) {
  return (
    <p className="diff-text" data-testid="draft-diff">
      <DiffOps ops={ops} text="" />
    </p>
  );
}
