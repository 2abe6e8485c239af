/** The compare toolbar: base document, ignore options, only-differences, navigation by row and by change, density, save and export. */
import { useState } from 'react';
import type { DocumentDetail, Settings } from '../../../shared/api/contract';
import type { DiffOptions } from '../../../shared/model/comparison';

/** Props of the toolbar. */
export interface CompareToolbarProps {
  readonly documents: readonly DocumentDetail[];
  readonly pivot: number;
  readonly settings: Settings;
  readonly changeListOpen: boolean;
  readonly onPivot: (pivot: number) => void;
  readonly onSettings: (patch: Partial<Settings>) => void;
  readonly onStep: (step: 1 | -1) => void;
  readonly onStepChange: (step: 1 | -1) => void;
  readonly onJump: (label: string) => void;
  readonly onChangeList: () => void;
  readonly onSave: () => void;
  readonly onExport: (format: 'docx' | 'html') => void;
}

const ignoreOptions: readonly { readonly key: keyof DiffOptions; readonly label: string }[] = [
  { key: 'ignorePunctuationWidth', label: '忽略全角/半角' },
  { key: 'ignoreWhitespace', label: '忽略空白' },
  { key: 'ignoreLevelWords', label: '忽略层级用词' },
];

const ignoreTitles: Readonly<Record<keyof DiffOptions, string>> = {
  ignorePunctuationWidth: '全角和半角标点视为相同',
  ignoreWhitespace: '空格、换行不算差异',
  ignoreLevelWords: '市/区/县、全市/全区/全县视为相同',
};

/** Controls above the grid. */
export function CompareToolbar(props: CompareToolbarProps) {
  const { documents, pivot, settings } = props;
  const [jump, setJump] = useState('');
  const compact = settings.density === 'compact';
  return (
    <div className="compare-toolbar">
      <label title={documents[pivot]?.summary.meta.title}>
        基准
        <select
          data-testid="base-select"
          value={pivot}
          title={documents[pivot]?.summary.meta.title}
          onChange={(e) => props.onPivot(Number(e.target.value))}
        >
          {documents.map((d, i) => (
            <option key={d.summary.id} value={i} title={d.summary.meta.title}>
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
        <label key={o.key} title={ignoreTitles[o.key]}>
          <input
            type="checkbox"
            data-testid={`ignore-${o.key}`}
            checked={settings.diff[o.key]}
            onChange={(e) => props.onSettings({ diff: { ...settings.diff, [o.key]: e.target.checked } })}
          />
          {o.label}
        </label>
      ))}
      <span className="toolbar-group" role="group" aria-label="按行跳转">
        <button type="button" data-testid="prev-change" title="上一个有差异的行 (Shift+F7)" onClick={() => props.onStep(-1)}>
          ↑行
        </button>
        <button type="button" data-testid="next-change" title="下一个有差异的行 (F7)" onClick={() => props.onStep(1)}>
          ↓行
        </button>
      </span>
      <span className="toolbar-group" role="group" aria-label="逐处跳转">
        <button type="button" data-testid="prev-edit" title="上一处改动 (Shift+F8)" onClick={() => props.onStepChange(-1)}>
          ‹ 上一处
        </button>
        <button type="button" data-testid="next-edit" title="下一处改动 (F8)" onClick={() => props.onStepChange(1)}>
          下一处 ›
        </button>
      </span>
      <input
        className="jump"
        data-testid="jump-input"
        placeholder="跳到 13 / 第十三条"
        title="输入条款编号后按 Enter:13、第十三条、(三)、十三 均可"
        value={jump}
        onChange={(e) => setJump(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && props.onJump(jump.trim())}
      />
      <span className="toolbar-group">
        <button type="button" data-testid="change-list-toggle" aria-pressed={props.changeListOpen} onClick={props.onChangeList}>
          变更列表
        </button>
        <button
          type="button"
          data-testid="density-toggle"
          aria-pressed={compact}
          title="紧凑显示:行距、边距更小 (字号:Ctrl+= 放大,Ctrl+- 缩小,Ctrl+0 复原)"
          onClick={() => props.onSettings({ density: compact ? 'comfortable' : 'compact' })}
        >
          紧凑
        </button>
      </span>
      <span className="toolbar-group">
        <button type="button" onClick={props.onSave}>
          保存比对
        </button>
        <button type="button" data-testid="export-docx" onClick={() => props.onExport('docx')}>
          导出对照表
        </button>
        <button type="button" data-testid="export-html" onClick={() => props.onExport('html')}>
          HTML
        </button>
      </span>
    </div>
  );
}
