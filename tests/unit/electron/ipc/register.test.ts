import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels, type ApiEnvelope, type ApiMethod, type PrecedentApi } from '../../../../shared/api/contract';
import { validators } from '../../../../shared/api/validate';
import { createApi } from '../../../../electron/main/api/create-api';
import { openStore } from '../../../../electron/main/store/index';

type Handler = (event: unknown, ...args: unknown[]) => Promise<ApiEnvelope<unknown>>;
const handlers = new Map<string, Handler>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerApi } = await import('../../../../electron/main/ipc/register');

const ownFrame = { senderFrame: { url: 'app://precedent/index.html#/compare' } };
const call = (method: ApiMethod, event: unknown, ...args: unknown[]) => handlers.get(channels[method])!(event, ...args);

let dir: string;
let api: PrecedentApi;
let unregister: () => void;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'precedent-ipc-'));
  const store = await openStore({ dataDir: dir });
  api = createApi({ store, seedsDir: join(process.cwd(), 'seeds'), dialogs: { saveFile: async () => null } });
  unregister = registerApi(api, {}, () => undefined);
});

afterEach(async () => {
  unregister();
  await rm(dir, { recursive: true, force: true });
});

describe('the API surface', () => {
  it('has the same methods in the contract, the channel map, the implementation and the validators', () => {
    // the contract side is checked by the compiler: `channels` is typed { [K in ApiMethod]: string }
    const contract = Object.keys(channels).sort();
    expect(Object.keys(api).sort()).toEqual(contract);
    expect(Object.keys(validators).sort()).toEqual(contract);
    expect([...handlers.keys()].sort()).toEqual(Object.values(channels).sort());
    expect(new Set(Object.values(channels)).size).toBe(contract.length);
  });
});

describe('IPC handlers', () => {
  it('answer a valid call from our renderer with an ok envelope', async () => {
    const saved = await call('setNote', ownFrame, { key: { docId: 'xuchang', unitId: 'm-5' }, text: '目标值不同' });
    expect(saved).toMatchObject({ ok: true, value: { docId: 'xuchang', unitId: 'm-5', text: '目标值不同' } });
    expect(await call('listNotes', ownFrame)).toMatchObject({ ok: true, value: [{ unitId: 'm-5' }] });
  });

  it.each([
    ['setNote', [{ key: 5, text: 'x' }]],
    ['setNote', [{ key: { docId: 'a', unitId: 'b' }, text: 'x', extra: true }]],
    ['getDocument', ['zhumadian']],
    ['compare', [{ ids: 'a,b', pivot: 0, options: {} }]],
    ['updateSettings', [{ settings: { fontScale: 'huge' } }]],
    ['importFiles', [{ files: [{ name: 'a.txt', base64: '%%%' }] }]],
    ['listNotes', [{ sneaky: true }]],
    ['getDocument', [{ id: 'a' }, { id: 'b' }]],
    ['search', [null]],
  ] as const)('return an error envelope for a malformed %s call, never throwing', async (method, args) => {
    const envelope = await call(method, ownFrame, ...args);
    expect(envelope.ok).toBe(false);
    if (!envelope.ok) {
      expect(envelope.error.code).toBe('bad-argument');
      expect(envelope.error.zh).toMatch(/参数无效/);
      expect(envelope.error.en).toMatch(/invalid argument/);
    }
  });

  it.each([
    ['a remote page', { senderFrame: { url: 'https://example.com/index.html' } }],
    ['another local file', { senderFrame: { url: 'file:///tmp/evil/index.html' } }],
    ['a destroyed frame', { senderFrame: null }],
    ['a data: URL', { senderFrame: { url: 'data:text/html,<script>1</script>' } }],
  ])('refuse a call from %s', async (_what, event) => {
    const envelope = await call('listNotes', event);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
  });

  it('accept the dev server only when one is configured', async () => {
    unregister();
    unregister = registerApi(api, { devServerUrl: 'http://localhost:5173' }, () => undefined);
    expect((await call('listNotes', { senderFrame: { url: 'http://localhost:5173/' } })).ok).toBe(true);
    expect((await call('listNotes', { senderFrame: { url: 'http://localhost:5174/' } })).ok).toBe(false);
    expect((await call('listNotes', { senderFrame: { url: 'http://localhost:5173.evil.example/' } })).ok).toBe(false);
  });

  it('turn an unexpected failure into an internal error envelope', async () => {
    unregister();
    const broken = { ...api, listNotes: async () => Promise.reject(new Error('disk on fire')) };
    unregister = registerApi(broken, {}, () => undefined);
    expect(await call('listNotes', ownFrame)).toMatchObject({ ok: false, error: { code: 'internal', en: 'internal error: disk on fire' } });
  });
});
