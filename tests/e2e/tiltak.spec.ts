import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, seriousViolations, test, waitForDb } from './fixtures.ts';

async function download(page: Page, testId: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync(await dl.path(), 'utf8');
}

test('edit a measure, reload, and the edit is still there, marked as changed from the plan', async ({
  page,
}) => {
  await page.goto('#/tiltak?geo=3320&q=fla-2018-1.1.1');
  await waitForDb(page);
  const row = page.getByTestId('measure-fla-2018-1.1.1');
  await row.getByRole('button', { name: /^Rediger/ }).click();
  const editor = page.getByTestId('measure-editor');
  await editor.getByTestId('status-select').selectOption('ongoing');
  await editor.getByLabel('Ansvar').fill('Kommunalsjef helse (endret i test)');
  await expect(editor).toContainText('I planen:');
  await editor.getByTestId('editor-save').click();
  await expect(page.getByTestId('tiltak-message')).toContainText('lagret');
  await expect(row.getByTestId('changed-tag')).toHaveText('Endret');

  await page.reload();
  await waitForDb(page);
  await expect(row).toContainText('Kommunalsjef helse (endret i test)');
  await expect(row).toContainText('Pågår');
  await expect(row.getByTestId('changed-tag')).toHaveText('Endret');
  expect(await seriousViolations(page)).toEqual([]);
});

test('delete can be undone', async ({ page }) => {
  await page.goto('#/tiltak?geo=5057');
  await waitForDb(page);
  const count = page.getByTestId('measure-count');
  await expect(count).toContainText('46 av');
  await page
    .getByTestId('measure-orland-2022-ua-01')
    .getByRole('button', { name: /^Slett/ })
    .click();
  await expect(count).toContainText('45 av');
  await page.getByTestId('undo').click();
  await expect(count).toContainText('46 av');
});

test('export then import gives identical data, in JSON and in CSV', async ({ page }) => {
  await page.goto('#/tiltak?geo=1554');
  await waitForDb(page);
  const json = await download(page, 'export-json');
  const csv = await download(page, 'export-csv');
  expect(JSON.parse(json).measures).toHaveLength(71);
  expect(csv.split('\r\n')[0]).toContain('id;plan_id;goal;title');

  // Change something, then import the exports back: the data is as exported again.
  await page.getByTestId('measure-search').fill('averoy-rus-2021-01');
  await page
    .getByTestId('measure-averoy-rus-2021-01')
    .getByRole('button', { name: /^Slett/ })
    .click();
  await expect(page.getByTestId('tiltak-message')).toContainText('er slettet');
  await page.getByTestId('measure-search').fill('');
  await expect(page.getByTestId('measure-count')).toContainText('70 av');
  for (const [name, body, type] of [
    ['tiltak.json', json, 'application/json'],
    ['tiltak.csv', csv, 'text/csv'],
  ] as const) {
    await page
      .getByTestId('import-measures')
      .setInputFiles({ name, mimeType: type, buffer: Buffer.from(body) });
    await expect(page.getByTestId('tiltak-message')).toContainText(`${name}: 71 tiltak importert`);
    // The list has been read again from DuckDB (the export takes what the list shows).
    await expect(page.getByTestId('measure-count')).toContainText('71 av');
    expect(await download(page, 'export-json')).toBe(json);
    expect(await download(page, 'export-csv')).toBe(csv);
  }
});

test('a malformed measures file is refused and changes nothing', async ({ page }) => {
  await page.goto('#/tiltak?geo=1554');
  await waitForDb(page);
  // The file picker is enabled once the measures are listed.
  await expect(page.getByTestId('import-measures')).toBeEnabled();
  await page
    .getByTestId('import-measures')
    .setInputFiles({ name: 'feil.csv', mimeType: 'text/csv', buffer: Buffer.from('a;b\n1;2\n') });
  await expect(page.getByTestId('tiltak-message')).toContainText(
    'Kunne ikke importere feil.csv: missing columns',
  );
  await expect(page.getByTestId('measure-count')).toContainText('71 av');
});
