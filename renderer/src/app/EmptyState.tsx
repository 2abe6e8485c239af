/** What a view says when it has nothing to show yet, with the one step that fills it. */

/** A muted sentence and a button that takes the user where the content comes from. */
export function EmptyState({ text, action, onAction }: { readonly text: string; readonly action: string; readonly onAction: () => void }) {
  return (
    <div className="empty-state" data-testid="empty-state">
      <p>{text}</p>
      <button type="button" onClick={onAction}>
        {action}
      </button>
    </div>
  );
}
