/**
 * Argument schemas (valibot), one per API method. IPC and the e2e host run
 * every incoming argument through `validateArgs` before the implementation
 * sees it: a malformed call gets an error and never reaches the services.
 * Objects are truly closed: first the argument is copied into null-prototype
 * objects, refusing `__proto__`, `constructor`, `toString` and every other
 * name of Object.prototype and anything that is not plain data; then the
 * strict schema refuses any key it does not list. The implementation gets the
 * checked copy, never the caller's object.
 */
import * as v from 'valibot';
import { InputError } from '../errors';
import type { ApiMethod } from './contract';

/** A schema of one argument (or part of one). */
export type Check = v.GenericSchema;

/** Each message is `zh|en`; validateArgs puts the path in front of both. */
const say = (zh: string, en: string) => `${zh}|${en}`;

const str = (max = 10_000, min = 0): Check =>
  v.pipe(
    v.string(say('应为字符串', 'must be a string')),
    v.minLength(min, say(`长度应在 ${min}–${max}`, `length must be ${min}–${max}`)),
    v.maxLength(max, say(`长度应在 ${min}–${max}`, `length must be ${min}–${max}`)),
  );
const id = str(200, 1);
const int = (min: number, max: number): Check => {
  const m = say(`应为 ${min}–${max} 的整数`, `must be an integer in ${min}–${max}`);
  return v.pipe(v.number(m), v.integer(m), v.minValue(min, m), v.maxValue(max, m));
};
const num = (min: number, max: number): Check => {
  const m = say(`应为 ${min}–${max} 的数`, `must be a number in ${min}–${max}`);
  return v.pipe(v.number(m), v.finite(m), v.minValue(min, m), v.maxValue(max, m));
};
const bool: Check = v.boolean(say('应为布尔值', 'must be a boolean'));
const oneOf = (...allowed: readonly string[]): Check =>
  v.picklist(allowed, say(`应为 ${allowed.join('|')} 之一`, `must be one of ${allowed.join('|')}`));
const isoDate: Check = v.pipe(
  v.string(say('应为 yyyy-mm-dd', 'must be yyyy-mm-dd')),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, say('应为 yyyy-mm-dd', 'must be yyyy-mm-dd')),
);
const base64: Check = v.pipe(
  v.string(say('应为 base64', 'must be base64')),
  v.maxLength(400_000_000, say('过大', 'is too large')),
  v.regex(/^[A-Za-z0-9+/]*={0,2}$/, say('应为 base64', 'must be base64')),
);
const optional = (check: Check): Check => v.optional(check);
const arrayOf = (item: Check, min: number, max: number): Check =>
  v.pipe(
    v.array(item, say('应为数组', 'must be an array')),
    v.minLength(min, say(`应有 ${min}–${max} 项`, `must have ${min}–${max} items`)),
    v.maxLength(max, say(`应有 ${min}–${max} 项`, `must have ${min}–${max} items`)),
  );
const obj = (shape: Readonly<Record<string, Check>>): Check =>
  v.strictObject(
    shape as v.StrictObjectSchema<v.ObjectEntries, undefined>['entries'],
    say('应为对象,且只含可用的字段', 'must be an object with allowed fields only'),
  );
const none: Check = v.nullish(v.never(say('此方法不接受参数', 'this method takes no argument')));

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

/** The schema of each method's single argument. */
export const validators: { readonly [K in ApiMethod]: Check } = {
  listDocuments: none,
  getDocument: obj({ id, opened: optional(bool) }),
  compare: obj({ ids, pivot: int(0, 11), options: diffOptions }),
  search: obj({
    query: str(500),
    filters: optional(
      obj({ region: optional(str(50)), year: optional(int(1949, 2200)), kind: optional(str(50)), section: optional(str(200)) }),
    ),
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
  openDraft: obj({
    name: str(200, 1),
    text: optional(str(5_000_000)),
    file: optional(file),
    top: optional(int(1, 50)),
    docId: optional(id),
  }),
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

/** Names no argument object may use: they reach Object.prototype (`__proto__`, `constructor`, `toString`, …). */
const forbiddenKeys: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

type Path = readonly (string | number)[];
const pathText = (path: Path) => path.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : `${p}.${k}`), 'args');

class NotPlain extends Error {
  constructor(
    readonly path: Path,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** A deep copy of plain data into null-prototype objects; throws NotPlain for anything else. */
export function closedCopy(value: unknown, path: Path = [], depth = 0): unknown {
  if (depth > 20) throw new NotPlain(path, '嵌套过深', 'is nested too deeply');
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
      throw new NotPlain(path, '不是数据', 'is not data');
    return value;
  }
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) throw new NotPlain(path, '不是普通数组', 'is not a plain array');
    const keys = Object.keys(value);
    if (keys.length !== value.length) throw new NotPlain(path, '不是普通数组', 'is not a plain array');
    return value.map((item, i) => closedCopy(item, [...path, i], depth + 1));
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new NotPlain(path, '不是普通对象', 'is not a plain object');
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'symbol') throw new NotPlain(path, '含有符号键', 'has a symbol key');
    if (forbiddenKeys.has(key)) throw new NotPlain([...path, key], '不是可用的字段', 'is not an allowed field');
    const desc = Object.getOwnPropertyDescriptor(value, key)!;
    if (!('value' in desc)) throw new NotPlain([...path, key], '不是数据字段', 'is not a data field');
    copy[key] = closedCopy(desc.value, [...path, key], depth + 1);
  }
  return copy;
}

function refuse(method: ApiMethod, path: Path, zh: string, en: string): never {
  const where = pathText(path);
  throw new InputError('bad-argument', `参数无效(${method}):${where} ${zh}`, `invalid argument (${method}): ${where} ${en}`);
}

/**
 * Returns a checked null-prototype copy of `arg`, or throws an InputError
 * (code `bad-argument`) saying what is wrong and where.
 */
export function validateArgs(method: ApiMethod, arg: unknown): unknown {
  const schema = Object.prototype.hasOwnProperty.call(validators, method) ? validators[method] : undefined;
  if (!schema)
    throw new InputError('bad-argument', `参数无效(${String(method)}):未知方法`, `invalid argument (${String(method)}): unknown method`);
  let copy: unknown;
  try {
    copy = closedCopy(arg);
  } catch (error) {
    if (error instanceof NotPlain) refuse(method, error.path, error.zh, error.en);
    throw error;
  }
  const result = v.safeParse(schema, copy, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    const path: (string | number)[] = (issue.path ?? []).map((p) => p.key as string | number);
    if (issue.type === 'strict_object' && issue.expected === 'never')
      return refuse(method, path, '不是可用的字段', 'is not an allowed field');
    if (issue.type === 'strict_object' && issue.received === 'undefined') return refuse(method, path, '缺少此字段', 'is missing');
    const [zh, en] = issue.message.includes('|') ? issue.message.split('|') : [issue.message, issue.message];
    return refuse(method, path, zh, en);
  }
  return copy;
}
