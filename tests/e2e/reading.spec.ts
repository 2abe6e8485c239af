/**
 * What a reviewer reads and copies in the compare grid and the reader: equal
 * text in ink whatever the row's kind, a cell copies as its own document's
 * wording, numbers jumped to even when hidden are explained, parser warnings
 * inside a measure are marked, and search can start a comparison.
 */
import { expect, openComparison, seedIds, test } from './fixtures';

const three = [seedIds.zhumadian2024, seedIds.xuchang, seedIds.district];

/** The few browser globals the page functions below use (this spec compiles without the DOM library). */
interface BrowserGlobals {
  readonly document: {
    readonly body: object;
    createElement(tag: string): { remove(): void };
    createRange(): { selectNodeContents(node: object): void };
  };
  getComputedStyle(element: object): { readonly color: string };
  getSelection(): { removeAllRanges(): void; addRange(range: object): void; toString(): string } | null;
}

test('equal text in a row with a missing counterpart is printed in ink, not in the deletion colour', async ({ app }) => {
  await openComparison(app, three);
  const row = app
    .locator('[data-testid="compare-row"]')
    .filter({ has: app.getByTestId('cell-empty') })
    .filter({ has: app.locator('[data-testid="compare-cell"][data-doc="0"]') })
    .first();
  // text alone in its row folds to one line: open the row first
  if ((await row.getByTestId('unfold').count()) > 0) await row.getByTestId('unfold').first().click();
  const baseText = row.locator('[data-testid="compare-cell"][data-doc="0"] .cell-text');
  const [ink, text, del] = await baseText.evaluate((el) => {
    const { document, getComputedStyle } = globalThis as unknown as BrowserGlobals;
    const probe = document.createElement('del');
    el.appendChild(probe as never);
    const out = [getComputedStyle(document.body).color, getComputedStyle(el).color, getComputedStyle(probe).color];
    probe.remove();
    return out;
  });
  expect(text).toBe(ink);
  expect(text).not.toBe(del);
});

test('copying a compared cell gives that document’s wording without the base’s struck words', async ({ app }) => {
  await openComparison(app, three);
  const cell = app
    .locator('[data-testid="compare-cell"][data-doc="2"]')
    .filter({ has: app.locator('.cell-text del') })
    .first();
  await cell.scrollIntoViewIfNeeded();
  const { copied, own, struck } = await cell
    .locator('.cell-text')
    .first()
    .evaluate((el) => {
      const { document, getSelection } = globalThis as unknown as BrowserGlobals;
      const range = document.createRange();
      range.selectNodeContents(el);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const parts = [...el.childNodes];
      return {
        copied: selection.toString(),
        own: parts
          .filter((n) => n.nodeName !== 'DEL')
          .map((n) => n.textContent)
          .join(''),
        struck: parts
          .filter((n) => n.nodeName === 'DEL')
          .map((n) => n.textContent)
          .join(''),
      };
    });
  expect(struck.length).toBeGreaterThan(0);
  expect(copied).toBe(own);
});

test('jumping to a measure hidden by "只看有差异的行" says why instead of claiming it does not exist', async ({ app }) => {
  const doc = (place: string, second: string) =>
    [
      `${place}关于促进消费的若干措施`,
      '',
      '一、扩大消费',
      '1.开展以旧换新。对购买新能效家电的消费者给予补贴。(责任单位:商务局)',
      `2.${second}(责任单位:文旅局)`,
      '',
    ].join('\n');
  await app.getByTestId('nav-library').click();
  await app.getByTestId('import-input').setInputFiles([
    { name: 'jump-a.txt', mimeType: 'text/plain', buffer: Buffer.from(doc('甲县', '发展夜间经济。打造夜间消费街区3个以上。')) },
    {
      name: 'jump-b.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(doc('乙县', '发展夜间经济。打造夜间消费街区5个以上,延长营业时间。')),
    },
  ]);
  const ids = await Promise.all(['甲县', '乙县'].map((p) => app.getByTestId('doc-row').filter({ hasText: p }).getAttribute('data-doc-id')));
  await openComparison(app, ids as string[]);
  await expect(app.locator('[data-testid="compare-row"][data-changed="false"]')).toHaveCount(1);
  await app.getByTestId('only-diff-toggle').check();
  await app.getByTestId('jump-input').fill('第1条');
  await app.getByTestId('jump-input').press('Enter');
  await expect(app.getByRole('status')).toContainText('隐藏');
  await app.getByTestId('jump-input').fill('2');
  await app.getByTestId('jump-input').press('Enter');
  await expect(app.locator('[data-testid="compare-row"][data-current="true"]')).toHaveCount(1);
  await expect(app.getByRole('status')).toHaveCount(0);
});

test('the next-change keys say when there is no further difference', async ({ app }) => {
  await openComparison(app, three);
  await app.getByTestId('compare-scroll').click({ position: { x: 5, y: 5 } });
  await app.keyboard.press('k');
  await expect(app.getByRole('status')).toContainText('没有更多差异');
  await app.keyboard.press('j');
  await expect(app.locator('[data-testid="compare-row"][data-current="true"]')).toHaveCount(1);
  await expect(app.getByRole('status')).toHaveCount(0);
});

test('the reader marks a parser warning that sits inside a measure and lists it under the title', async ({ app }) => {
  const text = [
    '示例区关于促进消费的若干措施',
    '',
    '一、扩大消费',
    '1.开展以旧换新。(责任单位:区商务局)',
    '2.发展夜间经济。(责任单位:区文旅局)',
    '5.编号跳过的一条。',
    '',
  ].join('\n');
  await app.getByTestId('nav-library').click();
  await app.getByTestId('import-input').setInputFiles({ name: 'warning-sample.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  const row = app.getByTestId('doc-row').filter({ hasText: '示例区' });
  await expect(row).toContainText('存疑');
  await row.getByTestId('doc-open').click();
  const mark = app.getByTestId('reader-warning');
  await expect(mark).toHaveCount(1);
  await expect(mark).toContainText('5.编号跳过的一条');
  await expect(app.getByTestId('reader-unit').filter({ has: mark })).toHaveCount(1);
  await expect(app.getByTestId('reader-warnings')).toContainText('编号不连续');
});

test('"加入比对" from search with no comparison open ticks the document in the library', async ({ app }) => {
  await app.keyboard.press('Control+k');
  await app.getByTestId('search-input').fill('以旧换新');
  await app.getByTestId('search-input').press('Enter');
  await app.locator(`[data-testid="search-group"][data-doc-id="${seedIds.xuchang}"] [data-testid="hit-add"]`).first().click();
  await expect(app.locator(`[data-testid="doc-row"][data-doc-id="${seedIds.xuchang}"] [data-testid="doc-pick"]`)).toBeChecked();
  await expect(app.getByTestId('pick-hint')).toContainText('还需再选 1 份');
});

test('a cell opens its measure in the reader', async ({ app }) => {
  await openComparison(app, three);
  const cell = app.locator('[data-testid="compare-cell"][data-doc="1"]').first();
  const unitId = await cell.getAttribute('data-unit-id');
  await cell.getByTestId('cell-read').first().click();
  await expect(app.getByTestId('reader-view')).toBeVisible();
  await expect(app.locator(`[data-testid="reader-unit"][data-unit-id="${unitId}"]`)).toHaveClass(/chosen/);

  // the start screen lists it among recent items, and opens it again from there
  await app.getByRole('tab', { name: '开始' }).click();
  const recent = app.locator('[data-testid="recent-item"][data-kind="document"]');
  await expect(recent).toHaveCount(1);
  await expect(recent).toContainText('双过半');
  await recent.getByRole('button').click();
  await expect(app.getByTestId('reader-title')).toContainText('双过半');
});

test('a presence filter shows only the rows it names, and 全部行 shows them all again', async ({ app }) => {
  await openComparison(app, three);
  const rows = app.getByTestId('compare-row');
  const total = await rows.count();
  const filter = app.getByTestId('presence-filter');
  const option = filter.locator('option[value="lacks:0"]');
  const count = Number((await option.textContent())?.match(/\((\d+)\)\s*$/)?.[1]);
  expect(count).toBeGreaterThan(0);
  await filter.selectOption('lacks:0');
  await expect(app.getByTestId('summary-strip')).toContainText(`显示 ${count} 行`);
  await expect(rows).toHaveCount(count);
  // the base (first column) has no counterpart in every row left
  for (const row of (await rows.all()).slice(0, 5)) await expect(row.locator('[data-testid="cell-empty"][data-doc="0"]')).toHaveCount(1);

  // rows only one document has agree with themselves: with 只看有差异的行 none is left
  await filter.selectOption('only:1');
  await app.getByTestId('only-diff-toggle').check();
  await expect(app.getByTestId('no-rows')).toBeVisible();
  await app.getByTestId('only-diff-toggle').uncheck();
  await filter.selectOption('');
  await expect(app.getByTestId('no-rows')).toHaveCount(0);
  await expect(rows).toHaveCount(total);
});

test('a look at the reader and back keeps the comparison where it was: same current row, no new comparison', async ({ app }) => {
  await openComparison(app, three);
  await app.getByTestId('compare-scroll').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 4; i++) await app.keyboard.press('F7');
  const current = app.locator('[data-testid="compare-row"][data-current="true"]');
  const group = await current.getAttribute('data-group');
  await current.getByTestId('cell-read').first().click();
  await expect(app.getByTestId('reader-view')).toBeVisible();
  // keys typed in the reader do not move the hidden comparison
  await app.keyboard.press('j');
  await app.getByRole('tab', { name: '比对' }).click();
  await expect(current).toHaveAttribute('data-group', String(group));
  await expect(current).toBeInViewport();
  await expect(app.getByText('正在比对…')).toHaveCount(0);
});

test('search finds as you type, filters by region, and is driven from the keyboard: ↓ Enter reads a hit, Tab stays in the dialog, Esc gives focus back', async ({
  app,
}) => {
  await app.getByTestId('search-open').click();
  await app.getByTestId('search-input').pressSequentially('以旧换新', { delay: 30 });
  for (const id of three) await expect(app.locator(`[data-testid="search-group"][data-doc-id="${id}"]`)).toBeVisible({ timeout: 15_000 });

  await app.getByTestId('search-region').selectOption('许昌市');
  await expect(app.getByTestId('search-group')).toHaveCount(1);
  await expect(app.getByTestId('search-group')).toHaveAttribute('data-doc-id', seedIds.xuchang);
  // a section no hit sits under leaves nothing; clearing it brings the hits back
  await app.getByTestId('search-section').fill('不存在的章节');
  await expect(app.getByTestId('search-group')).toHaveCount(0);
  await app.getByTestId('search-section').fill('');
  await expect(app.getByTestId('search-group')).toHaveCount(1);

  for (let i = 0; i < 12; i++) await app.keyboard.press('Tab');
  expect(
    await app.evaluate(
      () =>
        (globalThis as unknown as { document: { activeElement: { closest(s: string): object | null } } }).document.activeElement.closest(
          '[data-testid="search-panel"]',
        ) !== null,
    ),
  ).toBe(true);

  await app.getByTestId('search-input').focus();
  await app.keyboard.press('ArrowDown');
  const chosen = app.locator('[data-testid="search-hit"][aria-current="true"]');
  await expect(chosen).toHaveCount(1);
  const unitId = (await chosen.getAttribute('data-hit'))?.split('/')[1];
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('reader-view')).toBeVisible();
  await expect(app.getByTestId('reader-title')).toContainText('双过半');
  // the reader opens at the hit chosen with the keyboard
  const unit = app.locator(`[data-testid="reader-unit"][data-unit-id="${unitId}"]`).first();
  await expect(unit).toHaveClass(/chosen/);
  await expect(unit).toBeInViewport();

  await app.getByTestId('search-open').click();
  await expect(app.getByTestId('search-input')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('search-panel')).toHaveCount(0);
  await expect(app.getByTestId('search-open')).toBeFocused();
});
