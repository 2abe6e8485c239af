/** The compare toolbar: base document, ignore options, only-differences, navigation, save and export. */
import { useState } from 'react';
import type { DocumentDetail, Settings } from '../../../shared/api/contract';
import type { DiffOptions } from '../../../shared/model/comparison';

/** Props of the toolbar. */
export interface CompareToolbarProps {
  readonly documents: readonly DocumentDetail[];
  readonly pivot: number;
  readonly settings: Settings;
  readonly onPivot: (pivot: number) => void;
  readonly onSettings: (patch: Partial<Settings>) => void;
  readonly onStep: (step: 1 | -1) => void;
  readonly onJump: (label: string) => void;
  readonly onSave: () => void;
  readonly onExport: (format: 'docx' | 'html') => void;
}

const ignoreOptions: readonly { readonly key: keyof DiffOptions; readonly label: string }[] = [
  { key: 'ignorePunctuationWidth', label: '忽略全角/半角标点' },
  { key: 'ignoreWhitespace', label: '忽略空白' },
  { key: 'ignoreLevelWords', label: '忽略市/区/县层级用词' },
];

/** Controls above the grid. */
export function CompareToolbar(props: CompareToolbarProps) {
  const { documents, pivot, settings } = props;
  const [jump, setJump] = useState('');
  return (
    <div className="compare-toolbar">
      <label>
        基准
        <select data-testid="base-select" value={pivot} onChange={(e) => props.onPivot(Number(e.target.value))}>
          {documents.map((d, i) => (
            <option key={d.summary.id} value={i}>
              {d.summary.meta.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          data-testid="only-diff-toggle"
          checked={settings.onlyDifferences}
          onChange={(e) => props.onSettings({ onlyDifferences: e.target.checked })}
        />
        只看有差异的行
      </label>
      {ignoreOptions.map((o) => (
        <label key={o.key}>
          <input
            type="checkbox"
            checked={settings.diff[o.key]}
            onChange={(e) => props.onSettings({ diff: { ...settings.diff, [o.key]: e.target.checked } })}
          />
          {o.label}
        </label>
      ))}
      <span className="toolbar-group">
        <button type="button" data-testid="prev-change" title="上一处差异 (Shift+F7 / k)" onClick={() => props.onStep(-1)}>
          ↑ 上一处
        </button>
        <button type="button" data-testid="next-change" title="下一处差异 (F7 / j)" onClick={() => props.onStep(1)}>
          ↓ 下一处
        </button>
        <input
          className="jump"
          data-testid="jump-input"
          placeholder="跳到第…条"
          value={jump}
          onChange={(e) => setJump(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && props.onJump(jump.trim())}
        />
      </span>
      <span className="toolbar-group">
        <button type="button" onClick={props.onSave}>
          保存比对
        </button>
        <button type="button" data-testid="export-docx" onClick={() => props.onExport('docx')}>
          导出对照表 (Word)
        </button>
        <button type="button" data-testid="export-html" onClick={() => props.onExport('html')}>
          导出 HTML
        </button>
      </span>
    </div>
  );
}
