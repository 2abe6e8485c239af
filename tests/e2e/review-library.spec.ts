/**
 * Reviewing a draft that is already in the library: 审查此稿 on its row opens
 * its review (named by its title), the same row again reopens it (no second
 * review), a saved review is renamed and deleted (after a confirmation), and a
 * note written in the review is the document's note, shown in the reader too.
 */
import { expect, seedIds, test } from './fixtures';

const row = (id: string) => `[data-testid="doc-row"][data-doc-id="${id}"]`;

test('reviews a library draft from its row, and reopens the same review from the row again', async ({ app }) => {
  await app.getByTestId('nav-library').click();
  const review = app.locator(row(seedIds.district)).getByTestId('doc-review');
  await expect(review).toHaveText('审查此稿');
  await expect(review).toHaveClass(/primary/);
  await review.click();
  await expect(app.getByTestId('measure')).toHaveCount(32, { timeout: 30_000 });
  await expect(app.getByTestId('review-title')).toContainText('征求意见稿');
  await expect(app.getByTestId('saved-review')).toHaveCount(1);

  await app.getByTestId('nav-library').click();
  await app.locator(row(seedIds.district)).getByTestId('doc-review').click();
  await expect(app.getByTestId('measure')).toHaveCount(32, { timeout: 30_000 });
  await expect(app.getByTestId('saved-review')).toHaveCount(1);
  // a final document can be reviewed too, from the same row action
  await app.getByTestId('nav-library').click();
  await expect(app.locator(row(seedIds.zhumadian2024)).getByTestId('doc-review')).toBeVisible();
});

test('renames a saved review and deletes it after asking', async ({ app }) => {
  await app.getByTestId('nav-library').click();
  await app.locator(row(seedIds.district)).getByTestId('doc-review').click();
  await expect(app.getByTestId('measure')).toHaveCount(32, { timeout: 30_000 });

  await app.getByTestId('review-rename').click();
  await app.getByTestId('review-name-input').fill('区稿第一轮审查');
  await app.getByTestId('review-name-save').click();
  await expect(app.getByTestId('saved-review')).toHaveText(/区稿第一轮审查/);
  await expect(app.getByTestId('review-title')).toHaveText('区稿第一轮审查');

  await app.reload();
  await app.getByTestId('nav-draft').click();
  await expect(app.getByTestId('saved-review')).toHaveText(/区稿第一轮审查/);

  let asked = '';
  app.once('dialog', (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await app.getByTestId('review-delete').click();
  await expect.poll(() => asked).toContain('区稿第一轮审查');
  await expect(app.getByTestId('saved-review')).toHaveCount(1);

  app.once('dialog', (d) => void d.accept());
  await app.getByTestId('review-delete').click();
  await expect(app.getByTestId('saved-review')).toHaveCount(0);
});

test('keeps one note for the document: written in the review, shown in the reader', async ({ app }) => {
  await app.getByTestId('nav-library').click();
  await app.locator(row(seedIds.district)).getByTestId('doc-review').click();
  const measures = app.getByTestId('measure');
  await expect(measures).toHaveCount(32, { timeout: 30_000 });
  await measures.nth(2).getByRole('button').first().click();
  const note = '技术合同成交额目标偏低,请说明依据';
  await app.getByTestId('note-input').fill(note);
  await app.getByTestId('save-note').click();
  await expect(app.getByTestId('note-status')).toHaveText('已保存');

  await app.getByTestId('nav-library').click();
  await app.locator(row(seedIds.district)).getByTestId('doc-open').click();
  await expect(app.getByTestId('note-marker')).toHaveCount(1);
  await expect(app.getByTestId('note-marker')).toContainText(note);
});

test('exports the draft with tracked revisions and the 意见反馈表 of its notes from the review', async ({ app, host }) => {
  await app.getByTestId('nav-library').click();
  await app.locator(row(seedIds.district)).getByTestId('doc-review').click();
  await expect(app.getByTestId('measure')).toHaveCount(32, { timeout: 30_000 });
  await app.getByTestId('measure').nth(2).getByRole('button').first().click();
  await app.getByTestId('note-input').fill('建议提高目标。理由:低于市级目标');
  await app.getByTestId('save-note').click();
  await expect(app.getByTestId('note-status')).toHaveText('已保存');
  await app.getByTestId('export-tracked').click();
  await expect(app.getByRole('status').filter({ hasText: '已导出' })).toContainText('.docx', { timeout: 30_000 });
  await app.getByTestId('export-feedback').click();
  await expect(app.getByRole('status').filter({ hasText: '意见反馈表' })).toBeVisible({ timeout: 30_000 });
  const { readdir } = await import('node:fs/promises');
  const files = await readdir(`${host.dataDir}/exports`);
  expect(files.some((f) => f.includes('意见反馈表') && f.endsWith('.docx'))).toBe(true);
  expect(files.some((f) => f.includes('修订') && f.endsWith('.docx'))).toBe(true);
});
