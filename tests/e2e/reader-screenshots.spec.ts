/**
 * The reader as a person sees it at 1366×768 on 驻马店 2024, the 十四五 outline
 * and the district draft: web-page lines folded under 网页信息, no markdown
 * marks, lines broken by conversion joined, the original breaks under 原文.
 * Screenshots go to tests/artifacts/.
 */
import { join } from 'node:path';
import { expect, test } from './fixtures';

const docs = [
  { id: 'zhumadian-2024-h2-economy-measures', name: 'zhumadian-2024', pageLines: true },
  { id: 'zhumadian-14th-five-year-plan-outline-draft', name: 'outline', pageLines: true },
  { id: 'district-2024-h2-measures-draft', name: 'district-draft', pageLines: false },
] as const;

for (const doc of docs) {
  test(`the reader shows ${doc.name} without page furniture or markdown marks in the body`, async ({ app }) => {
    await app.setViewportSize({ width: 1366, height: 768 });
    await app.getByTestId('nav-library').click();
    await app.locator(`[data-testid="doc-row"][data-doc-id="${doc.id}"] [data-testid="doc-open"]`).click();
    const body = app.locator('.reader-body');
    await expect(body).toBeVisible();
    const text = await body.innerText();
    expect(text).not.toMatch(/^#|\n#|\*\*/);
    expect(text).not.toContain('分享到');
    expect(text).not.toContain('投稿:');
    const furniture = app.getByTestId('reader-furniture');
    await expect(furniture).toHaveCount(doc.pageLines ? 1 : 0);
    await app.screenshot({ path: join('tests', 'artifacts', `reader-${doc.name}-1366x768.png`) });
    if (doc.pageLines) {
      await furniture.locator('summary').click();
      await app.screenshot({ path: join('tests', 'artifacts', `reader-${doc.name}-furniture-1366x768.png`) });
    }
    await app.getByTestId('reader-original').check();
    await expect(app.getByTestId('reader-furniture-line')).toHaveCount(
      doc.pageLines ? await app.getByTestId('reader-furniture').locator('li').count() : 0,
    );
    await app.screenshot({ path: join('tests', 'artifacts', `reader-${doc.name}-original-1366x768.png`) });
  });
}
