/** The library lists the bundled corpus with its metadata and marks the draft. */
import { expect, test } from './fixtures';

test('lists the five bundled documents, with the district draft badged 征求意见稿', async ({ app }) => {
  await app.getByTestId('nav-library').click();
  await expect(app.getByTestId('doc-row')).toHaveCount(5);
  const draft = app.locator('[data-testid="doc-row"][data-doc-id="district-2024-h2-measures-draft"]');
  await expect(draft.getByTestId('draft-badge')).toContainText('征求意见稿');
  await expect(app.getByTestId('library-list')).toContainText('驻政办〔2024〕22号');
});

test('filters the library by text', async ({ app }) => {
  await app.getByTestId('nav-library').click();
  await app.getByTestId('library-filter').fill('许昌');
  await expect(app.getByTestId('doc-row')).toHaveCount(1);
});
