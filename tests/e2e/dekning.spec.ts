import { expect, seriousViolations, test, waitForDb } from './fixtures.ts';

test('Dekning for Averøy in 2026: youth substance use and alcohol have figures and no active measure, listed by tier with reasons', async ({
  page,
}) => {
  await page.goto('#/dekning?geo=1554&year=2026');
  await waitForDb(page);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Dekning: Averøy');
  const list = page.getByTestId('uncovered-list');
  await expect(list).toHaveAttribute('data-count', '10');
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(
    'Uten aktive tiltak i 2026 (10)',
  );
  await expect(page.getByTestId('uncovered-summary')).toContainText(
    '10 indikatorer uten aktive tiltak i 2026; ingen av dem er vurdert som verre enn landet eller i feil retning.',
  );
  const theme = page.getByTestId('uncovered-theme-youth-substance');
  await expect(theme).toContainText(
    'Rusbruk blant unge: 7 indikatorer med tall og ingen aktive tiltak i 2026.',
  );
  await expect(page.getByTestId('uncovered-theme-alcohol-policy')).toContainText('3 indikatorer');
  const drunk = page.getByTestId('uncovered-ungdata-drunk-12m');
  await expect(drunk).toHaveAttribute('data-tier', 'cannot_judge');
  await expect(drunk).toContainText('tilknyttede tiltakene er aktive i 2026');
  await expect(drunk).toContainText('Utviklingen de siste tre målingene (2015–2020): bedre.');
  // Tiers in order: no-signal items come before the ones that cannot be judged.
  const tiers = await list
    .locator('li[data-tier]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-tier')));
  expect(tiers.indexOf('cannot_judge')).toBeGreaterThan(tiers.lastIndexOf('no_signal'));
  await theme.getByRole('link', { name: /Se tiltakene for «Rusbruk blant unge»/ }).click();
  await expect(page).toHaveURL(/#\/tiltak\?geo=1554&theme=youth-substance/);
  await expect(page.getByTestId('measure-count')).toContainText(/\d+ av/);
  await page.goBack();
  await drunk.getByRole('link', { name: 'Har vært beruset siste 12 måneder' }).click();
  await expect(page).toHaveURL(/#\/trender\?geo=1554&ind=ungdata-drunk-12m/);
});

test('Dekning for Averøy in 2024: the substance plan still ran, so youth substance use is covered; alcohol never was; lists and matrix are shown', async ({
  page,
}) => {
  await page.goto('#/dekning?geo=1554&year=2024');
  await waitForDb(page);
  const list = page.getByTestId('uncovered-list');
  await expect(list).toHaveAttribute('data-count', '6');
  await expect(page.getByTestId('uncovered-theme-youth-substance')).toHaveCount(0);
  await expect(page.getByTestId('uncovered-alcohol-beer-outlets')).toContainText(
    'Ingen tiltak er knyttet til indikatoren eller temaet.',
  );
  // The housing measures of the 2025–2030 plan had not started yet.
  await expect(page.getByTestId('uncovered-housing-sublet-agreements')).toContainText(
    'Ingen av de 2 tilknyttede tiltakene er aktive i 2024.',
  );
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
