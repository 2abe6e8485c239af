/**
 * Corrects one document's metadata (title, 文号, dates, region, level, year,
 * kind, status…). Only changed fields are saved; what the parser read stays
 * underneath, and each field says where its value came from.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { DocumentSummary } from '../../../shared/api/contract';
import type { DocumentStatus, Level, MetaFields, MetaSource } from '../../../shared/model/document';
import { api, errorText } from '../app/api';
import { formOf, metaPatch, type MetaForm } from './meta-form';
import { useFocusTrap } from '../app/use-focus-trap';

const sourceText: Readonly<Record<MetaSource, string>> = { user: '已手动修改', catalog: '来自内置目录', text: '读自正文' };
const levels: readonly [Level, string][] = [
  ['省', '省'],
  ['市', '市'],
  ['县区', '县区'],
  ['unknown', '未知'],
];
const statuses: readonly [DocumentStatus, string][] = [
  ['draft', '征求意见稿/草案'],
  ['final', '正式印发'],
  ['unknown', '未知'],
];

/** Props of the editor. */
export interface MetaEditorProps {
  readonly document: DocumentSummary;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}

/** The metadata dialog of one document. */
export function MetaEditor({ document: doc, onSaved, onClose }: MetaEditorProps) {
  const before = formOf(doc.meta);
  const [form, setForm] = useState<MetaForm>(before);
  const [problems, setProblems] = useState<Partial<Record<keyof MetaForm, string>>>({});
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLFormElement>(null);
  useFocusTrap(dialog, onClose);
  useEffect(() => first.current?.focus(), []);

  const set = (patch: Partial<MetaForm>) => setForm((f) => ({ ...f, ...patch }));
  const save = async () => {
    const patch = metaPatch(before, form);
    if (!patch.ok) {
      setProblems(patch.problems);
      return;
    }
    setProblems({});
    if (Object.keys(patch.fields).length === 0) return onClose();
    setSaving(true);
    try {
      await api().updateMeta({ id: doc.id, fields: patch.fields });
      onSaved();
      onClose();
    } catch (e) {
      setError(errorText(e)); // the form keeps what was typed
    } finally {
      setSaving(false);
    }
  };

  /** One labelled field, with where its value came from and any problem under it. */
  const field = (key: keyof MetaForm, label: string, control: ReactNode, source?: keyof MetaFields) => {
    const origin = doc.meta.overridden[source ?? (key as keyof MetaFields)];
    return (
      <label className="meta-field" key={key}>
        <span className="meta-label">
          {label}
          {origin && <span className="muted small"> · {sourceText[origin]}</span>}
        </span>
        {control}
        {problems[key] && (
          <span className="error small" role="alert" data-testid={`meta-problem-${key}`}>
            {problems[key]}
          </span>
        )}
      </label>
    );
  };
  const text = (key: keyof MetaForm, placeholder = '', ref?: typeof first) => (
    <input
      ref={ref}
      data-testid={`meta-${key}`}
      value={form[key]}
      placeholder={placeholder}
      onChange={(e) => set({ [key]: e.target.value })}
    />
  );

  const choice = <K extends 'level' | 'status'>(key: K, options: readonly (readonly [MetaForm[K], string])[]) => (
    <select data-testid={`meta-${key}`} value={form[key]} onChange={(e) => set({ [key]: e.target.value as MetaForm[K] })}>
      {options.map(([v, t]) => (
        <option key={v} value={v}>
          {t}
        </option>
      ))}
    </select>
  );

  return (
    <div className="overlay" onClick={onClose}>
      <form
        ref={dialog}
        className="meta-editor"
        role="dialog"
        aria-modal="true"
        aria-label="修改文件信息"
        data-testid="meta-editor"
        onClick={(e) => e.stopPropagation()}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2>文件信息</h2>
        <p className="muted small">{doc.fileName} · 只保存改动的项;正文不变。</p>
        <div className="meta-grid">
          {field('title', '标题', text('title', '', first))}
          {field('issuer', '发文机关', text('issuer'))}
          {field('docNumber', '文号', text('docNumber', '如:驻政办〔2024〕22号'))}
          {field('indexNumber', '索引号', text('indexNumber'))}
          {field('writtenDate', '成文日期', text('writtenDate', '2024-07-31'))}
          {field('publishedDate', '发布日期', text('publishedDate', '2024-08-15'))}
          {field('province', '省', text('province', '河南省'), 'region')}
          {field('city', '市', text('city', '驻马店市'), 'region')}
          {field('district', '县区', text('district'), 'region')}
          {field('level', '层级', choice('level', levels))}
          {field('year', '年份', text('year', '2024'))}
          {field('kind', '类别', text('kind', '若干措施、实施办法…'))}
          {field('status', '状态', choice('status', statuses))}
          {field('validity', '有效性', text('validity', '有效'))}
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="meta-actions">
          <button type="submit" className="primary" data-testid="meta-save" disabled={saving}>
            保存
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </div>
      </form>
    </div>
  );
}
