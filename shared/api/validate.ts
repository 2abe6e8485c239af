/**
 * Hand-written argument validators, one per API method. IPC and the e2e host
 * run every incoming argument through `validateArgs` before the implementation
 * sees it, so a malformed call gets an error and never reaches the services.
 * Objects are closed: an unknown key is an error too.
 */
import { InputError } from '../errors';
import type { ApiMethod } from './contract';

/** Returns what is wrong with a value at `path`, or null when it is fine. */
type Check = (value: unknown, path: string) => string | null;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const str = (max = 10_000, min = 0): Check => (v, p) =>
  typeof v !== 'string' ? `${p} 应为字符串 / ${p} must be a string` : v.length < min || v.length > max ? `${p} 长度应在 ${min}–${max} / ${p} length must be ${min}–${max}` : null;
const id = str(200, 1);
const int = (min: number, max: number): Check => (v, p) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? null : `${p} 应为 ${min}–${max} 的整数 / ${p} must be an integer in ${min}–${max}`;
const num = (min: number, max: number): Check => (v, p) =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? null : `${p} 应为 ${min}–${max} 的数 / ${p} must be a number in ${min}–${max}`;
const bool: Check = (v, p) => (typeof v === 'boolean' ? null : `${p} 应为布尔值 / ${p} must be a boolean`);
const oneOf = (...allowed: readonly string[]): Check => (v, p) =>
  typeof v === 'string' && allowed.includes(v) ? null : `${p} 应为 ${allowed.join('|')} 之一 / ${p} must be one of ${allowed.join('|')}`;
const isoDate: Check = (v, p) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? null : `${p} 应为 yyyy-mm-dd / ${p} must be yyyy-mm-dd`);
const base64: Check = (v, p) =>
  typeof v === 'string' && v.length <= 400_000_000 && /^[A-Za-z0-9+/]*={0,2}$/.test(v) ? null : `${p} 应为 base64 / ${p} must be base64`;
const optional = (check: Check): Check => (v, p) => (v === undefined ? null : check(v, p));
const arrayOf = (item: Check, min: number, max: number): Check => (v, p) => {
  if (!Array.isArray(v)) return `${p} 应为数组 / ${p} must be an array`;
  if (v.length < min || v.length > max) return `${p} 应有 ${min}–${max} 项 / ${p} must have ${min}–${max} items`;
  for (let i = 0; i < v.length; i++) {
    const problem = item(v[i], `${p}[${i}]`);
    if (problem) return problem;
  }
  return null;
};
const obj = (shape: Readonly<Record<string, Check>>): Check => (v, p) => {
  if (!isRecord(v)) return `${p} 应为对象 / ${p} must be an object`;
  for (const key of Object.keys(v)) if (!(key in shape)) return `${p}.${key} 不是可用的字段 / ${p}.${key} is not an allowed field`;
  for (const [key, check] of Object.entries(shape)) {
    const problem = check(v[key], `${p}.${key}`);
    if (problem) return problem;
  }
  return null;
};
const none: Check = (v, p) => (v === undefined || v === null ? null : `${p} 此方法不接受参数 / ${p} this method takes no argument`);

const diffOptions = obj({ ignorePunctuationWidth: bool, ignoreWhitespace: bool, ignoreLevelWords: bool });
const ids = arrayOf(id, 1, 12);
const file = obj({ name: str(500, 1), base64 });
const metaFields = obj({
  title: optional(str(500, 1)),
  issuer: optional(str(200)),
  docNumber: optional(str(100)),
  writtenDate: optional(isoDate),
  publishedDate: optional(isoDate),
  region: optional(obj({ province: optional(str(50)), city: optional(str(50)), district: optional(str(50)) })),
  level: optional(oneOf('省', '市', '县区', 'unknown')),
  year: optional(int(1949, 2200)),
  kind: optional(str(50)),
  status: optional(oneOf('draft', 'final', 'unknown')),
  indexNumber: optional(str(100)),
  validity: optional(str(50)),
});

/** The validator of each method's single argument. */
export const validators: { readonly [K in ApiMethod]: Check } = {
  listDocuments: none,
  getDocument: obj({ id, opened: optional(bool) }),
  compare: obj({ ids, pivot: int(0, 11), options: diffOptions }),
  search: obj({
    query: str(500),
    filters: optional(obj({ region: optional(str(50)), year: optional(int(1949, 2200)), kind: optional(str(50)), section: optional(str(200)) })),
    limit: optional(int(1, 500)),
  }),
  importFiles: obj({ files: arrayOf(file, 1, 500) }),
  removeDocument: obj({ id }),
  updateMeta: obj({ id, fields: metaFields }),
  listNotes: none,
  setNote: obj({ key: obj({ docId: id, unitId: id }), text: str(50_000) }),
  listSavedComparisons: none,
  saveComparison: obj({ name: str(200, 1), ids, pivot: int(0, 11), options: diffOptions }),
  deleteSavedComparison: obj({ id }),
  correctAlignment: obj({
    ids,
    pivot: int(0, 11),
    options: diffOptions,
    correction: obj({ kind: oneOf('pair', 'split', 'undo'), a: obj({ docId: id, unitId: id }), b: obj({ docId: id, unitId: id }) }),
  }),
  listRecent: none,
  getSettings: none,
  updateSettings: obj({
    settings: obj({
      diff: optional(obj({ ignorePunctuationWidth: optional(bool), ignoreWhitespace: optional(bool), ignoreLevelWords: optional(bool) })),
      onlyDifferences: optional(bool),
      fontScale: optional(num(0.5, 3)),
      density: optional(oneOf('comfortable', 'compact')),
      session: optional(
        obj({
          tab: oneOf('start', 'library', 'compare', 'reader', 'draft'),
          compare: optional(obj({ ids, pivot: int(0, 11), at: optional(obj({ docId: id, unitId: id })) })),
          reviewId: optional(id),
        }),
      ),
    }),
  }),
  openDraft: obj({ name: str(200, 1), text: optional(str(5_000_000)), file: optional(file), top: optional(int(1, 50)), docId: optional(id) }),
  renameReview: obj({ id, name: str(200, 1) }),
  deleteReview: obj({ id }),
  exportReviewDocument: obj({ reviewId: id, kind: oneOf('tracked', 'feedback'), precedentId: optional(id) }),
  listReviews: none,
  getReview: obj({ id }),
  addDraftToLibrary: obj({ reviewId: id }),
  exportTable: obj({
    ids,
    pivot: int(0, 11),
    options: diffOptions,
    format: oneOf('docx', 'html', 'pdf'),
    includeNotes: bool,
    direction: optional(oneOf('base-is-old', 'base-is-new')),
    onlyChanged: optional(bool),
    pivotUnitIds: optional(arrayOf(id, 0, 5000)),
  }),
  printToPdf: none,
  startupMessages: none,
};

/** Throws an InputError saying what is wrong when `arg` is not a valid argument of `method`. */
export function validateArgs(method: ApiMethod, arg: unknown): void {
  const check = validators[method];
  const problem = check ? check(arg, 'args') : `未知方法 / unknown method`;
  if (problem) {
    const [zh, en] = problem.split(' / ');
    throw new InputError('bad-argument', `参数无效(${method}):${zh}`, `invalid argument (${method}): ${en ?? zh}`);
  }
}
