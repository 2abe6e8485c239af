/**
 * Finding words: Ctrl+F finds in the view on screen (compare, reader, draft
 * review) with a count, Enter / Shift+Enter and highlights; Ctrl+Shift+F
 * searches the corpus, where approximate hits appear only under 近似匹配.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openComparison, seedIds, test } from './fixtures';

const three = [seedIds.zhumadian2024, seedIds.xuchang, seedIds.district];
const shots = join(process.cwd(), 'test-results', 'find');

/** The page's CSS Custom Highlight registry, typed for these specs (they compile without the DOM library). */
interface PageRange {
  toString(): string;
  readonly startContainer: {
    readonly parentElement: { closest(selector: string): { getAttribute(name: string): string | null } | null } | null;
  };
}
type PageGlobals = { readonly CSS: { readonly highlights: Map<string, Set<PageRange>> } };

/** Number of ranges in a CSS custom highlight. */
const highlighted = (page: Page, name: string) =>
  page.evaluate((n) => (globalThis as unknown as PageGlobals).CSS.highlights.get(n)?.size ?? 0, name);

/** The text of the current find match, and whether it lies inside an element matching `selector`. */
const currentMatch = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const range = [...((globalThis as unknown as PageGlobals).CSS.highlights.get('find-current') ?? [])][0];
    return range ? { text: range.toString(), inside: range.startContainer.parentElement?.closest(sel) !== null } : null;
  }, selector);

test('approximate hits appear only under 近似匹配, with 您是不是要找 from the corpus', async ({ app }) => {
  await app.keyboard.press('Control+Shift+F');
  await app.getByTestId('search-input').fill('设被更新');
  const fuzzy = app.getByTestId('search-fuzzy');
  await expect(fuzzy).toBeVisible({ timeout: 15_000 });
  await expect(fuzzy.getByRole('heading', { name: '近似匹配' })).toBeVisible();
  await expect(app.getByTestId('search-suggestion')).toHaveText('您是不是要找:设备更新');
  await expect(app.getByTestId('search-group')).toHaveCount(0);
  const hits = app.getByTestId('search-hit');
  expect(await hits.count()).toBeGreaterThan(0);
  expect(await fuzzy.getByTestId('search-hit').count()).toBe(await hits.count());
  await app.screenshot({ path: join(shots, 'search-fuzzy.png') });

  await app.getByTestId('search-suggestion').click();
  await expect(app.getByTestId('search-input')).toHaveValue('设备更新');
  await expect(app.getByTestId('search-group').first()).toBeVisible({ timeout: 15_000 });
  await expect(app.getByTestId('search-fuzzy')).toHaveCount(0);
  await expect(app.locator('[data-testid="search-hit"][data-match="fuzzy"]')).toHaveCount(0);
});

test('search finds the 许昌 title and preamble for 双过半 and the responsible units for 市发改委', async ({ app }) => {
  await app.getByTestId('search-open').click();
  await app.getByTestId('search-input').fill('双过半');
  const group = app.locator(`[data-testid="search-group"][data-doc-id="${seedIds.xuchang}"]`);
  await expect(group).toBeVisible({ timeout: 15_000 });
  await expect(group.getByTestId('search-hit').first()).toContainText('标题');
  await expect(group).toContainText('前言');
  await app.getByTestId('search-input').fill('项目');
  await app.getByTestId('search-office').fill('市发展和改革委员会');
  await expect(app.getByTestId('search-hit').first()).toBeVisible({ timeout: 15_000 });
  await app.screenshot({ path: join(shots, 'search-office.png') });
});

test('Ctrl+F in the compare view counts every match, steps with Enter / Shift+Enter, highlights, and Esc closes', async ({ app }) => {
  await openComparison(app, three);
  await app.getByTestId('only-diff-toggle').focus();
  await app.keyboard.press('Control+f');
  await expect(app.getByTestId('find-bar')).toBeVisible();
  await expect(app.getByTestId('search-panel')).toHaveCount(0);
  await app.getByTestId('find-input').fill('以旧换新');
  await expect(app.getByTestId('find-count')).toHaveText(/^第 1\/\d+ 处$/);
  const total = Number((await app.getByTestId('find-count').textContent())!.match(/\/(\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(6);
  expect(await highlighted(app, 'find-match')).toBeGreaterThan(0);
  expect((await currentMatch(app, '[data-testid="compare-row"]'))?.text).toBe('以旧换新');
  await app.getByTestId('find-input').press('Enter');
  await expect(app.getByTestId('find-count')).toHaveText(`第 2/${total} 处`);
  await app.getByTestId('find-input').press('Enter');
  await app.getByTestId('find-input').press('Shift+Enter');
  await expect(app.getByTestId('find-count')).toHaveText(`第 2/${total} 处`);
  // the match in every column is highlighted, not only the base's
  const columns = await app.evaluate(
    () =>
      new Set(
        [...((globalThis as unknown as PageGlobals).CSS.highlights.get('find-match') ?? [])].map((r) =>
          r.startContainer.parentElement?.closest('[data-doc]')?.getAttribute('data-doc'),
        ),
      ).size,
  );
  expect(columns).toBe(3);
  await app.screenshot({ path: join(shots, 'compare-find.png') });
  await app.getByTestId('find-input').press('Escape');
  await expect(app.getByTestId('find-bar')).toHaveCount(0);
  expect(await highlighted(app, 'find-match')).toBe(0);
  await expect(app.getByTestId('only-diff-toggle')).toBeFocused();

  await app.keyboard.press('Control+Shift+F');
  await expect(app.getByTestId('search-panel')).toBeVisible();
});

test('opening a corpus hit scrolls the reader to it with the query highlighted; Ctrl+F finds in the reader', async ({ app }) => {
  await app.getByTestId('search-open').click();
  await app.getByTestId('search-input').fill('以旧换新');
  const group = app.locator(`[data-testid="search-group"][data-doc-id="${seedIds.xuchang}"]`);
  await expect(group).toBeVisible({ timeout: 15_000 });
  const hit = group.getByTestId('search-hit').nth(1);
  await hit.getByTestId('hit-open').click();
  await expect(app.getByTestId('reader-view')).toBeVisible();
  await expect(app.getByTestId('find-input')).toHaveValue('以旧换新');
  await expect(app.getByTestId('find-count')).toHaveText(/^第 \d+\/\d+ 处$/);
  const current = await currentMatch(app, '.reader-unit.chosen');
  expect(current).toEqual({ text: '以旧换新', inside: true });
  expect(await highlighted(app, 'find-match')).toBeGreaterThan(1);
  await app.screenshot({ path: join(shots, 'reader-hit.png') });

  await app.getByTestId('find-input').press('Escape');
  await expect(app.getByTestId('find-bar')).toHaveCount(0);
  await app.keyboard.press('Control+f');
  await app.getByTestId('find-input').fill('双过半');
  await expect(app.getByTestId('find-count')).toHaveText(/^第 1\/\d+ 处$/);
});

test('Ctrl+F in the draft review finds in the measures and precedents on screen', async ({ app }) => {
  await app.getByTestId('nav-draft').click();
  await app.getByTestId('draft-text').fill(await readFile(join(process.cwd(), 'seeds', 'district-2024-h2-measures-draft.txt'), 'utf-8'));
  await app.getByTestId('open-draft').click();
  await expect(app.getByTestId('measure')).toHaveCount(32, { timeout: 30_000 });
  await app.getByTestId('measure').first().click();
  await app.keyboard.press('Control+f');
  await expect(app.getByTestId('find-bar')).toBeVisible();
  await app.getByTestId('find-input').fill('以旧换新');
  await expect(app.getByTestId('find-count')).toHaveText(/^第 1\/\d+ 处$/);
  await app.getByTestId('find-input').fill('许昌市');
  await expect(app.getByTestId('find-count')).toHaveText(/^第 1\/\d+ 处$/);
  const total = Number((await app.getByTestId('find-count').textContent())!.match(/\/(\d+)/)![1]);
  expect(total).toBeGreaterThan(1);
  await app.getByTestId('find-input').press('Shift+Enter');
  await expect(app.getByTestId('find-count')).toHaveText(`第 ${total}/${total} 处`);
  await app.screenshot({ path: join(shots, 'review-find.png') });
});

test('find in a virtualised 4 × 400 comparison counts the rows not rendered and scrolls to the last match', async ({ app, host }) => {
  test.setTimeout(120_000);
  const { bigDocuments, importThroughHost } = await import('./big-documents');
  const ids = await importThroughHost(host.url, await bigDocuments(4, 400));
  await app.reload();
  await openComparison(app, ids);
  const rows = Number((await app.getByTestId('summary-strip').innerText()).match(/共\s*(\d+)\s*行/)?.[1]);
  await app.keyboard.press('Control+f');
  await app.getByTestId('find-input').fill('企业');
  await expect(app.getByTestId('find-count')).toHaveText(/^第 1\/\d+ 处$/, { timeout: 20_000 });
  const total = Number((await app.getByTestId('find-count').textContent())!.match(/\/(\d+)/)![1]);
  expect(total).toBeGreaterThan(await highlighted(app, 'find-match'));
  await app.getByTestId('find-input').press('Shift+Enter');
  await expect(app.getByTestId('find-count')).toHaveText(`第 ${total}/${total} 处`);
  await expect.poll(() => currentMatch(app, '[data-testid="compare-row"]'), { timeout: 10_000 }).toEqual({ text: '企业', inside: true });
  const group = await app.evaluate(() =>
    Number(
      [...((globalThis as unknown as PageGlobals).CSS.highlights.get('find-current') ?? [])][0].startContainer.parentElement
        ?.closest('[data-group]')
        ?.getAttribute('data-group'),
    ),
  );
  expect(group).toBeGreaterThan(rows / 2);
  await app.screenshot({ path: join(shots, 'compare-virtualised-find.png') });
});
