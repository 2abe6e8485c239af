/** Screenshots of the library and the three-way compare view at the two target screen sizes, saved to tests/artifacts/. */
import { join } from 'node:path';
import { expect, openComparison, seedIds, test } from './fixtures';

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

for (const size of sizes) {
  test(`library and the three-way compare view at ${size.width}×${size.height}`, async ({ app }) => {
    const shot = (name: string) => app.screenshot({ path: join('tests', 'artifacts', `${name}-${size.width}x${size.height}.png`) });
    await app.setViewportSize(size);
    await app.getByTestId('nav-library').click();
    await expect(app.getByTestId('doc-row')).toHaveCount(5);
    await shot('library');
    await openComparison(app, [seedIds.zhumadian2024, seedIds.xuchang, seedIds.district]);
    await shot('compare-top');
    const row = app.getByTestId('compare-row').filter({ hasText: '技术合同成交额' }).first();
    await row.scrollIntoViewIfNeeded();
    await row.click({ position: { x: 8, y: 8 } });
    await shot('compare-changed-row');
    await app.getByTestId('change-list-toggle').click();
    await expect(app.getByTestId('change-list')).toBeVisible();
    await app.getByTestId('next-edit').click();
    await shot('compare-change-list');
    await app.getByTestId('density-toggle').click();
    await expect(app.getByTestId('density-toggle')).toHaveAttribute('aria-pressed', 'true');
    await shot('compare-compact');
    const widths = await app.getByTestId('column-header').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThan(200);
  });
}
