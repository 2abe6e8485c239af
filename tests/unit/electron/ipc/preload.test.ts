import { describe, expect, it, vi } from 'vitest';
import { channels, eventChannels } from '../../../../shared/api/contract';

const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>();
const invoke = vi.fn();
const listeners = new Map<string, (...args: unknown[]) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: Record<string, (...args: unknown[]) => unknown>) => exposed.set(key, value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, fn),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

await import('../../../../electron/preload/index');

describe('the preload', () => {
  it('exposes exactly the contract methods as window.api, and only events as window.apiEvents', () => {
    expect([...exposed.keys()].sort()).toEqual(['api', 'apiEvents']);
    expect(Object.keys(exposed.get('api')!).sort()).toEqual(Object.keys(channels).sort());
    expect(Object.keys(exposed.get('apiEvents')!).sort()).toEqual(['onImportProgress', 'onMenuCommand']);
  });

  it('calls each method on its own channel and unwraps the value', async () => {
    invoke.mockResolvedValueOnce({ ok: true, value: [{ docId: 'a', unitId: 'b', text: 't', updatedAt: 'x' }] });
    const notes = await exposed.get('api')!.listNotes();
    expect(invoke).toHaveBeenLastCalledWith(channels.listNotes, undefined);
    expect(notes).toEqual([{ docId: 'a', unitId: 'b', text: 't', updatedAt: 'x' }]);
  });

  it('throws the error of a failed call as `zh / en` with its code', async () => {
    invoke.mockResolvedValueOnce({ ok: false, error: { code: 'not-found', zh: '找不到文档:x', en: 'no such document: x' } });
    await expect(exposed.get('api')!.getDocument({ id: 'x' })).rejects.toMatchObject({
      message: '找不到文档:x / no such document: x',
      code: 'not-found',
    });
  });

  it('delivers import progress to a subscriber until it unsubscribes', () => {
    const seen: unknown[] = [];
    const off = exposed.get('apiEvents')!.onImportProgress((p: unknown) => seen.push(p)) as () => void;
    listeners.get(eventChannels.importProgress)!({}, { done: 1, total: 2, fileName: 'a.txt' });
    off();
    expect(listeners.has(eventChannels.importProgress)).toBe(false);
    expect(seen).toEqual([{ done: 1, total: 2, fileName: 'a.txt' }]);
  });
});
