/** Applies curated or user metadata over what the parser read, marking each field's origin. */
import type { DocumentMeta, MetaFields, MetaSource } from '../model/document';

const fieldNames: readonly (keyof MetaFields)[] = [
  'title',
  'issuer',
  'docNumber',
  'writtenDate',
  'publishedDate',
  'region',
  'level',
  'year',
  'kind',
  'status',
  'indexNumber',
  'validity',
];

/** Returns meta with every field present in `fields` replaced and marked as coming from `source`. */
export function applyOverrides(meta: DocumentMeta, fields: Partial<MetaFields>, source: MetaSource): DocumentMeta {
  const next: Record<string, unknown> = { ...meta };
  const overridden: Partial<Record<keyof MetaFields, MetaSource>> = { ...meta.overridden };
  for (const key of fieldNames) {
    if (!(key in fields) || fields[key] === undefined) continue;
    next[key] = key === 'region' ? { ...fields.region } : fields[key];
    overridden[key] = source;
  }
  return { ...(next as unknown as DocumentMeta), overridden };
}
