import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, seriousViolations, test, waitForDb } from './fixtures.ts';

const FIXTURES = join(new URL('../..', import.meta.url).pathname, 'tests/fixtures/ingest');

test("Excel's sep= line and a padded title line: read, and the report says how, in bokmål", async ({
  page,
}) => {
  await page.goto('#/data');
  await waitForDb(page);
  await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'excel-title-sep.csv'));
  const report = page.getByTestId('import-report');
  await expect(report.getByTestId('report-format')).toHaveText(
    'Tabell med stedsnavn (FHI/Ungdata)',
  );
  await expect(report.getByTestId('report-layout')).toHaveText('overskriftsrad på linje 4');
  // 4 read = 4 kept + 0 rejected + 0 left out + 0 unreadable.
  await expect(report.getByTestId('report-counts')).toHaveText(
    '4 lest, 4 beholdt, 0 avvist, 0 utelatt (pseudoregioner), 0 kunne ikke leses; 0 av de avviste er duplikater',
  );
  const notes = report.getByTestId('report-notes');
  await expect(notes).toContainText(
    'første linje er Excels sep=-linje: skilletegnet er semikolon (;); linjen er ikke en del av tabellen',
  );
  await expect(notes).toContainText(
    'overskriftsraden er på linje 4: 1 linje over den er lest som tittel og merknader (høyst 10 leses)',
  );
  await expect(report.getByTestId('report-title')).toHaveText(
    'Tabell 1: Andel elever som er mye plaget av ensomhet',
  );
  // Tromsø's ".." is kept as suppressed: four rows, three of them with a figure.
  await expect(page.getByTestId('import-commit')).toHaveText('Legg til 4 rader (3 med tall)');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a quote left open on line 4: every line accounted for, the unreadable ones named, in bokmål and English', async ({
  page,
}) => {
  await page.goto('#/data');
  await waitForDb(page);
  const file = join(FIXTURES, 'malformed', 'unclosed-quote-line-4.csv');
  await page.getByTestId('import-file').setInputFiles(file);
  const report = page.getByTestId('import-report');
  // 199 read = 2 kept + 0 rejected + 0 left out + 197 unreadable.
  await expect(report.getByTestId('report-counts')).toHaveText(
    '199 lest, 2 beholdt, 0 avvist, 0 utelatt (pseudoregioner), 197 kunne ikke leses; 0 av de avviste er duplikater',
  );
  await expect(report.getByTestId('report-unreadable')).toHaveText(
    'linje 4–200 (197 linjer): et anførselstegn åpnet på linje 4 lukkes aldri; se på den cellen og les filen på nytt',
  );
  await page.goto('#/data?lang=en');
  await waitForDb(page);
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(report.getByTestId('report-counts')).toHaveText(
    '199 read, 2 kept, 0 rejected, 0 left out (pseudo-regions), 197 could not be read; 0 of the rejected are duplicates',
  );
  await expect(report.getByTestId('report-unreadable')).toHaveText(
    'lines 4–200 (197 lines): a quote opened on line 4 is never closed; check that cell, then read the file again',
  );
});

test('a header one field narrower than its rows is refused, saying so in bokmål', async ({
  page,
}) => {
  await page.goto('#/data');
  await waitForDb(page);
  await page
    .getByTestId('import-file')
    .setInputFiles(join(FIXTURES, 'malformed', 'header-one-fewer.csv'));
  await expect(page.getByTestId('import-error')).toHaveText(
    'Filen kan ikke leses: overskriftsraden har 4 kolonner, én færre enn radene (5): en kolonne uten navn; gi alle kolonnene navn i overskriftsraden og les filen på nytt',
  );
  await expect(page.getByTestId('import-commit')).toHaveCount(0);
});

test('shares given as fractions: the review asks before anything lands, and the answer is used', async ({
  page,
}) => {
  await page.goto('#/data');
  await waitForDb(page);
  await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'school-years-fractions.csv'));
  const question = page.getByTestId('shares-question');
  await expect(question).toContainText('Er andelene brøker?');
  await expect(question).toContainText('største verdi 0,081');
  // Nothing can be added until the question is answered.
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  await expect(page.getByTestId('shares-unanswered')).toBeVisible();
  await question.getByLabel('Brøker: gang med 100 (0,057 blir 5,7 %)').check();
  await expect(page.getByTestId('report-notes')).toContainText(
    'andelene er lest som brøker og ganget med 100, slik du valgte',
  );
  await expect(page.getByTestId('import-commit')).toBeEnabled();
  await expect(page.getByTestId('shares-unanswered')).toHaveCount(0);
  // The school years are read as the autumn terms they span.
  await expect(page.getByTestId('import-report')).toContainText('2016–2018');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a newer release of a table lists the figures the publisher revised', async ({ page }) => {
  await page.goto('#/data');
  await waitForDb(page);
  const file = join(FIXTURES, 'per-100000-dates.csv');
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-outcome')).toContainText('4 tall er lagt til');
  // Nothing was there before: nothing is revised.
  await expect(page.getByTestId('revised-figures')).toHaveCount(0);
  // The next release: one value revised, the withheld one now published, one unchanged.
  const text = readFileSync(file, 'utf8').replace(',412.5', ',415.0').replace(',:', ',460.2');
  await page.getByTestId('import-file').setInputFiles({
    name: 'per-100000-dates.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-outcome')).toContainText('4 erstattet');
  const revised = page.getByTestId('revised-figures');
  await expect(revised.getByRole('heading')).toHaveText('Tall utgiveren har revidert (2)');
  const rows = revised.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Norge' })).toContainText('412,5');
  await expect(rows.filter({ hasText: 'Norge' })).toContainText('415');
  await expect(rows.filter({ hasText: 'Telemark' })).toContainText('skjult (for få svar)');
  await expect(rows.filter({ hasText: 'Telemark' })).toContainText('460,2');
  // The figure replaced is named by the file it came from.
  await expect(rows.first()).toContainText('per-100000-dates.csv');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a table the built-in figures came from updates them, and removing it brings them back', async ({
  page,
}) => {
  const rowFor = (period: string) =>
    page
      .getByTestId('chart-fhi-elevundersokelsen-bullied-grade-7')
      .getByTestId('chart-table')
      .locator('tbody tr')
      .filter({ hasText: period });
  const showTable = () =>
    page
      .getByTestId('chart-fhi-elevundersokelsen-bullied-grade-7')
      .getByRole('button', { name: 'Vis tallene som tabell' })
      .click();
  const link = '#/trender?geo=4003&ind=fhi-elevundersokelsen-bullied-grade-7';
  await page.goto(link);
  await waitForDb(page);
  await showTable();
  await expect(rowFor('2017–2019')).toContainText('4,5 %');

  await page.goto('#/data');
  await page.getByTestId('import-file').setInputFiles({
    name: 'nedlasting (1).csv',
    mimeType: 'text/csv',
    buffer: readFileSync(join(FIXTURES, 'school-years-fractions.csv')),
  });
  // Not a new indicator beside the built-in one: the same one.
  await expect(page.getByTestId('report-indicators')).toContainText('kjent');
  await page
    .getByTestId('shares-question')
    .getByLabel('Brøker: gang med 100 (0,057 blir 5,7 %)')
    .check();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-outcome')).toContainText('erstattet');
  await page.goto(link);
  await showTable();
  await expect(rowFor('2017–2019')).toContainText('8,1 %');

  await page.goto('#/data');
  await page.getByRole('button', { name: 'Fjern nedlasting (1).csv' }).click();
  await expect(page.getByTestId('kept-imports')).toHaveCount(0);
  await page.goto(link);
  await showTable();
  await expect(rowFor('2017–2019')).toContainText('4,5 %');
});
