/** Paste a draft or pick a file; the text stays in the box whatever goes wrong. */
import { useRef, useState } from 'react';
import type { DraftReview, FilePayload } from '../../../shared/api/contract';
import { draftApi, errorText } from './api';

/** True when a review has numbered measures or items to check (a review saved by an older version may not). */
export const hasMeasures = (review: DraftReview): boolean => review.draft.units.some((u) => u.kind !== 'paragraph');

/** The message for a saved review in which the parser now finds no numbered measure. */
export const noMeasures = '这份草稿审查中没有找到编号的措施,无法逐条比对 / this review has no numbered measures to compare';

async function payload(file: File): Promise<FilePayload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, base64: btoa(binary) };
}

/** The draft entry form; calls `onOpened` with the review main made of the draft. */
export function DraftInput({ onOpened }: { readonly onOpened: (review: DraftReview) => void }) {
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const picker = useRef<HTMLInputElement>(null);

  const open = async () => {
    setError('');
    if (!file && text.trim() === '') {
      setError('草稿没有内容:请粘贴文字或选择文件 / the draft is empty: paste its text or choose a file');
      return;
    }
    setBusy(true);
    try {
      const label = (
        name.trim() ||
        file?.name ||
        text
          .trim()
          .split('\n')[0]
          .replace(/^[#*\s]+|[*\s]+$/g, '')
          .slice(0, 40)
      ).slice(0, 200);
      const review = await draftApi().openDraft(file ? { name: label, file: await payload(file) } : { name: label, text });
      onOpened(review); // a draft without numbered measures is refused by main, with its reason
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="draft-input" aria-label="打开草稿">
      <h2>审查草稿</h2>
      <p className="muted">
        粘贴草稿全文或选择文件,逐条查找文库中的相近先例,比较措辞、指标和责任单位,并列出先例中常见而草稿缺少的措施。草稿不会加入文库。
      </p>
      <label>
        名称
        <input data-testid="draft-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="如:某区若干措施(征求意见稿)" />
      </label>
      <textarea data-testid="draft-text" value={text} onChange={(e) => setText(e.target.value)} placeholder="在此粘贴草稿全文…" rows={10} />
      <div className="draft-input-actions">
        <span className="draft-file">
          <button type="button" onClick={() => picker.current?.click()}>
            或选择文件…
          </button>
          <span className="muted small">{file ? `已选:${file.name}(将用文件内容,不用上面粘贴的文字)` : '.txt / .docx / .pdf / .html'}</span>
          <input
            ref={picker}
            hidden
            data-testid="draft-file"
            type="file"
            accept=".txt,.md,.docx,.pdf,.html,.htm"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              e.target.value = '';
            }}
          />
        </span>
        {file && (
          <button type="button" className="quiet" onClick={() => setFile(null)}>
            不用此文件
          </button>
        )}
        <button type="button" className="primary" data-testid="open-draft" disabled={busy} onClick={() => void open()}>
          {busy ? '正在比对…' : '开始审查'}
        </button>
      </div>
      {error && (
        <p className="draft-error" role="alert" data-testid="draft-error">
          {error}
        </p>
      )}
    </section>
  );
}
