import { seedIds, test, expect } from './fixtures';
test('shots', async ({ app }) => {
  await app.setViewportSize({ width: 1400, height: 900 });
  await app.getByTestId('nav-library').click();
  await expect(app.getByTestId('doc-row').first()).toBeVisible();
  await app.screenshot({ path: '/tmp/rv/lib.png' });
  await app.locator(`[data-testid="doc-row"][data-doc-id="${seedIds.district}"]`).getByTestId('doc-review').click();
  await expect(app.getByTestId('measure')).toHaveCount(32, { timeout: 30_000 });
  await app.getByTestId('review-rename').click();
  await app.screenshot({ path: '/tmp/rv/review.png' });
  await app.getByTestId('gap').first().scrollIntoViewIfNeeded();
  await app.screenshot({ path: '/tmp/rv/gaps.png' });
});
