/** The library lists the bundled corpus with its metadata, marks the draft, and lets a person correct the metadata. */
import { expect, seedIds, test } from './fixtures';

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

test('corrects a document’s metadata: a bad date is refused with the typed text kept, a good edit regroups the library and survives a restart', async ({
  app,
  host,
}) => {
  const row = () => app.locator(`[data-testid="doc-row"][data-doc-id="${seedIds.district}"]`);
  await row().getByTestId('doc-edit').click();
  const editor = app.getByTestId('meta-editor');
  await expect(editor).toBeVisible();
  await expect(app.getByTestId('meta-title')).toBeFocused();

  await app.getByTestId('meta-year').fill('2024');
  await app.getByTestId('meta-docNumber').fill('驿政办〔2024〕9号');
  await app.getByTestId('meta-writtenDate').fill('2024/7/20');
  await app.getByTestId('meta-save').click();
  await expect(app.getByTestId('meta-problem-writtenDate')).toContainText('2024-07-31');
  await expect(app.getByTestId('meta-docNumber')).toHaveValue('驿政办〔2024〕9号');

  await app.getByTestId('meta-writtenDate').fill('2024-07-20');
  await app.getByTestId('meta-save').click();
  await expect(editor).toHaveCount(0);
  await expect(row()).toContainText('驿政办〔2024〕9号');
  await expect(row()).toContainText('2024-07-20');
  await expect(app.locator('.library-group').filter({ has: row() }).locator('h2')).toContainText('2024');

  await app.goto(await host.restart());
  await app.getByTestId('nav-library').click();
  await expect(row()).toContainText('驿政办〔2024〕9号');
  await row().getByTestId('doc-edit').click();
  await expect(app.getByTestId('meta-editor')).toContainText('已手动修改');
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('meta-editor')).toHaveCount(0);
});
