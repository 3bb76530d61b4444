import { expect, test, waitForDb } from './fixtures.ts';

test('the picker names the county where names repeat, and finds places by name or number', async ({
  page,
}) => {
  await page.goto('#/oversikt?geo=1554');
  await waitForDb(page);
  const select = page.getByTestId('place-select');
  const labels = await select.locator('option').allInnerTexts();
  expect(labels).toContain('Herøy (Møre og Romsdal)');
  expect(labels).toContain('Herøy (Nordland)');
  expect(labels).toContain('Våler (Innlandet)');
  expect(labels).toContain('Våler (Østfold)');
  expect(labels).not.toContain('Herøy');
  expect(labels).toContain('Averøy');

  const search = page.getByTestId('place-search');
  await search.fill('1818');
  await expect(page.getByText('1 treff i listen')).toBeVisible();
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Oversikt: Herøy (Nordland)');
  await expect(select).toHaveValue('1818');
  await search.fill('våler østfold');
  await expect(select.locator('optgroup option')).toHaveText(['Våler (Østfold)']);
  await search.fill('ingenstedsby');
  await expect(page.getByText('Ingen kommune passer «ingenstedsby».')).toBeVisible();
  await expect(select).toHaveValue('1818');
});

test('a link with an older code opens today’s municipality and says so', async ({ page }) => {
  await page.goto('#/trender?geo=3807');
  await waitForDb(page);
  await expect(page.getByTestId('old-code-notice')).toHaveText(
    'Kommunenummer 3807 er 4003 Skien fra 2024; du ser Skien.',
  );
  await expect(page).toHaveURL(/geo=4003/);
  await expect(page.getByTestId('place-select')).toHaveValue('4003');
  await page.goto('#/oversikt?geo=0615');
  await expect(page.getByTestId('old-code-notice')).toContainText('0615 er 3320 Flå fra 2024');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Oversikt: Flå');
  await page.getByTestId('place-select').selectOption('1554');
  await expect(page.getByTestId('old-code-notice')).toHaveCount(0);
  expect(page.url()).not.toContain('from=');
});
