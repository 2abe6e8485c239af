/**
 * The find shortcuts, as Word, WPS and Beyond Compare users expect them: Ctrl+F
 * finds in the view on screen; Ctrl+Shift+F (and Ctrl+K) searches the corpus.
 */

/** Tabs whose view has its own find bar. */
const viewsWithFind: ReadonlySet<string> = new Set(['compare', 'reader', 'draft']);

/** A key event without its modifiers' platform differences. */
type Keys = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

const command = (e: Keys) => (e.ctrlKey || e.metaKey) && !e.altKey;

/** Ctrl+F (not Shift): find in the view on screen. */
export function isFindInView(e: Keys): boolean {
  return command(e) && !e.shiftKey && e.key.toLowerCase() === 'f';
}

/** Ctrl+Shift+F or Ctrl+K anywhere; a plain Ctrl+F only on a tab with nothing to find in. */
export function opensCorpusSearch(e: Keys, tab: string): boolean {
  if (!command(e)) return false;
  const key = e.key.toLowerCase();
  if (key === 'k') return true;
  if (key !== 'f') return false;
  return e.shiftKey || !viewsWithFind.has(tab);
}
