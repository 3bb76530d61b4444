import type { Page } from '@playwright/test';
import { expect, seriousViolations, test } from './fixtures.ts';

// The machine these run on is shared: give DuckDB-wasm room to start (no speed is asserted here).
test.beforeEach(() => test.slow());

const waitForDb = (page: Page) =>
  expect(page.getByTestId('db-status')).toHaveAttribute('data-state', 'ready', {
    timeout: 120_000,
  });

test('nynorsk: the switch gives nynorsk labels, lang="nn", lang=nn in the link, and survives a reload', async ({
  page,
}) => {
  await page.goto('#/oversikt?geo=1554');
  await waitForDb(page);
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Trender' })).toBeVisible();
  const switcher = page.getByRole('group', { name: 'Språk' });
  await expect(switcher.getByRole('button')).toHaveText(['Bokmål', 'Nynorsk', 'English']);
  await page.getByTestId('lang-nn').click();

  await expect(nav.getByRole('link', { name: 'Trendar' })).toBeVisible();
  await expect(page.getByTestId('lang-nn')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('lang-nn')).toHaveAttribute('lang', 'nn');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  expect(page.url()).toContain('lang=nn');
  const check = async () => {
    await expect(page.getByText('Samanlikn med')).toBeVisible();
    const tile = page.getByTestId('tile-ungdata-cannabis-use');
    await expect(tile.getByTestId('verdict')).toContainText('Mogleg betre enn landet');
    await expect(tile).toContainText('1 prosentpoeng lågare (25 % lågare)');
    await expect(tile).toContainText('uvissa er ukjend');
    // Figures in Norwegian style (Chromium has no nn locale data; nb-NO writes them alike).
    await expect(page.locator('main')).toContainText(/8,4 per 1.000 mot 7,1 per 1.000/);
    await expect(
      page.getByText('Ingen data forlèt nettlesaren din.', { exact: false }),
    ).toBeVisible();
  };
  await check();
  await page.reload();
  await waitForDb(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await check();
});

test('nynorsk is remembered: a link without a language opens in nynorsk and then says so', async ({
  page,
}) => {
  await page.goto('#/dekning?geo=1554&lang=nn');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await page.goto('#/trender?geo=1554');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Trendar' })).toBeVisible();
  await expect(page).toHaveURL(/lang=nn/);
  await page.getByTestId('lang-nb').click();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Trender' })).toBeVisible();
  expect(page.url()).not.toContain('lang=');
  await page.goto('#/oversikt?geo=1554');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
});

for (const view of ['oversikt', 'dekning']) {
  test(`axe finds no serious or critical violation on ${view} in nynorsk`, async ({ page }) => {
    await page.goto(`#/${view}?geo=1554&lang=nn`);
    await waitForDb(page);
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('a comparison group is named in the language shown, in the picker and in the tiles', async ({
  page,
}) => {
  await page.goto('#/oversikt?geo=3320&ref=G-SINTEF-U2000&lang=en');
  await waitForDb(page);
  const select = page.getByTestId('reference-select');
  // The group is chosen once the places have loaded, which takes a while on a busy machine.
  await expect(select.locator('option:checked')).toHaveText(
    'Municipalities under 2,000 inhabitants (SINTEF)',
    { timeout: 60_000 },
  );
  const main = page.locator('main');
  await expect(main).toContainText('than Municipalities under 2,000 inhabitants (SINTEF)');
  await expect(main).not.toContainText('Kommuner under 2 000');
  await page.getByTestId('lang-nn').click();
  await expect(select.locator('option:checked')).toHaveText(
    'Kommunar under 2 000 innbyggjarar (SINTEF)',
  );
  await page.getByTestId('lang-nb').click();
  await expect(select.locator('option:checked')).toHaveText(
    'Kommuner under 2 000 innbyggere (SINTEF)',
  );
});
