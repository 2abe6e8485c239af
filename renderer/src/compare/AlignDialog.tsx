/** "对齐到…": pick the unit of another document that a unit really corresponds to. Traps focus; Esc closes. */
import { useMemo, useRef, useState } from 'react';
import type { DocumentDetail } from '../../../shared/api/contract';
import { useFocusTrap } from '../app/use-focus-trap';

/** Props of the dialog. */
export interface AlignDialogProps {
  readonly documents: readonly DocumentDetail[];
  readonly names: readonly string[];
  readonly source: { readonly doc: number; readonly unitId: string };
  readonly pivot: number;
  readonly onPick: (doc: number, unitId: string) => void;
  readonly onClose: () => void;
}

/** Lists the other documents' units, filtered by what the user types. */
export function AlignDialog({ documents, names, source, pivot, onPick, onClose }: AlignDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useFocusTrap(dialog, onClose);
  const others = documents.map((_, i) => i).filter((i) => i !== source.doc);
  const [doc, setDoc] = useState(others.includes(pivot) ? pivot : others[0]);
  const [query, setQuery] = useState('');
  const unit = documents[source.doc].units.find((u) => u.id === source.unitId);
  const units = useMemo(() => {
    const q = query.trim();
    return documents[doc].units.filter((u) => !q || u.label.includes(q) || u.title.includes(q) || u.text.includes(q));
  }, [documents, doc, query]);
  return (
    <div className="overlay" onClick={onClose}>
      <div
        ref={dialog}
        className="align-dialog"
        role="dialog"
        aria-modal="true"
        aria-label="对齐到…"
        data-testid="align-dialog"
        onClick={(e) => e.stopPropagation()}
      >
        <h2>
          把 {names[source.doc]} 第 {unit?.label || '段'} 条 对齐到…
        </h2>
        <p className="muted small">{unit?.title}</p>
        <div className="align-tools">
          <label>
            文件
            <select data-testid="align-doc" value={doc} onChange={(e) => setDoc(Number(e.target.value))}>
              {others.map((i) => (
                <option key={i} value={i}>
                  {documents[i].summary.meta.title}
                </option>
              ))}
            </select>
          </label>
          <input
            data-testid="align-filter"
            type="search"
            placeholder="按编号或文字筛选"
            value={query}
            data-autofocus
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <ol className="align-units">
          {units.map((u) => (
            <li key={u.id}>
              <button type="button" className="align-unit" data-testid="align-target" data-unit-id={u.id} onClick={() => onPick(doc, u.id)}>
                <span className="unit-label">{u.label || '段'}</span> {u.title || u.text.slice(0, 40)}
              </button>
            </li>
          ))}
        </ol>
        <div className="meta-actions">
          <button type="button" onClick={onClose}>
            取消
          </button>
        </div>
      </div>
    </div>
  );
}
