/**
 * The reviewer's workflow end to end: the district 征求意见稿 opened as a
 * draft against the bundled corpus, precedents for every measure, a non-empty
 * gaps list, a note that reaches the exported 对照表's 说明 column, the review
 * reopened after a reload, and bad drafts refused without losing the text.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { startHost } from './host/server';

const draftText = () => readFile(join(process.cwd(), 'seeds', 'district-2024-h2-measures-draft.txt'), 'utf-8');

let host: { url: string; close(): Promise<void> };
let dataDir = '';
let exportDir = '';

test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'precedent-e2e-draft-'));
  exportDir = join(dataDir, 'exports');
  host = await startHost({ dataDir, exportDir });
});

test.afterAll(async () => {
  await host?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Opens the app and goes to the draft review screen through its navigation. */
async function openWorkspace(page: Page): Promise<void> {
  await page.goto(host.url);
  const workspace = page.getByTestId('draft-workspace');
  if (!(await workspace.isVisible())) {
    const nav = page
      .getByTestId('nav-draft')
      .or(page.getByRole('tab', { name: /草稿|审查/ }))
      .or(page.getByRole('button', { name: /草稿审查|起草审查|审查草稿/ }));
    await nav.first().click();
  }
  await expect(workspace).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test('refuses an empty draft and a draft without numbered measures, keeping the pasted text', async ({ page }) => {
  await openWorkspace(page);
  await page.getByTestId('open-draft').click();
  await expect(page.getByTestId('draft-error')).toContainText('草稿没有内容');
  await expect(page.getByTestId('draft-error')).toContainText('the draft is empty');

  const prose = '关于做好下半年工作的意见\n\n各单位要高度重视，认真抓好落实，确保各项工作取得实效。';
  await page.getByTestId('draft-text').fill(prose);
  await page.getByTestId('open-draft').click();
  await expect(page.getByTestId('draft-error')).toContainText('没有找到编号的措施');
  await expect(page.getByTestId('draft-text')).toHaveValue(prose);
});

test('shows precedents for every measure of the district draft and a non-empty gaps list; a note reaches the exported 说明 column', async ({
  page,
}) => {
  await openWorkspace(page);
  await page.getByTestId('draft-name').fill('区若干措施征求意见稿');
  await page.getByTestId('draft-text').fill(await draftText());
  await page.getByTestId('open-draft').click();

  const measures = page.getByTestId('measure');
  await expect(measures).toHaveCount(32, { timeout: 30_000 });
  await expect(page.getByTestId('no-precedent')).toHaveCount(0);
  for (const measure of await measures.all()) await expect(measure.getByTestId('precedent').first()).toBeVisible();
  expect(await page.getByTestId('gap').count()).toBeGreaterThan(0);

  await measures.nth(2).getByRole('button').first().click();
  await expect(page.getByTestId('draft-diff')).toBeVisible();
  await expect(page.getByTestId('draft-diff').locator('del, ins').first()).toBeVisible();

  const note = '技术合同成交额目标远低于先例,请说明依据';
  await page.getByTestId('note-input').fill(note);
  await page.getByTestId('save-note').click();
  await expect(page.getByTestId('note-status')).toHaveText('已保存');

  await page.getByTestId('export-format').selectOption('docx');
  await page.getByTestId('export-table').click();
  await expect(page.getByTestId('export-result')).toContainText('已导出', { timeout: 30_000 });

  const files = (await readdir(exportDir)).filter((f) => f.endsWith('.docx'));
  expect(files).toHaveLength(1);
  const html = (await mammoth.convertToHtml({ buffer: await readFile(join(exportDir, files[0])) })).value;
  const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map((m) => m[1]);
  expect(rows[0]).toContain('说明');
  const noted = rows.find((r) => r.includes(note));
  expect(noted).toBeDefined();
  expect(noted).toContain('技术合同成交额');
});

test('reopens the saved review after a reload, with its note', async ({ page }) => {
  await openWorkspace(page);
  // the review is named by the draft's title, not by the label typed when it was opened
  await page.getByTestId('saved-review').filter({ hasText: '若干措施' }).first().click();
  await expect(page.getByTestId('measure')).toHaveCount(32, { timeout: 30_000 });
  await page.getByTestId('measure').nth(2).getByRole('button').first().click();
  await expect(page.getByTestId('note-input')).toHaveValue('技术合同成交额目标远低于先例,请说明依据');
});
