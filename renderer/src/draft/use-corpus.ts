/** Hook: corpus documents by id (titles for every precedent, full units on demand), fetched once each. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DocumentDetail, DocumentSummary } from '../../../shared/api/contract';
import type { Unit } from '../../../shared/model/document';
import { draftApi } from './api';
import { shortTitles } from './short-title';

const details = new Map<string, Promise<DocumentDetail>>();

/** A document's detail, fetched once per session. */
export function loadDetail(id: string): Promise<DocumentDetail> {
  let hit = details.get(id);
  if (!hit) {
    hit = draftApi().getDocument({ id });
    hit.catch(() => details.delete(id));
    details.set(id, hit);
  }
  return hit;
}

/** The corpus summaries, with full titles and short names (place, year, kind) by id. */
export function useCorpus(): {
  readonly titleOf: (id: string) => string;
  readonly shortOf: (id: string) => string;
  readonly summaries: readonly DocumentSummary[];
} {
  const [summaries, setSummaries] = useState<readonly DocumentSummary[]>([]);
  useEffect(() => {
    draftApi()
      .listDocuments()
      .then(setSummaries)
      .catch(() => setSummaries([]));
  }, []);
  const titleOf = useCallback((id: string) => summaries.find((s) => s.id === id)?.meta.title || id, [summaries]);
  const shorts = useMemo(() => shortTitles(summaries), [summaries]);
  const shortOf = useCallback((id: string) => shorts.get(id) ?? titleOf(id), [shorts, titleOf]);
  return { titleOf, shortOf, summaries };
}

/** One unit of a corpus document, or null while loading or when it is gone. */
export function useUnit(docId: string | null, unitId: string | null): Unit | null {
  const [unit, setUnit] = useState<Unit | null>(null);
  useEffect(() => {
    setUnit(null);
    if (!docId || !unitId) return;
    let live = true;
    loadDetail(docId)
      .then((d) => live && setUnit(d.units.find((u) => u.id === unitId) ?? null))
      .catch(() => live && setUnit(null));
    return () => {
      live = false;
    };
  }, [docId, unitId]);
  return unit;
}
