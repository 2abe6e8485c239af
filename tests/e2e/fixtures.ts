/**
 * Playwright fixture: a fresh temp data dir and an e2e host per test, serving
 * the already built renderer (out/renderer; `npm test` builds first). The
 * page arrives at the app's URL with the library loaded.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { startHost } from './host/server';

/** A running host and the data folder it stores into. */
export interface HostHandle {
  readonly url: string;
  readonly dataDir: string;
  /** Stops the host and starts a new one on the same data folder; returns the new URL. */
  restart(): Promise<string>;
}

/** The test object with `host` and an `app` page opened on the host. */
export const test = base.extend<{ host: HostHandle; app: Page }>({
  host: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'precedent-e2e-'));
    let running = await startHost({ dataDir, exportDir: join(dataDir, 'exports') });
    const handle = {
      url: running.url,
      dataDir,
      async restart() {
        await running.close();
        running = await startHost({ dataDir, exportDir: join(dataDir, 'exports') });
        handle.url = running.url;
        return running.url;
      },
    };
    await use(handle);
    await running.close();
    await rm(dataDir, { recursive: true, force: true });
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await expect(page.getByTestId('nav-library')).toBeVisible();
    await use(page);
  },
});

export { expect };

/** Seed ids of the three-document comparison of issue 5. */
export const seedIds = {
  zhumadian2024: 'zhumadian-2024-h2-economy-measures',
  xuchang: 'xuchang-2024-q2-double-half-measures',
  district: 'district-2024-h2-measures-draft',
} as const;

/** Goes to the library, ticks the given documents and opens the comparison. */
export async function openComparison(page: Page, ids: readonly string[]): Promise<void> {
  await page.getByTestId('nav-library').click();
  for (const id of ids) {
    await page.locator(`[data-testid="doc-row"][data-doc-id="${id}"] [data-testid="doc-pick"]`).check();
  }
  await page.getByTestId('compare-button').click();
  await expect(page.getByTestId('compare-row').first()).toBeVisible({ timeout: 20_000 });
}
