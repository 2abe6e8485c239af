import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { channels } from '../../../shared/api/contract';
import { startHost } from '../../e2e/host/server';

const dirs: string[] = [];
const hosts: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A stand-in for out/renderer: the real one is built later in the pipeline. */
async function fakeRenderer(): Promise<{ root: string; dataDir: string }> {
  const root = await mkdtemp(join(tmpdir(), 'precedent-host-'));
  dirs.push(root);
  await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(
    join(root, 'renderer', 'index.html'),
    '<!doctype html><html><head><title>t</title>\n<script type="module" crossorigin src="./assets/app.js"></script>\n</head><body></body></html>',
  );
  await writeFile(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'outside');
  return { root: join(root, 'renderer'), dataDir: join(root, 'data') };
}

async function host(rendererDir: string, dataDir: string) {
  const h = await startHost({ dataDir, rendererDir, seedsDir: join(process.cwd(), 'seeds') });
  hosts.push(h);
  return h;
}

const post = (url: string, method: string, body?: unknown) =>
  fetch(`${url}api/${method}`, { method: 'POST', body: body === undefined ? '' : JSON.stringify(body) });

describe('the e2e host', () => {
  it('serves the renderer on 127.0.0.1 with the bridge injected before the app script', async () => {
    const { root, dataDir } = await fakeRenderer();
    const { url } = await host(root, dataDir);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(url);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html.indexOf('<script src="/__bridge.js"></script>')).toBeLessThan(html.indexOf('type="module"'));
    expect(html).toContain('/__bridge.js');
    expect((await fetch(`${url}assets/app.js`)).headers.get('content-type')).toContain('text/javascript');
    expect((await fetch(`${url}..%2Fsecret.txt`)).status).toBe(403);
  });

  it('answers API calls with envelopes and unknown methods with 404', async () => {
    const { root, dataDir } = await fakeRenderer();
    const { url } = await host(root, dataDir);
    expect(await (await post(url, 'listNotes')).json()).toEqual({ ok: true, value: [] });
    const bad = await (await post(url, 'setNote', { key: {} })).json();
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    const unknown = await post(url, 'deleteEverything');
    expect(unknown.status).toBe(404);
    expect((await post(url, 'constructor')).status).toBe(404);
  });

  it('installs window.api through the bridge, unwrapping values and throwing `zh / en` errors with a code', async () => {
    const { root, dataDir } = await fakeRenderer();
    const { url } = await host(root, dataDir);
    const source = await (await fetch(`${url}__bridge.js`)).text();
    const window: Record<string, unknown> = {};
    runInNewContext(source, { window, fetch: (path: string, init: RequestInit) => fetch(new URL(path, url), init) });
    const api = window.api as Record<string, (arg?: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(channels).sort());
    await api.setNote({ key: { docId: 'd', unitId: 'u' }, text: '注意' });
    expect(await api.listNotes()).toMatchObject([{ docId: 'd', text: '注意' }]);
    await expect(api.getDocument({ id: 'nope' })).rejects.toMatchObject({
      code: 'not-found',
      message: '找不到文档:nope / no such document: nope',
    });
  });

  it('restarts on the same data folder with everything still there', async () => {
    const { root, dataDir } = await fakeRenderer();
    const first = await host(root, dataDir);
    await post(first.url, 'setNote', { key: { docId: 'd', unitId: 'u' }, text: '保留' });
    await first.close();
    hosts.splice(hosts.indexOf(first), 1);
    const second = await host(root, dataDir);
    expect(await (await post(second.url, 'listNotes')).json()).toMatchObject({ ok: true, value: [{ text: '保留' }] });
  });
});
