import { expect, seriousViolations, test, waitForDb } from './fixtures.ts';

test('Dekning for Averøy: no risk lacks measures in 2024, and the unfollowed measures and the matrix are shown', async ({
  page,
}) => {
  await page.goto('#/dekning?geo=1554&year=2024');
  await waitForDb(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Dekning: Averøy');
  await expect(page.getByTestId('gap-list')).toContainText('Risikoer uten aktive tiltak (0)');
  await expect(page.getByTestId('gap-empty')).toContainText('i 2024');
  const unfollowed = page.getByTestId('unfollowed-list');
  await expect(unfollowed.getByRole('heading')).toHaveText(/Tiltak uten indikator å følge \(\d+\)/);
  await expect(page.getByTestId('matrix-level')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('filters narrow the matrix, and a link keeps them', async ({ page }) => {
  await page.goto('#/dekning?geo=5057&year=2023');
  await waitForDb(page);
  const total = async () =>
    Number(
      await page
        .getByTestId('matrix-level')
        .locator('tbody tr td:last-child')
        .evaluateAll((tds) => tds.reduce((s, td) => s + Number(td.textContent), 0)),
    );
  await expect(page.getByTestId('matrix-level')).toBeVisible();
  await expect.poll(total).toBeGreaterThan(20);
  const all = await total();
  await page.getByTestId('level-select').selectOption('selective');
  await expect.poll(total).toBeLessThan(all);
  expect(page.url()).toContain('level=selective');
  await page.reload();
  await expect(page.getByTestId('level-select')).toHaveValue('selective');
});

test('a plan that has ended is said plainly, and measures are counted as in its last year', async ({
  page,
}) => {
  await page.goto('#/dekning?geo=3447');
  await waitForDb(page);
  await expect(page.getByTestId('plan-ended')).toContainText('gjaldt til 2020');
  await expect(page.getByTestId('year-select')).toHaveValue('');
  await expect(page.getByTestId('matrix-level').getByRole('heading')).toHaveCount(0);
  await expect(
    page.getByRole('heading', { name: /Aktive tiltak i 2020 per tema og forebyggingsnivå/ }),
  ).toBeVisible();
});

test('a matrix cell leads to exactly the measures it counts', async ({ page }) => {
  await page.goto('#/dekning?geo=5057&year=2023');
  await waitForDb(page);
  const cell = page
    .getByTestId('matrix-level')
    .locator('tbody tr')
    .filter({ has: page.locator('a') })
    .first()
    .locator('td a')
    .first();
  const n = Number(await cell.innerText());
  expect(n).toBeGreaterThan(0);
  await cell.click();
  await expect(page).toHaveURL(/#\/tiltak\?.*active=2023/);
  await expect(page.getByTestId('measure-count')).toContainText(`${n} av`);
});

test('a municipality whose plan cites no figures can still be chosen: Ørland has measures and only its population', async ({
  page,
}) => {
  await page.goto('#/dekning?geo=5057');
  await waitForDb(page);
  await expect(page.getByTestId('place-select')).toHaveValue('5057');
  await expect(page.getByTestId('unfollowed-list').getByRole('heading')).toHaveText(/\(\d+\)/);
  await page.getByRole('navigation').getByRole('link', { name: 'Oversikt' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Oversikt: Ørland');
  // Ørland's plan cites no figures; every municipality has SSB's population, and that is all it has.
  await expect(page.locator('li.tile')).toHaveCount(1);
  await expect(page.getByTestId('tile-population').getByTestId('tile-source')).toContainText(
    'Statistisk sentralbyrå',
  );
  await page.getByTestId('place-select').selectOption({ label: 'Kinn' });
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Oversikt: Kinn');
});
