/** Import by file picker or by dropping files on the library; shows what happened to each file. */
import { useEffect, useRef, useState } from 'react';
import type { ImportOutcome, ImportProgress } from '../../../shared/api/contract';
import { api, errorText } from '../app/api';
import { toPayloads } from './import-files';
import { assertNever } from '../../../shared/assert-never';

const outcomeText = (o: ImportOutcome): string => {
  switch (o.kind) {
    case 'imported':
      return `已导入:${o.fileName}(${o.document.unitCount} 条)`;
    case 'duplicate':
      return `重复,已在文库中:${o.fileName}`;
    case 'refused':
      return `未导入:${o.fileName} — ${o.reason}`;
    default:
      return assertNever(o);
  }
};

/** The import button, drop zone and results; calls `onImported` after a batch. */
export function ImportControl({ onImported }: { readonly onImported: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [results, setResults] = useState<readonly ImportOutcome[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState('');
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const offProgress = window.apiEvents?.onImportProgress(setProgress);
    const offMenu = window.apiEvents?.onMenuCommand((c) => c.kind === 'import' && input.current?.click());
    return () => {
      offProgress?.();
      offMenu?.();
    };
  }, []);

  const importFiles = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setError('');
    setProgress({ done: 0, total: files.length, fileName: files[0].name });
    try {
      setResults(await api().importFiles({ files: await toPayloads(files) }));
      onImported();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <section
      className={dragging ? 'import dragging' : 'import'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void importFiles([...e.dataTransfer.files]);
      }}
    >
      <button type="button" onClick={() => input.current?.click()}>
        导入文件…
      </button>
      <span className="muted">或把 .txt / .docx / .pdf / .html 文件拖到这里</span>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="import-input"
        accept=".txt,.md,.docx,.pdf,.html,.htm"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void importFiles(files);
        }}
      />
      {progress && (
        <progress max={progress.total} value={progress.done} aria-label="导入进度">
          {progress.done}/{progress.total}
        </progress>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {results.length > 0 && (
        <ul className="import-results">
          {results.map((r, i) => (
            <li key={i} data-testid="import-result" className={`import-${r.kind}`}>
              {outcomeText(r)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
