import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, waitForDb } from './fixtures.ts';

const FIXTURES = join(new URL('../..', import.meta.url).pathname, 'tests/fixtures/ingest');

test('drop a file: the report is true, the new indicator is in Trender, and it survives a reload', async ({
  page,
}) => {
  await page.goto('#/data');
  await waitForDb(page);
  await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'generic-long.csv'));
  const report = page.getByTestId('import-report');
  await expect(report.getByTestId('report-counts')).toContainText('7 lest, 7 beholdt, 0 avvist');
  await expect(report.getByTestId('report-indicators')).toContainText('Eget tall (ny, 2)');
  // One figure per line: read by DuckDB's CSV reader in the page's DuckDB.
  await expect(report.getByTestId('report-reader')).toHaveText('DuckDBs CSV-leser');
  await page.getByTestId('name-my-own-indicator').fill('Mitt eget tall');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-outcome')).toContainText('7 tall er lagt til');

  await page.goto('#/trender?geo=1554&ind=my-own-indicator');
  await expect(page.getByTestId('chart-my-own-indicator').getByTestId('chart-point')).toHaveCount(
    1,
  );
  await expect(
    page.getByTestId('chart-my-own-indicator').getByTestId('chart-summary'),
  ).toContainText('1 234 i 2023');

  await page.reload();
  await waitForDb(page);
  await expect(page.getByTestId('chart-my-own-indicator').getByTestId('chart-point')).toHaveCount(
    1,
  );
  // The imported Averøy 2021 figure joins the embedded series, with its interval.
  await page.goto('#/trender?geo=1554&ind=ungdata-drunk-12m');
  await expect(page.getByTestId('chart-ungdata-drunk-12m').getByTestId('chart-point')).toHaveCount(
    4,
  );

  await page.goto('#/data');
  await expect(page.getByTestId('kept-imports')).toContainText('generic-long.csv');
  await page.getByRole('button', { name: 'Fjern generic-long.csv' }).click();
  await expect(page.getByTestId('kept-imports')).toHaveCount(0);
  await page.goto('#/trender?geo=1554&ind=ungdata-drunk-12m');
  await expect(page.getByTestId('chart-ungdata-drunk-12m').getByTestId('chart-point')).toHaveCount(
    3,
  );
});

test('file text stays inert text, junk gives a clear error, and the data stays as it was', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto('#/data');
  await waitForDb(page);
  await page
    .getByTestId('import-file')
    .setInputFiles(join(FIXTURES, 'malformed', 'html-payloads.csv'));
  await expect(page.getByTestId('import-report')).toBeVisible();
  await page.getByText(/Avviste rader/).click();
  await expect(page.getByTestId('rejections')).toContainText('<script>alert(1)</script>');
  await page.getByTestId('import-commit').click();
  await page.goto('#/trender?geo=1554&ind=my-html-indicator');
  await expect(page.getByRole('heading', { name: '<img src=x onerror=alert(1)>' })).toBeVisible();
  await page.goto('#/data');
  await page
    .getByTestId('import-file')
    .setInputFiles(join(FIXTURES, 'malformed', 'binary-junk.bin'));
  await expect(page.getByTestId('import-error')).toContainText('Filen kan ikke leses');
  await expect(page.getByTestId('import-commit')).toHaveCount(0);
  expect(dialogs).toBe(0);
  await page.goto('#/trender?geo=1554&ind=ungdata-drunk-12m');
  await expect(page.getByTestId('chart-ungdata-drunk-12m').getByTestId('chart-point')).toHaveCount(
    3,
  );
});

test('a table no reader knows is read through a column mapping, which can be saved', async ({
  page,
}) => {
  await page.goto('#/data');
  await waitForDb(page);
  await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'mapping-kostra.csv'));
  await expect(page.getByTestId('import-error')).toContainText('Formatet ble ikke gjenkjent');
  const form = page.getByTestId('mapping-form');
  await form.getByTestId('map-place').selectOption('Kommunenr.');
  await form.getByTestId('map-period').selectOption('Årgang');
  await form.getByTestId('map-value').selectOption('Andel (%)');
  await form.getByTestId('map-ciLow').selectOption('Nedre');
  await form.getByTestId('map-ciHigh').selectOption('Øvre');
  await form.getByTestId('map-indicator-name').fill('Andel fornøyde brukere');
  await form.getByPlaceholder('Navn på koblingen').fill('KOSTRA-uttrekk');
  await form.getByRole('button', { name: 'Lagre koblingen' }).click();
  await form.getByTestId('mapping-read').click();
  await expect(page.getByTestId('report-counts')).toContainText('3 lest, 3 beholdt, 0 avvist');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-outcome')).toContainText('3 tall er lagt til');
  await page.goto('#/oversikt?geo=3320');
  await expect(page.getByText('Andel fornøyde brukere')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('oversikt.mappingPresets'))).toContain(
    'KOSTRA-uttrekk',
  );
});

const real = new URL(
  '../../../shared/formats/ssb/statbank-07459-population-2021.csv',
  import.meta.url,
).pathname;
if (!existsSync(real))
  console.log(
    `import.spec: the real SSB export is left out, ${real} does not exist (it sits beside the repository on CI); tests/fixtures/ingest/ssb-statbank-07459-latin1.csv has its shape`,
  );

// Registered only where the real export exists (the line above says when it is left out).
const whereReal = existsSync(real) ? test : () => undefined;
whereReal(
  'the real SSB Statbank export imports through the Data view with a true report',
  async ({ page }) => {
    await page.goto('#/data');
    await waitForDb(page);
    await page.getByTestId('import-file').setInputFiles(real);
    await expect(page.getByTestId('report-format')).toContainText('SSB', { timeout: 30_000 });
    // ISO-8859-1 is read as its superset Windows-1252, so Ålesund comes out right.
    await expect(page.getByTestId('import-report')).toContainText('windows-1252');
    await expect(page.getByTestId('import-report')).toContainText('K-1507 Ålesund');
    // A cube of several figures per line: the own reader reshapes it.
    await expect(page.getByTestId('report-reader')).toContainText('Oversikts egen leser');
    await page.getByTestId('import-commit').click();
    await expect(page.getByTestId('import-outcome')).toContainText('tall er lagt til', {
      timeout: 30_000,
    });
  },
);
