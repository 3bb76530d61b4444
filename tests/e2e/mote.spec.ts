import type { Page } from '@playwright/test';
import { expect, seriousViolations, test, waitForDb, downloaded } from './fixtures.ts';

const DRUNK = 'trend~1554~ungdata-drunk-12m';
const DECK = [
  DRUNK,
  'tiles~1554~youth-substance',
  'gaps~1554',
  'trend~3447~med-antidepressants',
  'tiles~3320~youth-mental-health',
].join(',');

/** Opens the Møte view on a deck and waits until its slides are loaded. */
async function openDeck(page: Page, deck: string, extra = ''): Promise<void> {
  await page.goto(`#/mote?deck=${deck}${extra}`);
  await waitForDb(page);
  await expect(page.getByTestId('view-mote')).toHaveAttribute('data-load', 'ready');
  await expect(page.getByTestId('deck-item-1')).toBeVisible();
}

const counter = (page: Page) => page.getByTestId('slide-counter');

test('pin a chart, a tile group and the gap list; the deck lives in the URL and the browser, and reorders by keyboard', async ({
  page,
  browser,
}) => {
  await page.goto('#/trender?geo=1554&ind=ungdata-drunk-12m');
  await waitForDb(page);
  const pin = page.getByTestId('pin-trend~1554~ungdata-drunk-12m');
  await expect(pin).toHaveAccessibleName('Fest til møte: Har vært beruset siste 12 måneder');
  await pin.click();
  await expect(pin).toHaveText('Festet til møte');
  await expect(pin).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('navigation').getByRole('link', { name: 'Oversikt' }).click();
  await page.getByRole('button', { name: 'Fest til møte: Rusbruk blant unge' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Dekning' }).click();
  await page.getByRole('button', { name: 'Fest til møte: Uten aktive tiltak' }).click();

  await page.getByRole('navigation').getByRole('link', { name: 'Møte' }).click();
  const items = page.locator('.deck-item h3');
  await expect(items).toHaveText([
    /Har vært beruset siste 12 måneder/,
    /Rusbruk blant unge/,
    /Uten aktive tiltak/,
  ]);
  await expect(page).toHaveURL(
    /#\/mote\?deck=trend~1554~ungdata-drunk-12m,tiles~1554~youth-substance,gaps~1554$/,
  );

  // Reorder with the keyboard: move the chart down, then back up.
  await page.getByTestId('deck-item-1').getByTestId('move-down').focus();
  await page.keyboard.press('Enter');
  await expect(items.nth(0)).toContainText('Rusbruk blant unge');
  await expect(items.nth(1)).toContainText('Har vært beruset');
  await expect(page).toHaveURL(/deck=tiles~1554~youth-substance,trend~1554~ungdata-drunk-12m,/);
  await expect(page.getByTestId('deck-item-2').getByTestId('move-down')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('deck-item-2').getByTestId('move-up')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(items.nth(0)).toContainText('Har vært beruset');

  // The browser keeps it; a link opens it on another machine (a fresh browser context).
  const link = page.url();
  await page.reload();
  await waitForDb(page);
  await expect(items).toHaveCount(3);
  const other = await browser.newContext();
  const there = await other.newPage();
  await there.goto(link);
  // A fresh browser starts DuckDB from nothing: the deck's slides load once it is up.
  await waitForDb(there);
  await expect(there.locator('.deck-item h3')).toHaveText([
    /Har vært beruset/,
    /Rusbruk blant unge/,
    /Uten aktive tiltak/,
  ]);
  await other.close();

  // Remove, and the pin button in Trender follows.
  await page.getByRole('button', { name: 'Fjern: «Uten aktive tiltak»' }).click();
  await expect(items).toHaveCount(2);
  await expect(page).toHaveURL(/deck=trend~1554~ungdata-drunk-12m,tiles~1554~youth-substance$/);
  await page.goto('#/trender?geo=1554&ind=ungdata-drunk-12m');
  await expect(
    page.getByRole('button', { name: 'Festet til møte: Har vært beruset siste 12 måneder' }),
  ).toHaveAttribute('aria-pressed', 'true');
});

test('the presentation moves by ArrowRight, PageDown, Space, Home and End; N shows notes; Esc leaves', async ({
  page,
}) => {
  await openDeck(page, DECK);
  const start = page.getByTestId('start-presentation');
  await start.click();
  const show = page.getByTestId('presentation');
  await expect(show).toBeVisible();
  await expect(counter(page)).toHaveText('1 / 5');
  await expect(show.getByTestId('slide-title')).toHaveText('Har vært beruset siste 12 måneder');
  await expect(show.getByTestId('chart-point')).toHaveCount(3);

  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('2 / 5');
  await expect(show.getByTestId('slide-title')).toHaveText('Rusbruk blant unge');
  await page.keyboard.press('PageDown');
  await expect(counter(page)).toHaveText('3 / 5');
  await page.keyboard.press('Space');
  await expect(counter(page)).toHaveText('4 / 5');
  await page.keyboard.press('End');
  await expect(counter(page)).toHaveText('5 / 5');
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toHaveText('5 / 5');
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toHaveText('4 / 5');
  await page.keyboard.press('ArrowLeft');
  await expect(counter(page)).toHaveText('3 / 5');
  await page.keyboard.press('Home');
  await expect(counter(page)).toHaveText('1 / 5');
  await expect(page).toHaveURL(/show=1/);

  await page.keyboard.press('n');
  await expect(show.getByTestId('speaker-notes')).toContainText('Averøy: fra 25 % i 2015 til 10 %');
  await expect(show.getByTestId('notes-toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('N');
  await expect(show.getByTestId('speaker-notes')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
  await expect(page).not.toHaveURL(/show=/);
  await expect(start).toBeFocused();
});

test('speaker notes never cover the chart: below the slide, or in a presenter window that steers the show', async ({
  page,
  context,
}) => {
  await openDeck(page, DECK);
  await page.getByTestId('start-presentation').click();
  const show = page.getByTestId('presentation');
  await expect(counter(page)).toHaveText('1 / 5');
  await page.keyboard.press('n');
  const notes = show.getByTestId('speaker-notes');
  await expect(notes).toBeVisible();
  // Once the slide has re-measured its figure (a ResizeObserver, so a frame or more later), the
  // notes start below the chart's bottom edge: they cover none of it.
  await expect
    .poll(async () => {
      const chart = await show.locator('.slide-figure svg').first().boundingBox();
      const box = await notes.boundingBox();
      return chart && box ? box.y - (chart.y + chart.height) : Number.NaN;
    })
    .toBeGreaterThanOrEqual(-1);

  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    show.getByTestId('presenter-window').click(),
  ]);
  await presenter.waitForLoadState();
  const pane = presenter.getByTestId('presenter-notes');
  await expect(pane).toContainText('Averøy: fra 25 % i 2015 til 10 %');
  await expect(pane).toContainText('Neste lysbilde: Rusbruk blant unge');
  // The presenter's Next moves the audience's slide, and the audience's keys move the notes.
  await presenter.getByTestId('presenter-next').click();
  await expect(counter(page)).toHaveText('2 / 5');
  await expect(presenter.getByTestId('presenter-counter')).toHaveText('Lysbilde 2 av 5');
  await page.bringToFront();
  await show.focus();
  await page.keyboard.press('End');
  await expect(presenter.getByTestId('presenter-counter')).toHaveText('Lysbilde 5 av 5');
  await expect(pane).toContainText('Dette er siste lysbilde.');
  expect(await seriousViolations(presenter)).toEqual([]);
});

test('the presentation also works by its buttons, and a link can open it at a slide', async ({
  page,
}) => {
  await openDeck(page, DECK, '&show=4');
  const show = page.getByTestId('presentation');
  await expect(counter(page)).toHaveText('4 / 5');
  await expect(show.getByTestId('slide-title')).toHaveText('Brukere av antidepressiva');
  await show.getByTestId('slide-next').click();
  await expect(counter(page)).toHaveText('5 / 5');
  await expect(show.getByTestId('slide-next')).toBeDisabled();
  await show.getByTestId('slide-prev').click();
  await expect(counter(page)).toHaveText('4 / 5');
  await show.getByTestId('presentation-exit').click();
  await expect(show).toHaveCount(0);
});

test('a caption’s numbers match the data: Averøy drunk in the last 12 months, 25 % in 2015 and 10 % in 2020', async ({
  page,
}) => {
  await openDeck(page, DRUNK);
  const item = page.getByTestId('deck-item-1');
  const values = await item
    .getByTestId('chart-point')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
  expect(values).toEqual([25, 20, 10]);
  const caption = item.getByTestId('deck-caption');
  await expect(caption).toContainText(
    'Andelen ungdomsskoleelever i Averøy som svarte «har vært beruset siste 12 måneder», falt fra 25 % i 2015 til 10 % i 2020.',
  );
  await expect(caption).toContainText('Usikkerheten i tallene er ukjent.');

  await page.getByTestId('start-presentation').click();
  await expect(page.getByTestId('slide-caption')).toContainText(
    'falt fra 25 % i 2015 til 10 % i 2020',
  );
  await page.keyboard.press('Escape');

  // English, through the language switch.
  await page.getByTestId('lang-en').click();
  await expect(caption).toContainText('fell from 25% in 2015 to 10% in 2020');
  await expect(caption).toContainText('The uncertainty of the figures is not known.');
});

test('a caption can be edited, is kept after a reload, and can be reset', async ({ page }) => {
  await openDeck(page, DRUNK);
  const item = page.getByTestId('deck-item-1');
  await item.getByRole('button', { name: /Rediger forklaringen/ }).click();
  const field = item.getByTestId('caption-input');
  await expect(field).toBeFocused();
  await field.fill('Færre unge drikker seg fulle enn før.');
  await item.getByRole('button', { name: 'Lagre teksten' }).click();
  await expect(item.getByTestId('deck-caption')).toHaveText(
    'Færre unge drikker seg fulle enn før.',
  );
  await page.reload();
  await expect(item.getByTestId('deck-caption')).toHaveText(
    'Færre unge drikker seg fulle enn før.',
  );
  await page.getByTestId('start-presentation').click();
  await expect(page.getByTestId('slide-caption')).toHaveText(
    'Færre unge drikker seg fulle enn før.',
  );
  await page.keyboard.press('Escape');
  await item.getByTestId('caption-reset').click();
  await expect(item.getByTestId('deck-caption')).toContainText('falt fra 25 % i 2015 til 10 %');
});

test('PNG and SVG exports hold the chart with its title, source and period; CSV holds the figures', async ({
  page,
}) => {
  await openDeck(page, DRUNK);
  const item = page.getByTestId('deck-item-1');

  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    item.getByTestId('export-svg').click(),
  ]);
  expect(svgFile.suggestedFilename()).toBe('har-vaert-beruset-siste-12-maneder-averoy.svg');
  const svg = (await downloaded(svgFile)).toString('utf8');
  expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('Har vært beruset siste 12 måneder');
  expect(svg).toContain(
    'Kilde: NOVA (Ungdata), gjengitt i Averøy kommune, Ruspolitisk handlingsplan',
  );
  expect(svg).toContain('Periode: 2015–2020.');
  expect(svg).toContain('falt fra 25 % i 2015 til 10 % i 2020');
  expect(svg.match(/<path [^>]*stroke="#0b4f9c"/g)?.length).toBeGreaterThan(0);
  expect(svg).not.toMatch(/tabindex|data-testid|<script/);

  const [pngFile] = await Promise.all([
    page.waitForEvent('download'),
    item.getByTestId('export-png').click(),
  ]);
  expect(pngFile.suggestedFilename()).toBe('har-vaert-beruset-siste-12-maneder-averoy.png');
  const png = await downloaded(pngFile);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(1600);
  expect(width).toBeLessThanOrEqual(4000);
  expect(height).toBeGreaterThan(800);
  expect(height).toBeLessThan(width);
  expect(png.length).toBeGreaterThan(20_000);

  // The PNG really is the picture: drawn back, it has the chart's blue line in it.
  const blue = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4)
      if (d[i] === 0x0b && d[i + 1] === 0x4f && d[i + 2] === 0x9c) n++;
    return n;
  }, png.toString('base64'));
  expect(blue).toBeGreaterThan(1000);

  const [csvFile] = await Promise.all([
    page.waitForEvent('download'),
    item.getByTestId('export-csv').click(),
  ]);
  const csv = (await downloaded(csvFile)).toString('utf8');
  expect(csv.split('\r\n')[0]).toContain('indicator_id;geo_code;geo_name;period');
  expect(csv).toContain('ungdata-drunk-12m;1554;Averøy;2015;2015;2015;all;grade_8_10;25;percent');
  expect(csv).toContain(';10;percent;');
});

test('the HTML deck opens in Chromium with JavaScript disabled and shows every slide', async ({
  page,
  browser,
}) => {
  await openDeck(page, DECK);
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-html').click(),
  ]);
  const html = (await downloaded(file)).toString('utf8');
  expect(html).not.toMatch(/<script/i);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const offline = await context.newPage();
  const requests: string[] = [];
  offline.on('request', (r) => requests.push(r.url()));
  await offline.setContent(html);
  const slides = offline.locator('section.slide');
  await expect(slides).toHaveCount(5);
  for (let i = 0; i < 5; i++) {
    await slides.nth(i).scrollIntoViewIfNeeded();
    await expect(slides.nth(i)).toBeVisible();
    await expect(slides.nth(i).locator('h2')).toBeVisible();
    await expect(slides.nth(i).locator('figure > svg')).toBeVisible();
  }
  await expect(slides.nth(0)).toContainText('Lysbilde 1 av 5');
  await expect(slides.nth(0)).toContainText('falt fra 25 % i 2015 til 10 % i 2020');
  await expect(slides.nth(0)).toContainText('Kilde: NOVA (Ungdata)');
  await expect(slides.nth(3).locator('h2')).toHaveText('Brukere av antidepressiva');
  expect(requests.filter((r) => !r.startsWith('data:') && r !== 'about:blank')).toEqual([]);
  await context.close();
});

test('the print stylesheet prints one slide per page without the app around it', async ({
  page,
}) => {
  await openDeck(page, DECK);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.getByTestId('start-presentation')).toBeHidden();
  const breaks = await page
    .locator('.deck-item')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).breakAfter));
  expect(breaks).toEqual(['page', 'page', 'page', 'page', 'auto']);
  // Each slide fits its page: nothing is pushed onto a page of its own or cut off.
  const overflow = await page
    .locator('.deck-item')
    .evaluateAll((els) => els.map((e) => e.scrollHeight - e.clientHeight));
  expect(overflow.every((d) => d <= 1)).toBe(true);
  // page.pdf prints with the emulated media, so it stays 'print' here.
  const pdf = await page.pdf({ landscape: true, format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(5);
});

test('once the service worker has taken control, an offline reload still draws the charts', async ({
  page,
  context,
}) => {
  await openDeck(page, DRUNK);
  await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready', {
    timeout: 45_000,
  });
  await expect(page.getByTestId('offline-status')).toHaveText('Tilgjengelig uten nett');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  try {
    await page.reload();
    await waitForDb(page);
    await expect(page.getByTestId('deck-item-1').getByTestId('chart-point')).toHaveCount(3);
    await page.getByTestId('start-presentation').click();
    await expect(page.getByTestId('presentation').getByTestId('chart-point')).toHaveCount(3);
    await page.keyboard.press('Escape');
    await page.goto('#/trender?geo=3447&ind=med-antidepressants');
    await expect(
      page.getByTestId('chart-med-antidepressants').getByTestId('chart-point'),
    ).toHaveCount(5);
  } finally {
    await context.setOffline(false);
  }
});

test('axe finds no serious or critical violation on Møte: overview, presentation, notes, English', async ({
  page,
}) => {
  // Five full slides, checked four times: axe needs more than the default minute on a busy machine.
  test.slow();
  await openDeck(page, DECK);
  expect(await seriousViolations(page)).toEqual([]);
  await page
    .getByTestId('deck-item-1')
    .getByRole('button', { name: /Rediger forklaringen/ })
    .click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await page.getByTestId('start-presentation').click();
  await expect(counter(page)).toHaveText('1 / 5');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('n');
  await expect(page.getByTestId('speaker-notes')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByTestId('lang-en').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Meeting' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('an empty deck says how to pin', async ({ page }) => {
  await page.goto('#/mote');
  await expect(page.getByTestId('deck-empty')).toContainText('Fest til møte');
  await expect(page.getByTestId('start-presentation')).toHaveCount(0);
});
