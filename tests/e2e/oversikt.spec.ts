import { expect, test, waitForDb } from './fixtures.ts';

test('a bare link opens Oversikt with tiles for the remembered or default municipality', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDb(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Oversikt: Averøy');
  const tile = page.getByTestId('tile-ungdata-drunk-12m');
  await expect(tile.getByTestId('tile-value')).toContainText('10 %');
  await expect(tile.getByTestId('trend')).toHaveAttribute('data-trend', 'improving');
  await expect(tile.getByTestId('tile-source')).toContainText(
    'Ruspolitisk handlingsplan 2021–2024',
  );
});

test('a tile’s verdict follows the data: Averøy cannabis 3 % against Norway’s 4 %, no uncertainty known', async ({
  page,
}) => {
  await page.goto('#/oversikt?geo=1554');
  const tile = page.getByTestId('tile-ungdata-cannabis-use');
  await expect(tile.getByTestId('verdict')).toHaveAttribute('data-verdict', 'better');
  await expect(tile).toContainText('landet: 4 %');
  await expect(tile).toContainText('usikkerheten er ukjent');
});

test('with respondents known, the 95 % interval decides: Flå 2017 is judged against Norway', async ({
  page,
}) => {
  await page.goto('#/oversikt?geo=3320');
  await waitForDb(page);
  const tile = page.getByTestId('tile-ungdata-depressive-symptoms');
  await expect(tile.getByTestId('verdict')).toHaveAttribute('data-verdict', /similar|better/);
  await expect(tile).toContainText('95 %-intervallet');
});

test('the chosen municipality is remembered, and a tile opens its trend', async ({ page }) => {
  await page.goto('#/oversikt');
  await waitForDb(page);
  await page.getByTestId('place-select').selectOption('3447');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Oversikt: Søndre Land');
  await page.goto('#/oversikt');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Oversikt: Søndre Land');
  await page.getByTestId('tile-med-adhd').getByRole('link').click();
  await expect(page).toHaveURL(/#\/trender\?geo=3447&ind=med-adhd/);
  await expect(page.getByTestId('chart-med-adhd').getByTestId('chart-point')).toHaveCount(5);
});

test('the rules are explained in plain words', async ({ page }) => {
  await page.goto('#/oversikt?geo=1554');
  await page.getByText('Slik vurderer vi').click();
  await expect(page.getByTestId('how-we-judge')).toContainText('95 %-intervall');
});

test('compared with the comparison group the plan cites, Flå’s staffing for children is worse', async ({
  page,
}) => {
  await page.goto('#/oversikt?geo=3320');
  await waitForDb(page);
  await page.getByTestId('reference-select').selectOption('G-SINTEF-U2000');
  const tile = page.getByTestId('tile-staffing-mh-children-per-10000');
  await expect(tile.getByTestId('verdict')).toHaveAttribute('data-verdict', 'worse');
  await expect(tile).toContainText('Kommuner under 2 000 innbyggere (SINTEF): 37');
  expect(page.url()).toContain('ref=G-SINTEF-U2000');
});
