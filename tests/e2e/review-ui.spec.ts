/**
 * The reviewer's screens as read: each precedent's tier (同条/同事项/相关) in
 * words with its percentage, the draft diff explained, the open review kept across tabs,
 * recent reviews reopened from 开始, and times shown in the user's time zone.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openComparison, seedIds, test } from './fixtures';

test.use({ timezoneId: 'Asia/Shanghai' });

async function openDistrictDraft(page: Page): Promise<void> {
  await page.getByTestId('nav-draft').click();
  await page.getByTestId('draft-name').fill('区若干措施征求意见稿');
  await page.getByTestId('draft-text').fill(await readFile(join(process.cwd(), 'seeds', 'district-2024-h2-measures-draft.txt'), 'utf-8'));
  await page.getByTestId('open-draft').click();
  await expect(page.getByTestId('measure')).toHaveCount(32, { timeout: 30_000 });
}

test("each precedent reads as the engine's tier (同条/同事项/相关) with its percentage, the tiers are explained, and none is labelled 不算对应条款", async ({
  app,
}) => {
  await openDistrictDraft(app);
  await expect(app.getByTestId('similarity-legend')).toContainText('同条 ≥45% 同一条款,措辞略有改动');
  await expect(app.getByTestId('similarity-legend')).toContainText('相关 <30% 主题相关,仅供参考');
  await expect(app.getByTestId('draft-workspace')).not.toContainText('不算对应条款');
  const chips = app.getByTestId('measure').first().getByTestId('similarity');
  expect(await chips.count()).toBeGreaterThan(0);
  for (const chip of await chips.all()) {
    const [text, tier] = [await chip.innerText(), await chip.getAttribute('data-tier')];
    const value = Number(text.match(/(\d+)%/)?.[1]);
    expect(text).toMatch(/^(同条|同事项|相关) \d+%$/);
    expect(tier).toBe(value >= 45 ? 'same-clause' : value >= 30 ? 'same-matter' : 'related');
  }
});

test('the draft diff says which side the struck and underlined words come from', async ({ app }) => {
  await openDistrictDraft(app);
  await app.getByTestId('measure').nth(2).getByRole('button').first().click();
  await expect(app.getByTestId('draft-diff')).toBeVisible();
  await expect(app.getByTestId('draft-diff-legend')).toContainText('先例有、草稿删去');
  await expect(app.getByTestId('draft-diff-legend')).toContainText('草稿新增');
});

test('an open review survives a look at another tab, and 开始 reopens a recent review', async ({ app }) => {
  await openDistrictDraft(app);
  await app.getByTestId('measure').nth(2).getByRole('button').first().click();
  await app.getByTestId('nav-library').click();
  await app.getByTestId('nav-draft').click();
  await expect(app.getByTestId('measure')).toHaveCount(32);
  await expect(app.getByTestId('measure').nth(2)).toHaveAttribute('aria-current', 'true');

  await app.reload();
  await app.getByTestId('nav-start').click();
  await app.locator('[data-testid="recent-item"][data-kind="review"]').first().getByRole('button').click();
  await expect(app.getByTestId('draft-workspace')).toBeVisible();
  await expect(app.getByTestId('measure')).toHaveCount(32, { timeout: 30_000 });
});

test('saved comparisons show when they were saved in the user’s time zone', async ({ app }) => {
  await openComparison(app, [seedIds.zhumadian2024, seedIds.xuchang]);
  await app.getByRole('button', { name: '保存比对' }).click();
  await expect(app.getByRole('status')).toContainText('已保存');
  await app.getByTestId('nav-start').click();
  const shown = await app.getByTestId('saved-comparison').first().innerText();
  const stamp = shown.match(/(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2})/);
  expect(stamp).not.toBeNull();
  // Asia/Shanghai keeps UTC+8 all year: the shown minute, read as +08:00, must be now (a UTC clock would be 8 h off)
  const shownAt = Date.parse(`${stamp![1]}T${stamp![2]}:${stamp![3]}:00+08:00`);
  expect(Math.abs(Date.now() - shownAt)).toBeLessThan(3 * 60_000);
});
