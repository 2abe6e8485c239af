/**
 * The e2e harness itself, in Chromium: the host serves the built renderer, the
 * bridge runs under the page's CSP before the app, and window.api reaches the
 * real implementation; a restart on the same data folder keeps the user's data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { channels } from '../../../shared/api/contract';
import { startHost } from './server';

type Api = Record<string, (arg?: unknown) => Promise<unknown>>;

test('window.api is installed before the app runs and answers with the real implementation', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'precedent-e2e-host-'));
  const host = await startHost({ dataDir });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Refused to/i.test(m.text())) violations.push(m.text());
  });
  try {
    // the event stream opens on the first subscription: the app's own, or the one below
    const connected = page.waitForResponse((r) => r.url().endsWith('/__events'));
    await page.goto(host.url);
    const keys = await page.evaluate(() => Object.keys((globalThis as unknown as { api: Api }).api));
    expect(keys.sort()).toEqual(Object.keys(channels).sort());
    const count = await page.evaluate(
      async () => ((await (globalThis as unknown as { api: Api }).api.listDocuments()) as unknown[]).length,
    );
    expect(count).toBe(5);
    const failure = await page.evaluate(() =>
      (globalThis as unknown as { api: Api }).api.getDocument({ id: 'missing' }).then(
        () => '',
        (e: Error & { code?: string }) => `${e.code} ${e.message}`,
      ),
    );
    expect(failure).toBe('not-found 找不到文档:missing / no such document: missing');
    await page.evaluate(() =>
      (globalThis as unknown as { api: Api }).api.setNote({ key: { docId: 'd', unitId: 'u' }, text: '重启后仍在' }),
    );

    // import progress arrives through window.apiEvents, as it does over IPC in the app
    await page.evaluate(() => {
      const g = globalThis as unknown as { apiEvents: { onImportProgress(fn: (p: unknown) => void): () => void }; seen: unknown[] };
      g.seen = [];
      g.apiEvents.onImportProgress((p) => g.seen.push(p));
    });
    await connected;
    const outcomes = await page.evaluate(() =>
      (globalThis as unknown as { api: Api }).api.importFiles({
        files: [
          { name: 'a.txt', base64: btoa(String.fromCharCode(...new TextEncoder().encode('一、总则\n1.加强组织领导。'))) },
          { name: 'b.png', base64: 'iVBORw0KGgo=' },
        ],
      }),
    );
    expect((outcomes as { kind: string }[]).map((o) => o.kind)).toEqual(['imported', 'refused']);
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as { seen: unknown[] }).seen))
      .toEqual([
        { done: 0, total: 2, fileName: 'a.txt' },
        { done: 1, total: 2, fileName: 'b.png' },
        { done: 2, total: 2, fileName: '' },
      ]);
    expect(violations).toEqual([]);
  } finally {
    await host.close();
  }
  const again = await startHost({ dataDir });
  try {
    await page.goto(again.url);
    const notes = await page.evaluate(() => (globalThis as unknown as { api: Api }).api.listNotes());
    expect(notes).toMatchObject([{ docId: 'd', unitId: 'u', text: '重启后仍在' }]);
  } finally {
    await again.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
