/** The comparison workspace on 驻马店 2024, 许昌 and the district draft. */
import { expect, openComparison, seedIds, test } from './fixtures';

const three = [seedIds.zhumadian2024, seedIds.xuchang, seedIds.district];

test('the 设备更新和以旧换新 row shows a measure from all three documents', async ({ app }) => {
  await openComparison(app, three);
  await app.getByTestId('jump-input').fill('');
  const row = app.getByTestId('compare-row').filter({ hasText: '以旧换新' }).first();
  await row.scrollIntoViewIfNeeded();
  await expect(row.getByTestId('compare-cell')).toHaveCount(3);
  await expect(row.getByTestId('cell-empty')).toHaveCount(0);
});

test('the 技术合同成交额 row shows the 40亿元 → 3.5亿元 change', async ({ app }) => {
  await openComparison(app, three);
  const row = app.getByTestId('compare-row').filter({ hasText: '技术合同成交额' }).first();
  await row.scrollIntoViewIfNeeded();
  await expect(row.getByTestId('target-badge').filter({ hasText: /40\s*亿元\s*→\s*3\.5\s*亿元/ })).toHaveCount(1);
});

test('"只看有差异的行" hides identical rows and F7 moves to the next change', async ({ app }) => {
  await openComparison(app, three);
  const strip = app.getByTestId('summary-strip');
  await expect(strip).toBeVisible();
  await app.getByTestId('only-diff-toggle').check();
  await expect(app.locator('[data-testid="compare-row"][data-changed="false"]')).toHaveCount(0);
  await expect(app.locator('[data-testid="compare-row"][data-changed="true"]').first()).toBeVisible();

  await app.getByTestId('compare-scroll').click({ position: { x: 5, y: 5 } });
  await app.keyboard.press('F7');
  const first = await app.locator('[data-testid="compare-row"][data-current="true"]').getAttribute('data-group');
  await app.keyboard.press('F7');
  const second = await app.locator('[data-testid="compare-row"][data-current="true"]').getAttribute('data-group');
  expect(Number(second)).toBeGreaterThan(Number(first));
  await app.keyboard.press('Shift+F7');
  await expect(app.locator('[data-testid="compare-row"][data-current="true"]')).toHaveAttribute('data-group', String(first));
});

test('search 以旧换新 finds hits in all three documents and opens one in the reader', async ({ app }) => {
  await app.keyboard.press('Control+k');
  await app.getByTestId('search-input').fill('以旧换新');
  await app.getByTestId('search-input').press('Enter');
  for (const id of three) {
    await expect(app.locator(`[data-testid="search-group"][data-doc-id="${id}"]`)).toBeVisible({ timeout: 15_000 });
  }
  await app.locator(`[data-testid="search-group"][data-doc-id="${seedIds.xuchang}"] [data-testid="hit-open"]`).first().click();
  await expect(app.getByTestId('reader-view')).toBeVisible();
  await expect(app.getByTestId('reader-view')).toContainText('以旧换新');
});

test('a note added to a cell is there after reload', async ({ app }) => {
  await openComparison(app, three);
  const cell = app.getByTestId('compare-cell').first();
  await cell.getByTestId('note-button').first().click();
  await cell.getByTestId('note-editor').fill('与区草稿对照:目标值下调');
  await cell.getByTestId('note-save').click();
  await expect(cell.getByTestId('note-marker')).toBeVisible();
  await app.reload();
  await openComparison(app, three);
  await expect(app.getByTestId('compare-cell').first().getByTestId('note-marker')).toHaveAttribute('title', '与区草稿对照:目标值下调');
});
