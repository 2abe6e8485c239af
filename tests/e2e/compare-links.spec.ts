/** A three-way compare whose two-document pairs do not all fit in rows: the pair shows as a link to the other row. */
import { expect, openComparison, seedIds, test } from './fixtures';

test('a counterpart in another row shows as 另见第 N 行 and the link goes there', async ({ app }) => {
  await openComparison(app, [seedIds.zhumadian2024, seedIds.xuchang, seedIds.district]);
  const badge = app.getByTestId('link-badge').first();
  await expect(badge).toBeVisible();
  const text = (await badge.textContent()) ?? '';
  const row = Number(/另见第(\d+)行/.exec(text)?.[1]);
  expect(row).toBeGreaterThan(0);
  await expect(badge).toHaveAttribute('title', /对应/);
  await badge.scrollIntoViewIfNeeded();
  await app.screenshot({ path: 'test-results/compare-link.png' });
  await badge.click();
  const target = app.locator(`[data-testid="compare-row"][data-group="${row - 1}"]`);
  await expect(target).toHaveAttribute('data-current', 'true');
  await expect(target).toBeInViewport();
  // the other end links back
  await expect(target.getByTestId('link-badge')).not.toHaveCount(0);
});
