/** Correcting the alignment by hand: 对齐到… and 拆开 are stored with the comparison, survive a restart and reach the 对照表. */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, openComparison, seedIds, test } from './fixtures';

const two = [seedIds.zhumadian2024, seedIds.xuchang];
const rowWith = (app: Page, doc: number, unitId: string): Locator =>
  app.getByTestId('compare-row').filter({ has: app.locator(`[data-testid="compare-cell"][data-doc="${doc}"][data-unit-id="${unitId}"]`) });
const cellOf = (app: Page, doc: number, unitId: string) =>
  app.locator(`[data-testid="compare-cell"][data-doc="${doc}"][data-unit-id="${unitId}"]`);

/** The unit id and title of the first row only `doc` has. */
async function loneUnit(app: Page, doc: number): Promise<{ id: string; title: string }> {
  const other = 1 - doc;
  const row = app
    .getByTestId('compare-row')
    .filter({ has: app.locator(`[data-testid="compare-cell"][data-doc="${doc}"]`) })
    .filter({ has: app.locator(`[data-testid="cell-empty"][data-doc="${other}"]`) })
    .first();
  const cell = row.locator(`[data-testid="compare-cell"][data-doc="${doc}"]`);
  return { id: (await cell.getAttribute('data-unit-id'))!, title: (await cell.locator('.unit-title').first().textContent())! };
}

/** The HTML rows of an exported 对照表. */
const tableRows = (html: string) => [...html.matchAll(/<tr class="group"[^>]*>(.*?)<\/tr>/gs)].map((m) => m[1]);

test('a hand pair and a hand split are stored, restored after a restart of the app, and used by the 对照表 export', async ({
  app,
  host,
}) => {
  await openComparison(app, two);
  const a = await loneUnit(app, 0);
  const b = await loneUnit(app, 1);

  // 对齐到…: the 许昌 measure the engine left alone goes to the row of the 驻马店 one
  await cellOf(app, 1, b.id).click({ position: { x: 4, y: 4 } });
  await cellOf(app, 1, b.id).getByTestId('align-button').click();
  const dialog = app.getByTestId('align-dialog');
  await dialog.getByTestId('align-filter').fill(a.title);
  await dialog.locator(`[data-testid="align-target"][data-unit-id="${a.id}"]`).click();
  await expect(dialog).toHaveCount(0);
  await expect(rowWith(app, 0, a.id).locator(`[data-doc="1"][data-unit-id="${b.id}"]`)).toHaveCount(1);
  await expect(cellOf(app, 1, b.id).getByTestId('manual-badge')).toHaveText('人工对齐');

  // 拆开: a pair the engine made becomes two rows
  const paired = app
    .getByTestId('compare-row')
    .filter({ hasNot: app.getByTestId('cell-empty') })
    .filter({ hasNot: app.getByTestId('manual-badge') })
    .first();
  const x = (await paired.locator('[data-testid="compare-cell"][data-doc="0"]').getAttribute('data-unit-id'))!;
  const y = (await paired.locator('[data-testid="compare-cell"][data-doc="1"]').getAttribute('data-unit-id'))!;
  await paired.click({ position: { x: 4, y: 4 } });
  await cellOf(app, 1, y).getByTestId('split-button').click();
  await expect(rowWith(app, 0, x).locator(`[data-doc="1"][data-unit-id="${y}"]`)).toHaveCount(0);
  await expect(cellOf(app, 1, y).getByTestId('manual-badge')).toHaveText('人工拆开');
  await app.waitForTimeout(600);

  // the app closes and starts again on the same data folder
  const url = await host.restart();
  await app.goto(url);
  await expect(app.getByTestId('compare-view')).toBeVisible({ timeout: 20_000 });
  await expect(rowWith(app, 0, a.id).locator(`[data-doc="1"][data-unit-id="${b.id}"]`)).toHaveCount(1);
  await expect(cellOf(app, 1, b.id).getByTestId('manual-badge')).toHaveText('人工对齐');
  await expect(rowWith(app, 0, x).locator(`[data-doc="1"][data-unit-id="${y}"]`)).toHaveCount(0);

  // the 对照表 puts the hand pair in one row and the split pair in two
  const titleOf = async (doc: number, id: string) => (await cellOf(app, doc, id).locator('.unit-title').first().textContent())!;
  const [xt, yt] = [await titleOf(0, x), await titleOf(1, y)];
  await app.getByTestId('export-html').click();
  await expect(app.getByRole('status')).toContainText('已导出');
  const path = (await app.getByRole('status').textContent())!.replace(/^已导出:/, '');
  const rows = tableRows(await readFile(path, 'utf8'));
  expect(rows.some((r) => r.includes(a.title) && r.includes(b.title))).toBe(true);
  expect(rows.some((r) => r.includes(xt) && r.includes(yt))).toBe(false);
  expect(rows.some((r) => r.includes(yt))).toBe(true);
});
