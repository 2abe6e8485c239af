/** The user's own data: notes on units, saved comparisons, recent items, settings. */
import { randomUUID } from 'node:crypto';
import type { PrecedentApi, RecentItem, Settings } from '../../../shared/api/contract';
import { InputError } from '../../../shared/errors';
import type { Store } from '../store/index';
import { savedFor } from './corrections';

type UserDataMethods = Pick<
  PrecedentApi,
  | 'listNotes'
  | 'setNote'
  | 'listSavedComparisons'
  | 'saveComparison'
  | 'deleteSavedComparison'
  | 'listRecent'
  | 'getSettings'
  | 'updateSettings'
  | 'startupMessages'
>;

const maxRecent = 20;

/** Records an opened item at the top of the recent list; a read-only store just skips it. */
export async function addRecent(store: Store, item: RecentItem): Promise<void> {
  if (store.readOnly) return;
  const same = (r: RecentItem) => r.kind === item.kind && r.ids.join('\u0000') === item.ids.join('\u0000');
  await store.update((d) => {
    d.recent = [item, ...d.recent.filter((r) => !same(r))].slice(0, maxRecent);
  });
}

/** Implements the notes, comparisons, recent and settings methods over the store. */
export function userDataMethods(store: Store, now: () => Date): UserDataMethods {
  return {
    listNotes: async () => store.data().notes,
    setNote({ key, text }) {
      const same = (n: { docId: string; unitId: string }) => n.docId === key.docId && n.unitId === key.unitId;
      return store.update((d) => {
        const rest = d.notes.filter((n) => !same(n));
        if (text.trim() === '') {
          d.notes = rest;
          return null;
        }
        const note = { docId: key.docId, unitId: key.unitId, text, updatedAt: now().toISOString() };
        d.notes = [...rest, note];
        return note;
      });
    },
    listSavedComparisons: async () => store.data().comparisons,
    saveComparison({ name, ids, pivot, options }) {
      return store.update((d) => {
        // saving again keeps the hand corrections made for these documents
        const corrections = savedFor(d, ids)?.corrections;
        const saved = {
          id: `cmp-${randomUUID()}`,
          name,
          ids: [...ids],
          pivot,
          options,
          savedAt: now().toISOString(),
          ...(corrections ? { corrections } : {}),
        };
        d.comparisons = [...d.comparisons, saved];
        return saved;
      });
    },
    async deleteSavedComparison({ id }) {
      const removed = await store.update((d) => {
        const before = d.comparisons.length;
        d.comparisons = d.comparisons.filter((c) => c.id !== id);
        return before !== d.comparisons.length;
      });
      if (!removed) throw new InputError('not-found', `找不到已保存的对照:${id}`, `no such saved comparison: ${id}`);
    },
    listRecent: async () => store.data().recent,
    getSettings: async () => store.data().settings,
    updateSettings({ settings }) {
      return store.update((d) => {
        const next: Settings = { ...d.settings, ...settings, diff: { ...d.settings.diff, ...settings.diff } };
        d.settings = next;
        return next;
      });
    },
    startupMessages: async () => store.messages,
  };
}
