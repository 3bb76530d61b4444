import { join } from 'node:path';
import { expect, seriousViolations, test, waitForDb } from './fixtures.ts';

const FIXTURES = join(new URL('../..', import.meta.url).pathname, 'tests/fixtures/klass');

test('Oversikt for Vinje compares with municipalities of the same size, computed from members', async ({
  page,
}) => {
  await page.goto('#/oversikt?geo=4036');
  await waitForDb(page);
  const select = page.getByTestId('reference-select');
  await expect(select.locator('option', { hasText: 'Kommuner av samme størrelse' })).toHaveCount(1);
  await select.selectOption({ label: 'Kommuner av samme størrelse' });
  await expect(page).toHaveURL(/ref=G-SIZE/);
  await expect(page.getByTestId('group-basis')).toContainText('1. januar 2024 (SSB tabell 07459)');
  const tile = page.getByTestId('tile-fhi-primary-care-mental');
  await expect(tile.getByTestId('tile-ref')).toContainText('Kommuner med 2 000–4 999 innbyggere');
  const note = tile.getByTestId('group-ref-note');
  const n = Number(await note.getAttribute('data-members'));
  const of = Number(await note.getAttribute('data-members-of'));
  expect(n).toBeGreaterThanOrEqual(3);
  expect(of).toBeGreaterThan(n);
  await expect(note).toContainText(`${n} av ${of} kommuner med tall`);
  await expect(note).toContainText('Kilde for medlemmenes tall:');
  await expect(tile.locator('.tile-sentence')).toContainText('Usikkerheten er ukjent');
  expect(await seriousViolations(page)).toEqual([]);
});

test('a count is one click from its rate per 1 000 of its band, with both sources', async ({
  page,
}) => {
  await page.goto('#/oversikt?geo=1554');
  await waitForDb(page);
  const tile = page.getByTestId('tile-brukerplan-substance-persons');
  await expect(tile.getByTestId('tile-value')).toContainText('40');
  await tile.getByTestId('tile-rate-toggle-rate').click();
  await expect(tile.getByTestId('tile-value')).toHaveAttribute('data-mode', 'rate');
  await expect(tile.getByTestId('tile-value')).toContainText('8,73');
  await expect(tile.getByTestId('tile-rate-band')).toHaveText(
    'per 1 000 innbyggere, 18 år og over',
  );
  await expect(tile.getByTestId('rate-source')).toContainText('KORFOR (Brukerplan)');
  await expect(tile.getByTestId('rate-source')).toContainText('SSB tabell 07459');
  await expect(tile.getByTestId('rate-source')).toContainText('1. januar 2020');
  expect(await seriousViolations(page)).toEqual([]);
  await tile.getByTestId('tile-rate-toggle-count').click();
  await expect(tile.getByTestId('tile-value')).toContainText('40');

  await page.goto('#/trender?geo=1554&theme=&ind=brukerplan-substance-persons');
  await waitForDb(page);
  const card = page.getByTestId('chart-brukerplan-substance-persons');
  await card.getByTestId('rate-toggle-brukerplan-substance-persons-rate').click();
  await expect(card).toContainText('per 1 000 innbyggere, 18 år og over');
  await expect(card.getByTestId('rate-source').first()).toContainText('SSB tabell 07459');
  await card.getByRole('button', { name: 'Vis tallene som tabell' }).click();
  await expect(card.getByTestId('chart-table')).toContainText('8,7');
  expect(await seriousViolations(page)).toEqual([]);
});

test('KOSTRA groups from a KLASS 112 file become references, and are still there after a reload', async ({
  page,
}) => {
  await page.goto('#/data');
  await waitForDb(page);
  await page.getByTestId('kostra-file').setInputFiles(join(FIXTURES, 'kostra-112-hierarchy.csv'));
  const result = page.getByTestId('kostra-result');
  await expect(result).toContainText('3 grupper med 11 kommuner');
  await expect(result).toContainText('Linje 16: ikke et av dagens kommunenummer (9999)');
  await expect(page.getByTestId('kostra-kept')).toHaveText(
    'Gruppene er lagret i denne nettleseren og lastes inn igjen når siden åpnes på nytt.',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('navigation').getByRole('link', { name: 'Oversikt' }).click();
  await page.evaluate(() => (location.hash = '#/oversikt?geo=4036&ref=G-KOSTRA-EKA01'));
  const tile = page.getByTestId('tile-fhi-primary-care-mental');
  await expect(tile.getByTestId('group-ref-note')).toHaveAttribute('data-members-of', '4');
  await expect(page.getByTestId('reference-select')).toHaveValue('G-KOSTRA-EKA01');
  // Kept in this browser: after a reload the group is still a reference with its members.
  await page.reload();
  await waitForDb(page);
  await expect(tile.getByTestId('group-ref-note')).toHaveAttribute('data-members-of', '4');
  await expect(page.getByTestId('reference-select')).toHaveValue('G-KOSTRA-EKA01');
});
