/** Importing a file through the UI; it and its note survive a host restart on the same data folder. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, openComparison, seedIds, test } from './fixtures';

const text = [
  '示例县关于促进消费的若干措施',
  '',
  '一、扩大消费',
  '1.开展以旧换新。对购买新能效家电的消费者给予补贴,全年安排资金500万元。(责任单位:县商务局)',
  '2.发展夜间经济。打造夜间消费街区3个以上。(责任单位:县文旅局)',
  '',
].join('\n');

test('imports a text file through the UI and keeps it and its note after a host restart', async ({ app, host }) => {
  const dir = await mkdtemp(join(tmpdir(), 'precedent-import-'));
  const file = join(dir, 'sample-county-consumption.txt');
  await writeFile(file, text, 'utf-8');

  await app.getByTestId('nav-library').click();
  await app.getByTestId('import-input').setInputFiles(file);
  await expect(app.getByTestId('import-result').first()).toContainText(/导入|imported/);
  const row = app.getByTestId('doc-row').filter({ hasText: '示例县' });
  await expect(row).toHaveCount(1);
  const id = await row.getAttribute('data-doc-id');

  await openComparison(app, [id!, seedIds.xuchang]);
  const cell = app.locator(`[data-testid="compare-cell"][data-doc="0"]`).first();
  await cell.getByTestId('note-button').first().click();
  await cell.getByTestId('note-editor').fill('县级样本');
  await cell.getByTestId('note-save').click();
  await expect(cell.getByTestId('note-marker')).toBeVisible();

  await app.goto(await host.restart());
  await app.getByTestId('nav-library').click();
  await expect(app.getByTestId('doc-row').filter({ hasText: '示例县' })).toHaveCount(1);
  await openComparison(app, [id!, seedIds.xuchang]);
  await expect(app.locator(`[data-testid="compare-cell"][data-doc="0"]`).first().getByTestId('note-marker')).toHaveAttribute(
    'title',
    '县级样本',
  );
});
