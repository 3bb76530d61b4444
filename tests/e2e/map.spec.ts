import type { Page } from '@playwright/test';
import { expect, seriousViolations, test, waitForDb } from './fixtures.ts';

// DuckDB-wasm and the borders load on a machine that may be busy: give the view time to be ready.
test.setTimeout(120_000);

async function openMap(page: Page, hash: string): Promise<void> {
  await page.goto(hash);
  await waitForDb(page);
  await expect(page.getByTestId('view-kart')).toHaveAttribute('data-load', 'ready', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('map-place').first()).toBeAttached();
}

/** "Name: value" for every place on the map and every row of the table. */
async function mapAndTable(page: Page) {
  const map = await page.getByTestId('map-place').evaluateAll((els) =>
    els.map((e) => ({
      label: e.getAttribute('aria-label') ?? '',
      status: e.getAttribute('data-status'),
    })),
  );
  const table = await page
    .getByTestId('map-table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => ({
        label: `${r.querySelector('td a')?.textContent ?? ''}: ${r.querySelector('[data-testid=map-table-value]')?.textContent ?? ''}`,
        status: r.getAttribute('data-status'),
      })),
    );
  return { map, table };
}

/** Clicks inside a place's shape (its box's centre may lie in a neighbour). */
async function clickPlace(page: Page, code: string): Promise<void> {
  const path = page.locator(`[data-testid=map-place][data-code="${code}"]`);
  await path.scrollIntoViewIfNeeded();
  const point = await path.evaluate((el) => {
    const p = el as SVGPathElement;
    const svg = p.ownerSVGElement!;
    const box = p.getBBox();
    for (let i = 1; i < 20; i++)
      for (let j = 1; j < 20; j++) {
        const pt = svg.createSVGPoint();
        pt.x = box.x + (box.width * i) / 20;
        pt.y = box.y + (box.height * j) / 20;
        if (p.isPointInFill(pt)) {
          const r = svg.getBoundingClientRect();
          return { x: r.left + pt.x, y: r.top + pt.y };
        }
      }
    return null;
  });
  expect(point, `a point inside ${code}`).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

test('the population map draws every municipality with the figures its table lists', async ({
  page,
  outside,
}) => {
  await openMap(page, '#/kart?ind=population');
  const { map, table } = await mapAndTable(page);
  const withValue = map.filter((m) => m.status === 'ok');
  expect(withValue).toHaveLength(357);
  expect(table.filter((r) => r.status === 'ok')).toHaveLength(withValue.length);
  expect(table.map((r) => r.label).sort()).toEqual(map.map((m) => m.label).sort());
  await expect(page.getByRole('heading', { level: 3, name: 'Befolkning, 2024' })).toBeVisible();
  // Oslo has 717 710 inhabitants on 1 January 2024 (SSB 07459).
  expect(map.map((m) => m.label)).toContain('Oslo: 717\u00a0710');
  // The legend states the breaks, ending at the largest figure, and how to read the colours.
  const legend = page.getByTestId('map-legend');
  await expect(legend.getByTestId('map-legend-entry')).toHaveCount(5);
  await expect(legend).toContainText('717\u00a0710');
  await expect(legend).toContainText('Høyere verdier er mørkere');
  await expect(page.getByTestId('map-svg')).toContainText('Kartverket');
  // Averøy, the remembered place, is outlined.
  await expect(page.getByTestId('map-selected')).toBeAttached();
  expect(outside).toEqual([]);
});

test('suppressed and missing figures are drawn apart from the scale, and listed as such', async ({
  page,
}) => {
  await openMap(page, '#/kart?ind=fhi-ungdata-depressive-symptoms&period=2024&geo=4003');
  const { map, table } = await mapAndTable(page);
  expect(map).toHaveLength(17);
  const count = (rows: { status: string | null }[], s: string) =>
    rows.filter((r) => r.status === s).length;
  for (const s of ['ok', 'missing', 'suppressed']) expect(count(map, s)).toBe(count(table, s));
  expect(count(map, 'suppressed')).toBeGreaterThan(0);
  expect(table.map((r) => r.label).sort()).toEqual(map.map((m) => m.label).sort());
  const suppressed = page.locator('[data-testid=map-place][data-status=suppressed]').first();
  await expect(suppressed).toHaveAttribute('fill', /^url\(#/);
  await expect(page.getByTestId('map-legend')).toContainText('Skjult');
  await expect(page.getByTestId('map-legend')).toContainText('Ingen tall');
});

test('clicking a municipality opens Oversikt for it', async ({ page }) => {
  await openMap(page, '#/kart?ind=fhi-ungdata-depressive-symptoms&period=2024&geo=4003');
  await clickPlace(page, '4036');
  await expect(page).toHaveURL(/#\/oversikt\?geo=4036/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Oversikt: Vinje');
});

test('keyboard focus shows the tooltip, arrows move on and Enter opens Oversikt', async ({
  page,
}) => {
  await openMap(page, '#/kart?ind=fhi-ungdata-depressive-symptoms&period=2024&geo=4003');
  // The last filter (the place picker comes first, as in Trender).
  await page.getByTestId('map-period').focus();
  await page.keyboard.press('Tab');
  const focused = page.locator('[data-testid=map-place]:focus');
  // The map's tab stop is the chosen municipality.
  await expect(focused).toHaveAttribute('data-code', '4003');
  const tip = page.getByTestId('map-tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Skien');
  await expect(tip).toContainText('Periode: 2024');
  await expect(tip).toContainText('Kilde: Folkehelseinstituttet');
  const label = await focused.getAttribute('aria-label');
  expect(label).toMatch(/^Skien: /);
  await expect(tip).toContainText(label!.replace(/^Skien: /, ''));
  await page.keyboard.press('ArrowRight');
  await expect(focused).not.toHaveAttribute('data-code', '4003');
  const next = await focused.getAttribute('data-code');
  const nextName = (await focused.getAttribute('aria-label'))!.split(':')[0]!;
  await expect(tip).toContainText(nextName);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/oversikt\\?geo=${next}`));
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(`Oversikt: ${nextName}`);
});

test('the table sorts by value, and a name opens Oversikt', async ({ page }) => {
  await openMap(page, '#/kart?ind=population&period=2024');
  await page.getByTestId('map-sort-value').click();
  await page.getByTestId('map-sort-value').click();
  const first = page.getByTestId('map-table').locator('tbody tr').first();
  await expect(first).toHaveAttribute('data-code', '0301');
  await first.getByRole('link').click();
  await expect(page).toHaveURL(/#\/oversikt\?geo=0301/);
});

test('axe finds no serious or critical violation on the map view, counties in English too', async ({
  page,
}) => {
  await openMap(page, '#/kart');
  expect(await seriousViolations(page)).toEqual([]);
  await openMap(page, '#/kart?ind=population&level=fylke&lang=en');
  await expect(page.getByTestId('map-place')).toHaveCount(15);
  await expect(page.getByRole('heading', { level: 3, name: 'Population, 2024' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
