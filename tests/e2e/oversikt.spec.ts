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
  await expect(tile.getByTestId('verdict')).toHaveAttribute('data-basis', 'difference');
  await expect(tile.getByTestId('verdict')).toContainText('Mulig bedre enn landet');
  await expect(tile).toContainText('Landet: 4 %');
  await expect(tile).toContainText('1 prosentpoeng lavere (25 % lavere)');
  await expect(tile).toContainText('usikkerheten er ukjent');
});

test('Søndre Land’s antidepressant tile says higher than Norway, 70 % higher, neither better nor worse – never like it', async ({
  page,
}) => {
  await page.goto('#/oversikt?geo=3447');
  await waitForDb(page);
  const tile = page.getByTestId('tile-med-antidepressants');
  const verdict = tile.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-verdict', 'higher');
  await expect(verdict).toContainText('Høyere enn landet');
  await expect(verdict).toContainText('verken bedre eller verre');
  await expect(tile).toContainText(
    '96,8 per 1 000 mot 56,8 per 1 000 for landet i 2013–2015, 70 % høyere',
  );
  await expect(tile.getByTestId('tile-tier')).toContainText('Merkbar forskjell');
  for (const id of [
    'med-antipsychotics',
    'med-adhd',
    'med-psychotropic',
    'med-hypnotics-anxiolytics',
  ])
    await expect(page.getByTestId(`tile-${id}`).getByTestId('verdict')).toHaveAttribute(
      'data-verdict',
      'higher',
    );
  // No tile anywhere calls a figure a quarter or more from its reference "like" or "about the same".
  await expect(page.getByTestId('view-oversikt')).not.toContainText('Som referansen');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(verdict).toContainText('Higher than Norway');
  await expect(tile).toContainText('70% higher');
});

test('with respondents known, the 95 % interval decides: Flå 2017 is judged against Norway', async ({
  page,
}) => {
  await page.goto('#/oversikt?geo=3320');
  await waitForDb(page);
  const tile = page.getByTestId('tile-ungdata-lonely');
  await expect(tile.getByTestId('verdict')).toHaveAttribute(
    'data-verdict',
    'no_certain_difference',
  );
  await expect(tile.getByTestId('verdict')).toContainText('Ingen sikker forskjell fra landet');
  await expect(tile).toContainText('95 %-intervallet 5,3–28,4 % omfatter tallet for landet');
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

test('the rules are explained in plain words, each word with a real example from the data', async ({
  page,
}) => {
  await page.goto('#/oversikt?geo=1554');
  await waitForDb(page);
  await page.getByText('Slik vurderer vi').click();
  const panel = page.getByTestId('how-we-judge');
  await expect(page.getByTestId('how-we-judge-body')).toHaveAttribute('data-load', 'ready');
  await expect(panel).toContainText('95 %-intervallet');
  await expect(panel).toContainText('Mulig risiko');
  await expect(panel).toContainText(
    'Eksempel fra tallene: Søndre Land, Brukere av antidepressiva. Høyere enn landet: 96,8 per 1 000',
  );
  await expect(panel).toContainText(
    'Flå, Mye plaget av ensomhet. Ingen sikker forskjell fra landet',
  );
});

test('compared with the comparison group the plan cites, Flå’s staffing for children is worse', async ({
  page,
}) => {
  await page.goto('#/oversikt?geo=3320');
  await waitForDb(page);
  await page.getByTestId('reference-select').selectOption('G-SINTEF-U2000');
  const tile = page.getByTestId('tile-staffing-mh-children-per-10000');
  await expect(tile.getByTestId('verdict')).toHaveAttribute('data-verdict', 'worse');
  await expect(tile.getByTestId('verdict')).toContainText('Mulig verre enn');
  await expect(tile).toHaveAttribute('data-tier', 'possible_risk');
  await expect(tile).toContainText('Kommuner under 2 000 innbyggere (SINTEF): 37');
  expect(page.url()).toContain('ref=G-SINTEF-U2000');
});

for (const [geo, name] of [
  ['1554', 'Averøy'],
  ['3447', 'Søndre Land'],
  ['3320', 'Flå'],
  ['5057', 'Ørland'],
] as const) {
  test(`${name}: the headline counts equal the tiles’ own counts`, async ({ page }) => {
    await page.goto(`#/oversikt?geo=${geo}`);
    await waitForDb(page);
    const view = page.getByTestId('view-oversikt');
    await expect(view).toHaveAttribute('data-load', 'ready');
    const summary = page.getByTestId('oversikt-summary');
    const tiles = view.locator('li.tile');
    const withFigures = await view.locator('li.tile:not([data-tier=""])').count();
    const uncovered = await view.locator('li.tile[data-uncovered="true"]').count();
    const badges = await view.getByTestId('gap-badge').count();
    expect(badges).toBe(uncovered);
    const zeroActive = await view.locator('li.tile[data-active="0"]:not([data-tier=""])').count();
    expect(zeroActive).toBe(uncovered);
    await expect(summary).toHaveAttribute('data-with-figures', String(withFigures));
    await expect(summary).toHaveAttribute('data-uncovered', String(uncovered));
    for (const tier of [
      'clear_risk',
      'possible_risk',
      'notable_difference',
      'no_signal',
      'cannot_judge',
    ]) {
      const n = await view.locator(`li.tile[data-tier="${tier}"]`).count();
      await expect(summary).toHaveAttribute(`data-tier-${tier}`, String(n));
    }
    if (withFigures === 0) await expect(summary).toContainText('ingen tall');
    else {
      await expect(summary).toContainText(`Av ${withFigures} indikatorer med tall`);
      if (uncovered > 0) await expect(summary).toContainText(`${uncovered} indikator`);
    }
    expect(await tiles.count()).toBeGreaterThanOrEqual(withFigures);
  });
}
