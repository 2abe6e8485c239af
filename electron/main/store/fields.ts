/**
 * Reads db.json one top-level field at a time. Each field has a spec that
 * keeps what has the right shape, salvages records out of a field of the
 * wrong shape (an object instead of a list, records nested deeper) and sets
 * the rest aside with a count, so the loader can tell the user exactly what
 * was kept and what was moved to the backup. A field this build does not know
 * (written by a later minor version) is kept as it is. Adding a stored field
 * is one entry in `fieldSpecs`.
 */
import { defaultSettings } from './schema';
import { isComparison, isNote, isRecent, isStoredEntry, isStoredReview, isWindow } from './shapes';

type Raw = Record<string, unknown>;

/** What reading one field found. */
export interface FieldReport {
  readonly field: string;
  /** records (or sub-fields) kept */
  readonly kept: number;
  /** items that could not be kept: they stay in the backup copy */
  readonly setAside: number;
  /** the field itself had the wrong shape (e.g. an object where a list belongs) */
  readonly wrongShape: boolean;
}

/** How one top-level field is read. */
interface FieldSpec {
  readonly key: string;
  /** the field's name for the user */
  readonly zh: string;
  readonly en: string;
  /** a list of records (counted as such in messages) */
  readonly list?: boolean;
  read(value: unknown): { readonly value: unknown; readonly kept: number; readonly setAside: number; readonly wrongShape: boolean };
}

const isObject = (x: unknown): x is Raw => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Every value inside `value` (depth first) that passes `ok`, not descending into those. */
export function recordsWithin(value: unknown, ok: (x: unknown) => boolean, depth = 0): unknown[] {
  if (ok(value)) return [value];
  if (depth > 8 || typeof value !== 'object' || value === null) return [];
  return Object.values(value as Raw).flatMap((v) => recordsWithin(v, ok, depth + 1));
}

function unique(items: readonly unknown[], key?: (x: Raw) => string): unknown[] {
  if (!key) return [...items];
  const seen = new Map<string, unknown>();
  for (const item of items) seen.set(key(item as Raw), item);
  return [...seen.values()];
}

/** A list of records: good items kept, bad ones set aside, a field of the wrong shape searched for records. */
function collection(key: string, zh: string, en: string, ok: (x: unknown) => boolean, idOf?: (x: Raw) => string): FieldSpec {
  return {
    key,
    zh,
    en,
    list: true,
    read(value) {
      if (value === undefined) return { value: [], kept: 0, setAside: 0, wrongShape: false };
      if (Array.isArray(value)) {
        const good = unique(value.filter(ok), idOf);
        return { value: good, kept: good.length, setAside: value.length - value.filter(ok).length, wrongShape: false };
      }
      const found = unique(recordsWithin(value, ok), idOf);
      const items = isObject(value) ? Object.keys(value).length : 1;
      return { value: found, kept: found.length, setAside: Math.max(0, items - found.length), wrongShape: true };
    },
  };
}

function readSettings(value: unknown): ReturnType<FieldSpec['read']> {
  if (value === undefined) return { value: defaultSettings, kept: 0, setAside: 0, wrongShape: false };
  if (!isObject(value)) return { value: defaultSettings, kept: 0, setAside: 1, wrongShape: true };
  let kept = 0;
  let setAside = 0;
  const pick = <T>(x: unknown, ok: (y: unknown) => boolean, fallback: T): T => {
    if (x === undefined) return fallback;
    if (ok(x)) {
      kept++;
      return x as T;
    }
    setAside++;
    return fallback;
  };
  const bool = (x: unknown) => typeof x === 'boolean';
  const rawDiff = isObject(value.diff) ? value.diff : {};
  if (value.diff !== undefined && !isObject(value.diff)) setAside++;
  const d = defaultSettings.diff;
  const settings = {
    ...value,
    diff: {
      ...rawDiff,
      ignorePunctuationWidth: pick(rawDiff.ignorePunctuationWidth, bool, d.ignorePunctuationWidth),
      ignoreWhitespace: pick(rawDiff.ignoreWhitespace, bool, d.ignoreWhitespace),
      ignoreLevelWords: pick(rawDiff.ignoreLevelWords, bool, d.ignoreLevelWords),
    },
    onlyDifferences: pick(value.onlyDifferences, bool, defaultSettings.onlyDifferences),
    fontScale: pick(value.fontScale, (x) => typeof x === 'number' && Number.isFinite(x) && x >= 0.5 && x <= 3, defaultSettings.fontScale),
  };
  return { value: settings, kept, setAside, wrongShape: false };
}

function readSeedOverrides(value: unknown): ReturnType<FieldSpec['read']> {
  if (value === undefined) return { value: {}, kept: 0, setAside: 0, wrongShape: false };
  if (!isObject(value)) return { value: {}, kept: 0, setAside: 1, wrongShape: true };
  const good = Object.entries(value).filter(([, fields]) => isObject(fields));
  return { value: Object.fromEntries(good), kept: good.length, setAside: Object.keys(value).length - good.length, wrongShape: false };
}

function readWindow(value: unknown): ReturnType<FieldSpec['read']> {
  if (value === undefined) return { value: undefined, kept: 0, setAside: 0, wrongShape: false };
  if (isWindow(value)) return { value: { ...value, maximized: value.maximized ?? false }, kept: 1, setAside: 0, wrongShape: false };
  return { value: undefined, kept: 0, setAside: 1, wrongShape: true };
}

/** The top-level fields of db.json and how each is read. */
export const fieldSpecs: readonly FieldSpec[] = [
  collection('library', '文库文档', 'imported documents', isStoredEntry, (e) => String(e.id)),
  { key: 'seedOverrides', zh: '内置文档的元数据更正', en: 'corrections to bundled documents', read: readSeedOverrides },
  collection('notes', '批注', 'notes', isNote, (n) => `${String(n.docId)}\u0000${String(n.unitId)}`),
  collection('comparisons', '已保存的对照', 'saved comparisons', isComparison, (c) => String(c.id)),
  { key: 'settings', zh: '设置', en: 'settings', read: readSettings },
  collection('recent', '最近打开', 'recent items', isRecent),
  collection('reviews', '草稿审查', 'draft reviews', isStoredReview, (r) => String(r.id)),
  { key: 'window', zh: '窗口位置', en: 'window position', read: readWindow },
];

/** Reads every field of a parsed (current-layout) object; unknown fields pass through. */
export function readFields(raw: Raw): { readonly data: Raw; readonly reports: readonly FieldReport[] } {
  const data: Raw = {};
  for (const [key, value] of Object.entries(raw)) if (key !== 'version' && !fieldSpecs.some((f) => f.key === key)) data[key] = value;
  const reports: FieldReport[] = [];
  for (const spec of fieldSpecs) {
    const { value, kept, setAside, wrongShape } = spec.read(raw[spec.key]);
    if (value !== undefined) data[spec.key] = value;
    reports.push({ field: spec.key, kept, setAside, wrongShape });
  }
  return { data, reports };
}

/** One zh/en sentence per field that lost something: what it was, what was kept. */
export function describeProblems(reports: readonly FieldReport[]): { readonly zh: string; readonly en: string } | null {
  const bad = reports.filter((r) => r.setAside > 0 || r.wrongShape);
  if (bad.length === 0) return null;
  const spec = (r: FieldReport) => fieldSpecs.find((f) => f.key === r.field)!;
  const zh = (r: FieldReport) => {
    const what = `${spec(r).zh}(${r.field})`;
    if (spec(r).list) return `${what}${r.wrongShape ? '格式不对' : '有记录格式不对'}:保留 ${r.kept} 项,移出 ${r.setAside} 项`;
    return r.wrongShape
      ? `${what}格式不对,已改用默认${spec(r).zh}`
      : `${what}有 ${r.setAside} 项取值不对,已改用默认值,其余 ${r.kept} 项保留`;
  };
  const en = (r: FieldReport) => {
    const what = spec(r).en === r.field ? r.field : `${spec(r).en} (${r.field})`;
    if (spec(r).list)
      return `${what} ${r.wrongShape ? 'had the wrong shape' : 'had malformed records'}: ${r.kept} kept, ${r.setAside} set aside`;
    return r.wrongShape
      ? `${what} had the wrong shape: the defaults are used`
      : `${what}: ${r.setAside} value(s) were wrong and reset to the default, ${r.kept} kept`;
  };
  return { zh: bad.map(zh).join(';'), en: bad.map(en).join('; ') };
}
