/** Hook: the user's notes on units, loaded once and written through the API. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, noteKey } from './api';

/** Notes by `noteKey(docId, unitId)`, and a setter that saves. */
export interface NotesState {
  readonly get: (docId: string, unitId: string) => string;
  readonly save: (docId: string, unitId: string, text: string) => Promise<void>;
  /** reads the notes again (another view may have written one) */
  readonly reload: () => void;
}

/** Loads all notes and keeps them in step with what was saved. */
export function useNotes(): NotesState {
  const [notes, setNotes] = useState<ReadonlyMap<string, string>>(new Map());
  const reload = useCallback(() => {
    api()
      .listNotes()
      .then(
        (list) => setNotes(new Map(list.map((n) => [noteKey(n.docId, n.unitId), n.text]))),
        () => undefined,
      );
  }, []);
  useEffect(() => reload(), [reload]);
  const get = useCallback((docId: string, unitId: string) => notes.get(noteKey(docId, unitId)) ?? '', [notes]);
  const save = useCallback(async (docId: string, unitId: string, text: string) => {
    const saved = await api().setNote({ key: { docId, unitId }, text });
    setNotes((old) => {
      const next = new Map(old);
      if (saved) next.set(noteKey(docId, unitId), saved.text);
      else next.delete(noteKey(docId, unitId));
      return next;
    });
  }, []);
  // one object while the notes stay the same, so memoised rows do not re-render on every change of the shell
  return useMemo(() => ({ get, save, reload }), [get, save, reload]);
}
