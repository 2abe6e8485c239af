/** Pure helpers for the library panel: how documents are grouped, filtered and described. */
import type { DocumentSummary } from '../../../shared/api/contract';
import type { DocumentMeta } from '../../../shared/model/document';

/** A heading of the library list and its documents. */
export interface DocumentGroup {
  readonly heading: string;
  readonly documents: readonly DocumentSummary[];
}

/** The region a person would name: district, else city, else province. */
export function regionName(meta: DocumentMeta): string {
  const r = meta.region;
  return [r.province, r.city, r.district].filter(Boolean).join(' ') || '地区未注明';
}

/** The date to show: 成文日期, else 发布日期. */
export function displayDate(meta: DocumentMeta): string {
  return meta.writtenDate ?? meta.publishedDate ?? '';
}

/** Documents whose title, 文号, issuer, region or kind contain the filter text. */
export function filterDocuments(documents: readonly DocumentSummary[], filter: string): readonly DocumentSummary[] {
  const needle = filter.trim().toLowerCase();
  if (!needle) return documents;
  return documents.filter((d) => {
    const m = d.meta;
    const hay = [m.title, m.docNumber, m.issuer, regionName(m), m.kind, String(m.year ?? ''), d.fileName];
    return hay.some((s) => s && s.toLowerCase().includes(needle));
  });
}

/** Groups by region, then year (newest first), then kind. */
export function groupDocuments(documents: readonly DocumentSummary[]): readonly DocumentGroup[] {
  const groups = new Map<string, DocumentSummary[]>();
  const sortKey = new Map<string, string>();
  for (const d of documents) {
    const m = d.meta;
    const heading = `${regionName(m)} · ${m.year ?? '年份未注明'} · ${m.kind ?? '类别未注明'}`;
    const list = groups.get(heading) ?? [];
    list.push(d);
    groups.set(heading, list);
    sortKey.set(heading, `${regionName(m)}\u0000${9999 - (m.year ?? 0)}\u0000${m.kind ?? ''}`);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => sortKey.get(a)!.localeCompare(sortKey.get(b)!, 'zh'))
    .map(([heading, docs]) => ({ heading, documents: docs }));
}
