/** Export of the draft's 对照表 against the precedent documents it draws on most, with notes as 说明. */
import { useMemo, useState } from 'react';
import type { DraftReview } from '../../../shared/api/contract';
import { defaultDiffOptions } from '../../../shared/api/views';
import { draftApi, errorText } from './api';
import { precedentDocuments } from './export-docs';

/** Which rows the table keeps. */
type RowChoice = 'all' | 'changed' | 'noted';

/** The export controls: documents (1–3 beside the draft), format, rows, notes in 说明. `noted`: draft measures with a note. */
export function ExportPanel({
  review,
  titleOf,
  noted,
}: {
  readonly review: DraftReview;
  readonly titleOf: (id: string) => string;
  readonly noted: readonly string[];
}) {
  const candidates = useMemo(() => precedentDocuments(review), [review]);
  const [chosen, setChosen] = useState<readonly string[]>(() => candidates.slice(0, 2));
  const [format, setFormat] = useState<'docx' | 'html' | 'pdf'>('docx');
  const [includeNotes, setIncludeNotes] = useState(true);
  const [rows, setRows] = useState<RowChoice>('all');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const toggle = (id: string) =>
    setChosen((now) => (now.includes(id) ? now.filter((x) => x !== id) : now.length >= 3 ? now : [...now, id]));

  const run = async () => {
    setBusy(true);
    setStatus('');
    try {
      const ids = [review.docId, ...chosen];
      const result = await draftApi().exportTable({
        ids,
        pivot: 0,
        options: defaultDiffOptions,
        format,
        includeNotes,
        // the draft is the newer text: what it adds is marked as added
        direction: 'base-is-new',
        ...(rows === 'changed' ? { onlyChanged: true } : {}),
        ...(rows === 'noted' ? { pivotUnitIds: noted } : {}),
      });
      setStatus(result.kind === 'saved' ? `已导出:${result.path}` : '已取消导出');
    } catch (e) {
      setStatus(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="export-panel" aria-label="导出对照表">
      <h3>导出对照表</h3>
      {candidates.length === 0 ? (
        <p className="muted">没有可对照的先例文档</p>
      ) : (
        <>
          <p className="muted">草稿作为基准列,另选 1–3 份先例文档:</p>
          {candidates.map((id) => (
            <label key={id} className="export-doc">
              <input type="checkbox" data-testid="export-doc" checked={chosen.includes(id)} onChange={() => toggle(id)} />
              {titleOf(id)}
            </label>
          ))}
          <div className="export-actions">
            <select
              data-testid="export-format"
              value={format}
              onChange={(e) => setFormat(e.target.value === 'html' ? 'html' : e.target.value === 'pdf' ? 'pdf' : 'docx')}
            >
              <option value="docx">Word (.docx)</option>
              <option value="html">网页 (.html)</option>
              <option value="pdf">PDF(打印)</option>
            </select>
            <select data-testid="export-rows" value={rows} onChange={(e) => setRows(e.target.value as RowChoice)} aria-label="导出哪些行">
              <option value="all">全部条款</option>
              <option value="changed">只含有差异的行</option>
              <option value="noted" disabled={noted.length === 0}>
                只含已批注的条款({noted.length})
              </option>
            </select>
            <label>
              <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} />
              批注写入“说明”栏
            </label>
            <button type="button" data-testid="export-table" disabled={busy || chosen.length === 0} onClick={() => void run()}>
              {busy ? '正在导出…' : '导出'}
            </button>
          </div>
        </>
      )}
      {status && (
        <p role="status" data-testid="export-result">
          {status}
        </p>
      )}
    </section>
  );
}
