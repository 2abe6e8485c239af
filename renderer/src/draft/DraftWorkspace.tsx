/** Draft review workspace: placeholder until the draft review work lands. */
export function DraftWorkspace() {
  return <p>起草审查尚未实现 / draft review is not implemented yet</p>;
}
