/** Screenshots of the library and the compare view at the two target screen sizes, saved to tests/artifacts/. */
import { join } from 'node:path';
import { expect, openComparison, seedIds, test } from './fixtures';

const sizes = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

for (const size of sizes) {
  test(`library and compare view at ${size.width}×${size.height}`, async ({ app }) => {
    await app.setViewportSize(size);
    await app.getByTestId('nav-library').click();
    await expect(app.getByTestId('doc-row')).toHaveCount(5);
    await app.screenshot({ path: join('tests', 'artifacts', `library-${size.width}x${size.height}.png`) });
    await openComparison(app, [seedIds.zhumadian2024, seedIds.xuchang, seedIds.district]);
    const row = app.getByTestId('compare-row').filter({ hasText: '技术合同成交额' }).first();
    await row.scrollIntoViewIfNeeded();
    await app.screenshot({ path: join('tests', 'artifacts', `compare-${size.width}x${size.height}.png`) });
    const widths = await app.getByTestId('column-header').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThan(200);
  });
}
