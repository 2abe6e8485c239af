/**
 * The metadata form of one document as plain strings, and the patch a save
 * sends: only the fields the user changed, checked the way main checks them,
 * with a message (Chinese first) for each field that cannot be saved.
 */
import type { DocumentMeta, DocumentStatus, Level, MetaFields } from '../../../shared/model/document';

/** The editable fields as the form holds them. */
export interface MetaForm {
  readonly title: string;
  readonly issuer: string;
  readonly docNumber: string;
  readonly writtenDate: string;
  readonly publishedDate: string;
  readonly province: string;
  readonly city: string;
  readonly district: string;
  readonly level: Level;
  readonly year: string;
  readonly kind: string;
  readonly status: DocumentStatus;
  readonly indexNumber: string;
  readonly validity: string;
}

/** The form filled from a document's current metadata. */
export function formOf(meta: DocumentMeta): MetaForm {
  return {
    title: meta.title,
    issuer: meta.issuer ?? '',
    docNumber: meta.docNumber ?? '',
    writtenDate: meta.writtenDate ?? '',
    publishedDate: meta.publishedDate ?? '',
    province: meta.region.province ?? '',
    city: meta.region.city ?? '',
    district: meta.region.district ?? '',
    level: meta.level,
    year: meta.year === undefined ? '' : String(meta.year),
    kind: meta.kind ?? '',
    status: meta.status,
    indexNumber: meta.indexNumber ?? '',
    validity: meta.validity ?? '',
  };
}

/** What a save sends, or the problems that stop it (field → message). */
export type MetaPatch =
  | { readonly ok: true; readonly fields: Partial<MetaFields> }
  | { readonly ok: false; readonly problems: Readonly<Partial<Record<keyof MetaForm, string>>> };

const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Text fields that may be emptied (the document does not print one). */
const clearable = ['issuer', 'docNumber', 'kind', 'indexNumber', 'validity'] as const;

/** The changed fields of `form` against `before`, or why they cannot be saved. */
export function metaPatch(before: MetaForm, form: MetaForm): MetaPatch {
  const problems: Partial<Record<keyof MetaForm, string>> = {};
  const fields: { -readonly [K in keyof MetaFields]?: MetaFields[K] } = {};
  const title = form.title.trim();
  if (title === '') problems.title = '标题不能为空 / the title cannot be empty';
  else if (title !== before.title) fields.title = title;
  for (const key of clearable) if (form[key].trim() !== before[key]) fields[key] = form[key].trim();
  for (const key of ['writtenDate', 'publishedDate'] as const) {
    const value = form[key].trim();
    if (value === before[key]) continue;
    if (value === '') problems[key] = '日期不能清空,只能改为另一日期 / a date can be changed, not removed';
    else if (!isoDate.test(value)) problems[key] = '日期格式为 2024-07-31 / write dates as 2024-07-31';
    else fields[key] = value;
  }
  const year = form.year.trim();
  if (year !== before.year) {
    if (!/^\d{4}$/.test(year) || Number(year) < 1949 || Number(year) > 2200)
      problems.year = '年份为四位数字,如 2024 / the year is four digits, like 2024';
    else fields.year = Number(year);
  }
  const region = { province: form.province.trim(), city: form.city.trim(), district: form.district.trim() };
  if (region.province !== before.province || region.city !== before.city || region.district !== before.district) {
    fields.region = Object.fromEntries(Object.entries(region).filter(([, v]) => v !== ''));
  }
  if (form.level !== before.level) fields.level = form.level;
  if (form.status !== before.status) fields.status = form.status;
  return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, fields };
}
