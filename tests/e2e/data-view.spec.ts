import { expect, test, waitForDb } from './fixtures.ts';

test('Data lists every source with its citation and checksum', async ({ page }) => {
  await page.goto('#/data');
  await waitForDb(page);
  const table = page.getByTestId('source-table');
  await expect(table).toContainText('Tabell 1');
  await expect(table).toContainText('002_0439c8ed26008a48.txt');
  await expect(table).toContainText('sha256 fd24b7c1c5b6');
});

test('the SQL console reads, refuses statements that would change data, and fetches nothing', async ({
  page,
}) => {
  await page.goto('#/data');
  await waitForDb(page);
  const input = page.getByTestId('sql-input');
  await input.fill(
    "SELECT value FROM observation WHERE indicator_id = 'ungdata-drunk-12m' AND geo_code = '1554' ORDER BY period_from",
  );
  await page.getByTestId('sql-run').click();
  await expect(page.getByTestId('sql-status')).toContainText('3 rader');
  await expect(page.getByTestId('sql-result').locator('tbody tr')).toHaveText(['25', '20', '10']);

  await input.fill('DELETE FROM observation');
  await page.getByTestId('sql-run').click();
  await expect(page.getByTestId('sql-error')).toContainText('bare lese');

  // The refused statement changed nothing.
  await input.fill('WITH x AS (SELECT 1) SELECT count(*) AS n FROM observation');
  await page.getByTestId('sql-run').click();
  const n = await page.getByTestId('sql-result').locator('tbody td').first().innerText();
  expect(Number(n)).toBeGreaterThan(100);

  await input.fill("SELECT * FROM read_parquet('https://example.org/x.parquet')");
  await page.getByTestId('sql-run').click();
  await expect(page.getByTestId('sql-error')).toBeVisible();
});
