/** A day's reading in the compare view at 1366×768: screen economy, kept position, navigation by change, filters, keyboard, reopening. */
import type { Page } from '@playwright/test';
import { expect, openComparison, seedIds, test } from './fixtures';

/** The few browser shapes the page functions below use (the e2e specs compile without the DOM library). */
interface Box {
  readonly offsetTop: number;
  readonly offsetHeight: number;
  readonly clientHeight: number;
  readonly scrollHeight: number;
  scrollTop: number;
  readonly tabIndex: number;
  readonly dataset: Readonly<Record<string, string | undefined>>;
  querySelector(selector: string): Box | null;
  querySelectorAll(selector: string): Iterable<Box>;
  contains(other: unknown): boolean;
  getAttribute(name: string): string | null;
}
interface Browser {
  readonly document: { readonly activeElement: Box | null };
  requestAnimationFrame(callback: () => void): number;
  getComputedStyle(element: Box): { readonly fontSize: string };
}
const three = [seedIds.zhumadian2024, seedIds.xuchang, seedIds.district];
const currentRow = (app: Page) => app.locator('[data-testid="compare-row"][data-current="true"]');

/** Rows at least one line of which shows under the sticky header, averaged over scroll positions 40 px apart from top to bottom. */
async function averageRowsVisible(app: Page): Promise<{ average: number; pages: number; heights: number[] }> {
  return app.getByTestId('compare-scroll').evaluate(async (node) => {
    const el = node as unknown as Box;
    const win = globalThis as unknown as Browser;
    const header = el.querySelector('.compare-header')!.offsetHeight;
    const page = el.clientHeight - header;
    const counts: number[] = [];
    for (let top = 0; top <= el.scrollHeight - el.clientHeight; top += 40) {
      el.scrollTop = top;
      await new Promise((r) => win.requestAnimationFrame(() => r(null)));
      const from = el.scrollTop + header;
      const to = el.scrollTop + el.clientHeight;
      const rows = [...el.querySelectorAll('[data-testid="compare-row"]')];
      counts.push(
        rows.filter((r) => Math.min(r.offsetTop + r.offsetHeight, to) - Math.max(r.offsetTop, from) >= Math.min(24, r.offsetHeight)).length,
      );
    }
    el.scrollTop = 0;
    const heights = [...el.querySelectorAll('[data-testid="compare-row"]')].map((r) => r.offsetHeight);
    return { average: counts.reduce((a, b) => a + b, 0) / counts.length, pages: Math.round(el.scrollHeight / page), heights };
  });
}

test('shows at least 5 rows at once at 1366×768 with three columns in the default density', async ({ app }) => {
  await openComparison(app, three);
  await expect(app.getByTestId('density-toggle')).toHaveAttribute('aria-pressed', 'false');
  await expect(app.getByTestId('column-header')).toHaveCount(3);
  const { average, pages, heights } = await averageRowsVisible(app);
  console.log(`rows visible at 1366×768: ${average.toFixed(2)} on average over ${pages} pages; row heights ${heights.join(' ')}`);
  expect(pages).toBeGreaterThan(3);
  expect(average).toBeGreaterThanOrEqual(5);
  // a document without a counterpart takes one thin line, not a block as tall as the row
  const empty = await app.getByTestId('cell-empty').first().boundingBox();
  expect(empty!.height).toBeLessThan(24);
});

test('keeps the current row and its place on screen when an ignore option or the base changes', async ({ app }) => {
  await openComparison(app, three);
  // a row half way down, so that keeping its place never needs a scroll position above the top
  await app.getByTestId('jump-input').fill('15');
  await app.getByTestId('jump-input').press('Enter');
  await app.getByTestId('compare-scroll').evaluate((el) => ((el as unknown as Box).scrollTop -= 150));
  await currentRow(app).click({ position: { x: 6, y: 6 } });
  const first = currentRow(app).getByTestId('compare-cell').first();
  const unit = `[data-doc="${await first.getAttribute('data-doc')}"][data-unit-id="${await first.getAttribute('data-unit-id')}"]`;
  const top = async () => (await currentRow(app).boundingBox())!.y;
  const before = await top();
  await app.getByTestId('ignore-ignoreLevelWords').check();
  await expect(app.getByText('正在更新…')).toHaveCount(0);
  await expect(currentRow(app).locator(unit)).toHaveCount(1);
  expect(Math.abs((await top()) - before)).toBeLessThan(4);

  await app.getByTestId('base-select').selectOption('1');
  await expect(app.locator('.column-header.base')).toContainText('双过半');
  await expect(app.getByText('正在更新…')).toHaveCount(0);
  await expect(currentRow(app).locator(unit)).toHaveCount(1);
  expect(Math.abs((await top()) - before)).toBeLessThan(4);
});

test('F7 goes to the next changed row after a checkbox or the base picker was clicked, and 只看有差异的行 hides rows', async ({ app }) => {
  await openComparison(app, three);
  const total = await app.getByTestId('compare-row').count();
  await app.getByTestId('only-diff-toggle').check();
  const shown = await app.getByTestId('compare-row').count();
  expect(shown).toBeLessThan(total);
  await expect(app.locator('[data-testid="compare-row"][data-changed="false"]')).toHaveCount(0);
  await app.getByTestId('only-diff-toggle').uncheck();
  await app.getByTestId('ignore-ignoreWhitespace').click();
  await app.getByTestId('ignore-ignoreWhitespace').click();
  await app.keyboard.press('F7');
  await expect(currentRow(app)).toHaveAttribute('data-changed', 'true');
  const first = Number(await currentRow(app).getAttribute('data-group'));
  await app.getByTestId('base-select').focus();
  await app.keyboard.press('F7');
  await expect(currentRow(app)).not.toHaveAttribute('data-group', String(first));
  expect(Number(await currentRow(app).getAttribute('data-group'))).toBeGreaterThan(first);
  await app.keyboard.press('Shift+F7');
  await expect(currentRow(app)).toHaveAttribute('data-group', String(first));
});

test('F8 steps through single changes, inside a row before the next row', async ({ app }) => {
  await openComparison(app, three);
  const marked = app.locator('.change-current');
  await app.getByTestId('column-header').first().click();
  await app.keyboard.press('F8');
  await expect(marked.first()).toBeVisible();
  const id1 = await marked.first().getAttribute('data-change');
  const row1 = await currentRow(app).getAttribute('data-group');
  await app.keyboard.press('F8');
  const id2 = await marked.first().getAttribute('data-change');
  expect(id2).not.toBe(id1);
  // the first changed row has several changes: the second F8 stays in it
  expect(await currentRow(app).getAttribute('data-group')).toBe(row1);
  await app.getByTestId('prev-edit').click();
  await expect(marked.first()).toHaveAttribute('data-change', id1!);
});

test('the change list counts what the rows mark, and an entry jumps to its change', async ({ app }) => {
  await openComparison(app, three);
  await app.getByTestId('change-list-toggle').click();
  const counts = await app
    .locator('[data-testid^="change-count-"]')
    .evaluateAll((els) => els.map((e) => Number((e as unknown as Box).dataset.count)));
  const total = counts.reduce((a, b) => a + b, 0);
  const marks = await app
    .getByTestId('compare-scroll')
    .evaluate((el) => new Set([...(el as unknown as Box).querySelectorAll('[data-change]')].map((n) => n.dataset.change)).size);
  expect(total).toBeGreaterThan(20);
  expect(marks).toBe(total);
  await expect(app.getByTestId('change-entry')).toHaveCount(total);
  const target = app.getByTestId('change-entry').filter({ hasText: '指标变化' }).first();
  const id = await target.getAttribute('data-change-id');
  await target.click();
  const mark = app.locator(`[data-change="${id}"]`).first();
  await expect(mark).toHaveClass(/change-current/);
  await expect(mark).toBeInViewport();
});

test('presence filters say what they mean: 仅此文件有, 此文件缺, 草稿独有, 草稿缺少', async ({ app }) => {
  await openComparison(app, three);
  const filter = app.getByTestId('presence-filter');
  const options = await filter.locator('option').allTextContents();
  expect(options.some((o) => o.startsWith('草稿独有'))).toBe(true);
  expect(options.some((o) => o.startsWith('草稿缺少'))).toBe(true);
  await filter.selectOption('only:1');
  const rows = app.getByTestId('compare-row');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const r of await rows.all()) {
    await expect(r.locator('[data-doc="1"][data-testid="compare-cell"]')).toHaveCount(1);
    await expect(r.getByTestId('cell-empty')).toHaveCount(2);
  }
  await filter.selectOption('lacks:2');
  for (const r of await rows.all()) await expect(r.locator('[data-doc="2"][data-testid="cell-empty"]')).toHaveCount(1);
  await filter.selectOption('only:2');
  for (const r of await rows.all()) await expect(r.locator('[data-doc="2"][data-testid="compare-cell"]')).toHaveCount(1);
});

test('the grid is one tab stop with ↑/↓ between rows and Enter for 原文; the note editor closes on Esc; the dialog traps focus and returns it', async ({
  app,
}) => {
  await openComparison(app, three);
  const stops = await app
    .getByTestId('compare-scroll')
    .evaluate(
      (el) => [...(el as unknown as Box).querySelectorAll('button, [tabindex="0"], input, textarea')].filter((n) => n.tabIndex >= 0).length,
    );
  expect(stops).toBe(1);
  await app.getByTestId('jump-input').focus();
  await app.keyboard.press('Tab');
  // Tab from the toolbar lands on the grid's one stop (the first row), not on hundreds of buttons
  for (
    let i = 0;
    i < 8 &&
    !(await app.evaluate(() => (globalThis as unknown as Browser).document.activeElement?.getAttribute('data-testid') === 'compare-row'));
    i++
  )
    await app.keyboard.press('Tab');
  await expect(app.locator('[data-testid="compare-row"]:focus')).toHaveAttribute('data-group', '0');
  await app.keyboard.press('ArrowDown');
  await expect(app.locator('[data-testid="compare-row"]:focus')).toHaveAttribute('data-group', '1');
  await expect(currentRow(app)).toHaveAttribute('data-group', '1');
  await app.keyboard.press('ArrowUp');
  await expect(app.locator('[data-testid="compare-row"]:focus')).toHaveAttribute('data-group', '0');

  const cell = currentRow(app).getByTestId('compare-cell').first();
  await cell.getByTestId('note-button').click();
  await expect(cell.getByTestId('note-editor')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(cell.getByTestId('note-editor')).toHaveCount(0);

  const opener = cell.getByTestId('align-button');
  await opener.click();
  const dialog = app.getByTestId('align-dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 80; i++) await app.keyboard.press('Tab');
  expect(await dialog.evaluate((d) => (d as unknown as Box).contains((globalThis as unknown as Browser).document.activeElement))).toBe(
    true,
  );
  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();

  await app.locator('[data-testid="compare-row"][data-group="0"]').focus();
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('reader-view')).toBeVisible();
});

test('跳到 accepts 13, 第十三条, (三) and 十三', async ({ app }) => {
  await openComparison(app, three);
  const baseLabel = () => currentRow(app).locator('[data-doc="0"] .unit-label').first();
  for (const [typed, label] of [
    ['第十三条', '13'],
    ['(三)', '3'],
    ['十三', '13'],
    ['7', '7'],
  ] as const) {
    await app.getByTestId('jump-input').fill(typed);
    await app.getByTestId('jump-input').press('Enter');
    // the label shows as the document numbers it (13. for a measure, 3、 for a point)
    await expect(baseLabel()).toHaveText(new RegExp(`^${label}[.、]?$`));
  }
  await app.getByTestId('jump-input').fill('第九十九条');
  await app.getByTestId('jump-input').press('Enter');
  await expect(app.getByRole('status')).toHaveText('基准文件中没有第 99 条');
});

test('reopens where the user left it: the 比对 tab, the comparison, its base and row', async ({ app }) => {
  await openComparison(app, three);
  await app.getByTestId('base-select').selectOption('2');
  await expect(app.getByText('正在更新…')).toHaveCount(0);
  await app.getByTestId('jump-input').fill('15');
  await app.getByTestId('jump-input').press('Enter');
  const unit = `[data-doc="2"][data-unit-id="${await currentRow(app).locator(`[data-doc="2"][data-testid="compare-cell"]`).getAttribute('data-unit-id')}"]`;
  await app.waitForTimeout(800);
  await app.reload();
  await expect(app.getByTestId('compare-view')).toBeVisible({ timeout: 20_000 });
  await expect(app.getByTestId('nav-compare')).toHaveAttribute('aria-selected', 'true');
  await expect(app.locator('.column-header.base')).toContainText('征求意见稿');
  await expect(currentRow(app).locator(unit)).toHaveCount(1);
  await expect(currentRow(app)).toBeInViewport();
});

test('←/→ move between tabs, and Ctrl+= / Ctrl+0 change the text size and keep it', async ({ app }) => {
  await openComparison(app, three);
  await app.getByTestId('nav-compare').focus();
  await app.keyboard.press('ArrowRight');
  await expect(app.getByTestId('nav-reader')).toBeFocused();
  await expect(app.getByTestId('nav-reader')).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('ArrowLeft');
  await expect(app.getByTestId('nav-compare')).toHaveAttribute('aria-selected', 'true');
  const size = () =>
    app
      .locator('.compare-rows')
      .evaluate((el) => parseFloat((globalThis as unknown as Browser).getComputedStyle(el as unknown as Box).fontSize));
  const normal = await size();
  await app.keyboard.press('Control+=');
  await app.keyboard.press('Control+=');
  await expect.poll(size).toBeGreaterThan(normal);
  await app.waitForTimeout(500);
  await app.reload();
  await expect(app.getByTestId('compare-view')).toBeVisible({ timeout: 20_000 });
  await expect.poll(size).toBeGreaterThan(normal);
  await app.keyboard.press('Control+0');
  await expect.poll(size).toBe(normal);
});
