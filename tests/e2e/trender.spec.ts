import type { Page } from '@playwright/test';
import { expect, test, waitForDb } from './fixtures.ts';

/** Holds DuckDB's wasm back until the returned function is called. */
async function holdDuckDb(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/duckdb-eh.*\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('Trender draws Averøy: drunk in the last 12 months is 25, 20 and 10 %', async ({
  page,
  outside,
}) => {
  await page.goto('#/trender?geo=1554&theme=youth-substance');
  await waitForDb(page);
  const card = page.getByTestId('chart-ungdata-drunk-12m');
  await expect(
    card.getByRole('heading', { name: 'Har vært beruset siste 12 måneder' }),
  ).toBeVisible();
  const points = card.getByTestId('chart-point');
  await expect(points).toHaveCount(3);
  const values = await points.evaluateAll((els) =>
    els.map((e) => Number(e.getAttribute('data-value'))),
  );
  expect(values).toEqual([25, 20, 10]);
  await expect(card.getByTestId('chart-summary')).toContainText('fra 25 % i 2015 til 10 % i 2020');
  await expect(card.getByTestId('chart-source')).toContainText(
    'Ruspolitisk handlingsplan 2021–2024',
  );
  expect(outside).toEqual([]);
});

test('a point shows its figure on keyboard focus, and the table toggle lists every period', async ({
  page,
}) => {
  await page.goto('#/trender?geo=1554&ind=ungdata-drunk-12m');
  const card = page.getByTestId('chart-ungdata-drunk-12m');
  await card.getByTestId('chart-point').first().focus();
  await expect(card.locator('.chart-tooltip')).toHaveText(/Averøy, 2015: 25 %/);
  await card.getByRole('button', { name: 'Vis tallene som tabell' }).click();
  const rows = card.getByTestId('chart-table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText('2020');
  await expect(rows.nth(2)).toContainText('10 %');
});

test('three-year periods are drawn as spans with Norway as the reference', async ({ page }) => {
  await page.goto('#/trender?geo=3447&ind=med-antidepressants');
  await waitForDb(page);
  const card = page.getByTestId('chart-med-antidepressants');
  await expect(card.getByTestId('chart-point')).toHaveCount(5);
  await expect(card.getByTestId('chart-ref-point')).toHaveCount(5);
  await expect(card.getByTestId('chart-summary')).toContainText('2009–2011');
  await expect(card.locator('.chart-legend')).toContainText('Norge');
});

test('a copied link reopens the same view', async ({ page, context }) => {
  await page.goto('#/trender?geo=1554');
  await waitForDb(page);
  await page.getByTestId('place-select').selectOption('3447');
  await expect(page.getByTestId('chart-med-psychotropic')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Brukere av antipsykotika' }).uncheck();
  await expect(page.getByTestId('chart-med-antipsychotics')).toHaveCount(0);
  const link = page.url();
  const titles = await page.locator('.chart-title').allInnerTexts();

  const other = await context.newPage();
  await other.goto(link);
  await waitForDb(other);
  await expect(other.locator('.chart-title')).toHaveText(titles);
  await expect(other.getByTestId('place-select')).toHaveValue('3447');
  await expect(other.getByRole('checkbox', { name: 'Brukere av antipsykotika' })).not.toBeChecked();
});

test('the language switch changes the labels and keeps the view', async ({ page }) => {
  await page.goto('#/trender?geo=1554&ind=ungdata-drunk-12m');
  await waitForDb(page);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Trender' })).toBeVisible();
  await page.getByTestId('lang-en').click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Trends' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('heading', { name: 'Drunk in the last 12 months' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(page.url()).toContain('lang=en');
  await page.reload();
  await waitForDb(page);
  await expect(page.getByRole('heading', { name: 'Drunk in the last 12 months' })).toBeVisible();
});

test('the start view and Trender draw their first charts before DuckDB-wasm has started', async ({
  page,
}) => {
  // Hold DuckDB's wasm back: the start view must still draw from the build-time snapshot.
  const release = await holdDuckDb(page);
  await page.goto('./');
  await expect(page.getByTestId('tile-ungdata-drunk-12m').getByTestId('sparkline')).toBeVisible();
  await expect(page.getByTestId('db-status')).toHaveAttribute('data-state', 'starting');
  await page.getByRole('navigation').getByRole('link', { name: 'Trender' }).click();
  const points = page.getByTestId('chart-ungdata-drunk-12m').getByTestId('chart-point');
  await expect(points).toHaveCount(3);
  await expect(page.getByTestId('db-status')).toHaveAttribute('data-state', 'starting');
  release();
  await waitForDb(page);
});

for (const [what, link, id] of [
  ['a place with a plan', '#/trender?geo=3447&ind=med-antidepressants', 'med-antidepressants'],
  ['a place without a plan', '#/trender?geo=3401&ind=population', 'population'],
] as const)
  test(`a link to one chart of ${what} draws from its snapshot files before DuckDB-wasm has started, with the figures DuckDB gives`, async ({
    page,
  }) => {
    const release = await holdDuckDb(page);
    await page.goto(link);
    const card = page.getByTestId(`chart-${id}`);
    await expect(card.getByTestId('chart-point').first()).toBeVisible();
    await expect(page.getByTestId('db-status')).toHaveAttribute('data-state', 'starting');
    const before = await card
      .getByTestId('chart-point')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(before.length).toBeGreaterThan(3);
    release();
    await waitForDb(page);
    // The same chart from DuckDB, in a fresh page load that skips the files (no held wasm).
    await page.unroute(/duckdb-eh.*\.wasm$/);
    await page.route(/generated\/snapshot\//, (route) => route.abort());
    await page.reload();
    await waitForDb(page);
    await expect(card.getByTestId('chart-point').first()).toBeVisible();
    const after = await card
      .getByTestId('chart-point')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(after).toEqual(before);
  });

test('linked measures are drawn under the chart, reachable by keyboard, with the plan period shaded', async ({
  page,
}) => {
  await page.goto('#/trender?geo=1554&ind=ungdata-drunk-12m');
  await waitForDb(page);
  const card = page.getByTestId('chart-ungdata-drunk-12m');
  const lanes = card.getByTestId('chart-measure');
  await expect(lanes.first()).toBeVisible();
  await expect(card.getByTestId('plan-band').first()).toContainText('Planperiode 2021–2024');
  await lanes.first().focus();
  await expect(card.locator('.chart-tooltip')).toContainText('Tiltak:');
  const label = await lanes.first().getAttribute('aria-label');
  expect(label).toMatch(/^Tiltak: .+, \d{4}(–\d{4})? \(.+\)$/);
  await card.getByText(/Tiltak i planene som skal påvirke denne indikatoren/).click();
  await expect(card.getByTestId('chart-measure-list').locator('li')).toHaveCount(
    await lanes.count(),
  );
});

test('a comparison group the plan cites is drawn as its own reference line', async ({ page }) => {
  await page.goto('#/trender?geo=3320&ind=staffing-mhsu-adults-per-10000');
  await waitForDb(page);
  const card = page.getByTestId('chart-staffing-mhsu-adults-per-10000');
  await expect(card.locator('.chart-legend')).toContainText(
    'Kommuner under 2 000 innbyggere (SINTEF)',
  );
  await expect(card.getByTestId('chart-ref-point')).not.toHaveCount(0);
});

test('a count draws the place’s own lines on its own scale, and says the references are in the table', async ({
  page,
}) => {
  await page.goto('#/trender?geo=3101&ind=population');
  await waitForDb(page);
  const card = page.getByTestId('chart-population');
  await expect(card.getByTestId('chart-not-drawn')).toHaveText(
    /^Østfold og Norge er ikke tegnet: antall for steder av ulik størrelse/,
  );
  await expect(card.getByTestId('chart-legend').locator('li')).toHaveText(['Halden']);
  // Every point drawn is Halden's: none is the county's or Norway's.
  const labels = await card
    .getByTestId('chart-point')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(labels.length).toBeGreaterThan(20);
  expect(labels.every((l) => l.startsWith('Halden'))).toBe(true);
  // The references' figures are still in the table.
  await card.getByRole('button', { name: 'Vis tallene som tabell' }).click();
  await expect(card.getByTestId('chart-table').locator('thead')).toContainText('Norge');
});
