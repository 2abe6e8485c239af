/**
 * A db.json of the shapes the audit found emptied: the app starts with every
 * record it could keep and tells the user, in Chinese, what was moved aside
 * and where the original copy is.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('tells the user what a damaged data file lost and keeps the rest', async ({ host, page }) => {
  const note = (n: number) => ({
    docId: 'zhumadian-2024-h2-economy-measures',
    unitId: `u${n}`,
    text: `批注 ${n}`,
    updatedAt: '2026-11-22T10:00:00.000Z',
  });
  await writeFile(
    join(host.dataDir, 'db.json'),
    JSON.stringify({
      version: '1',
      library: [],
      notes: { a: note(1), b: note(2), c: 'stray' },
      settings: 'big',
      comparisons: [],
      recent: [],
      reviews: [],
      seedOverrides: {},
    }),
  );
  await page.goto(await host.restart());
  const banner = page.getByTestId('startup-banner');
  await expect(banner).toBeVisible();
  await expect(banner.getByText(/批注\(notes\)格式不对:保留 2 项,移出 1 项/)).toBeVisible();
  await expect(banner.getByText(/设置\(settings\)格式不对,已改用默认设置/)).toBeVisible();
  await expect(banner.getByText(/原文件保留为 .*db\.json\.repaired-/)).toBeVisible();
  await expect(page.getByTestId('doc-row')).toHaveCount(5);
  await page.screenshot({ path: 'test-results/store-repair.png' });
});
