/** A note on one draft measure, saved with the review's draft id so exports pick it up for 说明. */
import { useEffect, useState } from 'react';
import type { Note, NoteKey } from '../../../shared/api/contract';
import { draftApi, errorText } from './api';

/** Edits the note at `noteKey`; `onSaved` gets the stored note, or null when it was cleared. */
export function NoteEditor({
  noteKey,
  note,
  onSaved,
}: {
  readonly noteKey: NoteKey;
  readonly note: Note | undefined;
  readonly onSaved: (key: NoteKey, note: Note | null) => void;
}) {
  const [text, setText] = useState(note?.text ?? '');
  const [status, setStatus] = useState('');
  // another measure: its note, and no status left from this one
  useEffect(() => setStatus(''), [noteKey.docId, noteKey.unitId]);
  // the stored note changed (reopened review, or the save just made): show it, keeping the 已保存 status
  useEffect(() => setText(note?.text ?? ''), [noteKey.docId, noteKey.unitId, note?.text]);
  const save = async () => {
    try {
      const saved = await draftApi().setNote({ key: noteKey, text });
      onSaved(noteKey, saved);
      setStatus(saved ? '已保存' : '已清除');
    } catch (e) {
      setStatus(errorText(e));
    }
  };
  return (
    <div className="note-editor">
      <label>
        批注(导出时填入“说明”栏)
        <textarea data-testid="note-input" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" data-testid="save-note" onClick={() => void save()}>
        保存批注
      </button>
      {status && (
        <span className="note-status" role="status" data-testid="note-status">
          {status}
        </span>
      )}
    </div>
  );
}
