import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, seriousViolations, test, waitForDb } from './fixtures.ts';

/** Downloads an export: every measure (`all`) or the filtered ones, in one format. */
async function download(
  page: Page,
  scope: 'all' | 'filtered',
  format: 'csv' | 'json' | 'ics',
): Promise<{ name: string; body: string }> {
  await page.getByTestId('export-format').selectOption(format);
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(`export-${scope}`).click(),
  ]);
  return { name: dl.suggestedFilename(), body: readFileSync(await dl.path(), 'utf8') };
}
const exported = async (...a: Parameters<typeof download>) => (await download(...a)).body;

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
  const json = await exported(page, 'filtered', 'json');
  const csv = await exported(page, 'filtered', 'csv');
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
    expect(await exported(page, 'filtered', 'json')).toBe(json);
    expect(await exported(page, 'filtered', 'csv')).toBe(csv);
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

test('the export says whether it holds all measures or the filtered ones, and offers both', async ({
  page,
}) => {
  await page.goto('#/tiltak?geo=1554');
  await waitForDb(page);
  const filtered = page.getByTestId('export-filtered');
  await expect(filtered).toHaveText('Eksporter filtrerte (71)');
  const total = Number(
    (await page.getByTestId('export-all').textContent())?.match(/\((\d+)\)/)?.[1],
  );
  await expect(page.getByTestId('measure-count')).toContainText(`71 av ${total}`);
  expect(total).toBeGreaterThan(71);

  // JSON: the filtered file holds the 71 listed measures only, the full one every measure.
  const some = await download(page, 'filtered', 'json');
  const every = await download(page, 'all', 'json');
  expect(some.name).toBe('tiltak-filtrerte.json');
  expect(every.name).toBe('tiltak-alle.json');
  const someIds = (JSON.parse(some.body).measures as { id: string }[]).map((m) => m.id);
  const everyIds = (JSON.parse(every.body).measures as { id: string }[]).map((m) => m.id);
  expect(someIds).toHaveLength(71);
  expect(everyIds).toHaveLength(total);
  expect(someIds).toContain('averoy-rus-2021-01');
  for (const other of ['fla-2018-1.1.1', 'orland-2022-ua-01']) {
    expect(someIds).not.toContain(other);
    expect(everyIds).toContain(other);
  }
  // Links follow their measures.
  const someLinks = JSON.parse(some.body).links as { measure_id: string }[];
  expect(someLinks.length).toBeGreaterThan(0);
  expect(someLinks.every((l) => someIds.includes(l.measure_id))).toBe(true);

  // CSV: a header and one line per measure.
  const lines = (text: string) => text.split('\r\n').filter((l) => l !== '').length - 1;
  expect(lines(await exported(page, 'filtered', 'csv'))).toBe(71);
  expect(lines(await exported(page, 'all', 'csv'))).toBe(total);

  // Calendar: only the filtered measures' deadlines, or every measure's.
  const uids = (text: string) => [...text.matchAll(/^UID:(.+)@oversikt/gm)].map((m) => m[1]);
  const someIcs = uids(await exported(page, 'filtered', 'ics'));
  const everyIcs = uids(await exported(page, 'all', 'ics'));
  expect(someIcs.length).toBeGreaterThan(0);
  expect(someIcs.every((id) => someIds.includes(id ?? ''))).toBe(true);
  expect(everyIcs.length).toBeGreaterThan(someIcs.length);
  expect(everyIcs.some((id) => !someIds.includes(id ?? ''))).toBe(true);

  // A narrower filter narrows the filtered export, never the full one.
  await page.getByTestId('measure-search').fill('averoy-rus-2021-01');
  await expect(filtered).toHaveText('Eksporter filtrerte (1)');
  const one = JSON.parse(await exported(page, 'filtered', 'json')).measures as { id: string }[];
  expect(one.map((m) => m.id)).toEqual(['averoy-rus-2021-01']);
  expect(JSON.parse(await exported(page, 'all', 'json')).measures).toHaveLength(total);
  expect(await seriousViolations(page)).toEqual([]);
});
