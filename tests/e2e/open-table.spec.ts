/**
 * "Åpne som tabell" in the Data view: a fixture is read by DuckDB-wasm's read_csv into a table of
 * its own, the report shows header, types, rows and rejected lines, the console counts its rows,
 * the table is listed, and the seal and DuckDB's file system are as before.
 */
import { join } from 'node:path';
import { expect, seriousViolations, test, waitForDb } from './fixtures.ts';
import { rowsOf, runSql } from './console-helpers.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/table');

test('a file with two bad lines opens as a table the console can count', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('#/data');
  await waitForDb(page);
  await page.getByTestId('open-table-file').setInputFiles(join(FIXTURES, 'two-bad-lines.csv'));
  const report = page.getByTestId('open-table-report');
  await expect(report).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('open-table-name')).toHaveText('tabell_two_bad_lines');
  await expect(page.getByTestId('open-table-counts')).toHaveText(
    '4 rader lest inn i tabellen, 2 linjer avvist',
  );
  await expect(report).toContainText('bare i denne økten');
  await expect(page.getByTestId('open-table-columns').locator('tbody tr')).toHaveText([
    'indikatorVARCHAR',
    'kommuneVARCHAR',
    'årBIGINT',
    'verdiBIGINT',
  ]);
  const rejects = page.getByTestId('open-table-rejects').locator('tbody tr');
  await expect(rejects).toHaveCount(3);
  await expect(rejects.first()).toContainText('3');
  await expect(rejects.first().locator('code').first()).toHaveText(
    'TOO MANY COLUMNS: Expected Number of Columns: 4 Found: 5',
  );
  await expect(rejects.nth(1)).toContainText('MISSING COLUMNS');

  // The console reads the new table; the Data view lists it with its rows.
  expect(await rowsOf(page, 'SELECT count(*) FROM tabell_two_bad_lines')).toEqual([['4']]);
  expect(await rowsOf(page, 'SELECT sum(verdi) FROM tabell_two_bad_lines')).toEqual([
    [String(5780 + 1060 + 1071 + 717710)],
  ]);
  await expect(page.locator('.table-counts')).toContainText('tabell_two_bad_lines: 4 rader');

  // The file was dropped after the read; the seal holds as before.
  await expect(page.getByTestId('seal')).toHaveAttribute('data-sealed', 'yes');
  await expect(page.getByTestId('seal-files')).toHaveAttribute('data-count', '0');
  const reread = await runSql(
    page,
    "SELECT * FROM read_csv('/oversikt-upload/tabell_two_bad_lines.csv')",
  );
  expect(reread).toHaveProperty('error');

  expect(await seriousViolations(page)).toEqual([]);
});

test('a Latin-1 file and one with sep= and title lines open with their names and header', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('#/data?lang=en');
  await waitForDb(page);
  const input = page.getByTestId('open-table-file');
  await input.setInputFiles(join(FIXTURES, 'latin1.csv'));
  await expect(page.getByTestId('open-table-name')).toHaveText('tabell_latin1', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('open-table-report')).toContainText(
    'windows-1252, separator «;», decimal mark «.» (turned into UTF-8 before reading)',
  );
  expect(await rowsOf(page, 'SELECT navn FROM tabell_latin1 ORDER BY navn')).toEqual([
    ['Averøy'],
    ['Bærum'],
    ['Trondheim - Tråante'],
  ]);

  await input.setInputFiles(join(FIXTURES, 'title-sep.csv'));
  await expect(page.getByTestId('open-table-name')).toHaveText('tabell_title_sep', {
    timeout: 30_000,
  });
  const report = page.getByTestId('open-table-report');
  await expect(report).toContainText('The header is on line 4.');
  await expect(report).toContainText('No line was rejected.');
  expect(await rowsOf(page, 'SELECT count(*), sum(personer) FROM tabell_title_sep')).toEqual([
    ['3', String(5790 + 5802 + 1071)],
  ]);

  // The same file again gets a table of its own.
  await input.setInputFiles(join(FIXTURES, 'title-sep.csv'));
  await expect(page.getByTestId('open-table-name')).toHaveText('tabell_title_sep_2', {
    timeout: 30_000,
  });
  expect(await seriousViolations(page)).toEqual([]);
});
