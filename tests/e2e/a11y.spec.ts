import { expect, seriousViolations, test, waitForDb } from './fixtures.ts';

const VIEWS = ['oversikt', 'trender', 'kart', 'dekning', 'tiltak', 'data', 'mote'];

for (const view of VIEWS) {
  test(`axe finds no serious or critical violation on ${view}`, async ({ page }) => {
    await page.goto(`#/${view}`);
    await waitForDb(page);
    await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe passes with a data table open and in English', async ({ page }) => {
  await page.goto('#/trender?geo=3447&lang=en');
  await waitForDb(page);
  await page.getByRole('button', { name: 'Show the figures as a table' }).first().click();
  expect(await seriousViolations(page)).toEqual([]);
});

test('every view is reachable by keyboard from the navigation', async ({ page }) => {
  await page.goto('#/trender');
  const nav = page.getByRole('navigation');
  await nav.getByRole('link', { name: 'Data' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/data/);
  await expect(page.getByRole('heading', { level: 2, name: 'Data' })).toBeVisible();
});
