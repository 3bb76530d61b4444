import type { Locator, Page } from '@playwright/test';
import { expect, seriousViolations, test, waitForDb, downloaded } from './fixtures.ts';

const DRUNK_TITLE = 'Har vært beruset siste 12 måneder';

/** Opens an item's export menu and downloads one format. */
async function exportFrom(page: Page, item: Locator, format: 'png' | 'svg' | 'csv') {
  await item.getByTestId('export-menu').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    item.getByTestId(`export-${format}`).click(),
  ]);
  return { name: file.suggestedFilename(), body: await downloaded(file) };
}

/** A PNG's size from its header, and whether the browser decodes it into a picture with ink. */
async function checkPng(page: Page, png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThanOrEqual(1600);
  expect(height).toBeGreaterThan(300);
  const drawn = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4)
      if ((d[i] as number) + (d[i + 1] as number) + (d[i + 2] as number) < 200) dark++;
    return { w: img.naturalWidth, h: img.naturalHeight, dark };
  }, png.toString('base64'));
  expect(drawn.w).toBe(width);
  expect(drawn.h).toBe(height);
  // Dark pixels are the title, the caption and the source: a blank or failed picture has none.
  expect(drawn.dark).toBeGreaterThan(2000);
}

/** What was put on the clipboard, as HTML and as plain text. */
async function clipboard(page: Page): Promise<{ html: string; text: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return { html: '', text: '' };
    const html = await (await item.getType('text/html')).text();
    const text = await (await item.getType('text/plain')).text();
    return { html, text };
  });
}

test.describe('from Trender', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('#/trender?geo=1554&ind=ungdata-drunk-12m');
    await waitForDb(page);
    await expect(page.getByTestId('view-trender')).toHaveAttribute('data-load', 'ready');
  });

  test('PNG, SVG and CSV download with the title, source and period in them', async ({ page }) => {
    const card = page.getByTestId('chart-ungdata-drunk-12m');
    await expect(card.getByTestId('chart-source')).toContainText('NOVA (Ungdata)');

    const svg = await exportFrom(page, card, 'svg');
    expect(svg.name).toBe('har-vaert-beruset-siste-12-maneder-averoy.svg');
    const text = svg.body.toString('utf8');
    expect(text).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain(`<title>${DRUNK_TITLE}</title>`);
    expect(text).toContain('Kilde: NOVA (Ungdata)');
    expect(text).toContain('Periode: 2015–2020.');
    // The summary sentence and the legend are in the picture too.
    expect(text).toContain('falt fra 25 % i 2015 til 10 % i 2020');
    expect(text).toMatch(/<text [^>]*>Averøy<\/text>/);
    expect(text).not.toMatch(/tabindex|data-testid|<script/);

    const png = await exportFrom(page, card, 'png');
    expect(png.name).toBe('har-vaert-beruset-siste-12-maneder-averoy.png');
    await checkPng(page, png.body);

    const csv = await exportFrom(page, card, 'csv');
    expect(csv.name).toBe('har-vaert-beruset-siste-12-maneder-averoy.csv');
    const body = csv.body.toString('utf8');
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const [head, ...lines] = body.slice(1).trim().split('\r\n');
    const cols = (head ?? '').split(';');
    expect(cols).toEqual(expect.arrayContaining(['period', 'value', 'status', 'source']));
    const row2015 = lines.find((l) => l.startsWith('ungdata-drunk-12m;1554;Averøy;2015;'));
    const cells = (row2015 ?? '').split(';');
    expect(cells[cols.indexOf('value')]).toBe('25');
    expect(cells[cols.indexOf('indicator')]).toBe(DRUNK_TITLE);
    expect(cells[cols.indexOf('source')]).toContain('NOVA (Ungdata)');
  });

  test('"Kopier som tabell" puts the figures on the clipboard as a table and as text', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const card = page.getByTestId('chart-ungdata-drunk-12m');
    await card.getByTestId('export-menu').click();
    await card.getByTestId('export-copy').click();
    await expect(card.getByTestId('export-message')).toHaveText(/Tabellen er kopiert/);
    const { html, text } = await clipboard(page);
    expect(html).toContain('<table');
    expect(html).toContain(`<caption>${DRUNK_TITLE}`);
    expect(html).toContain('<th>Averøy</th>');
    expect(html).toContain('<td>25 %</td>');
    const lines = text.split('\r\n');
    expect(lines[0]).toContain(DRUNK_TITLE);
    expect(lines).toContain('Periode\tAverøy');
    expect(lines).toContain('2015\t25 %');
    expect(lines).toContain('2020\t10 %');
    expect(text).toContain('Kilde: NOVA (Ungdata)');
  });

  test('the menu works by keyboard and has names; axe finds nothing serious with it open', async ({
    page,
  }) => {
    test.slow(); // axe over a whole Trender page takes a while on a busy machine
    const card = page.getByTestId('chart-ungdata-drunk-12m');
    const button = card.getByRole('button', { name: `Eksporter «${DRUNK_TITLE}»` });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const group = card.getByRole('group', { name: `Eksporter «${DRUNK_TITLE}»` });
    await expect(group.getByRole('button', { name: 'PNG-bilde' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(group.getByRole('button', { name: 'SVG-bilde' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(group.getByRole('button', { name: 'Kopier som tabell' })).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    await expect(group).toBeHidden();
  });

  test('in English the menu and the files speak English', async ({ page }) => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('view-trender')).toHaveAttribute('data-load', 'ready');
    const card = page.getByTestId('chart-ungdata-drunk-12m');
    await expect(card.getByRole('button', { name: /^Export “/ })).toBeVisible();
    const svg = await exportFrom(page, card, 'svg');
    expect(svg.body.toString('utf8')).toContain('Source: NOVA (Ungdata)');
  });
});

test.describe('from Oversikt', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('#/oversikt?geo=1554');
    await waitForDb(page);
    await expect(page.getByTestId('view-oversikt')).toHaveAttribute('data-load', 'ready');
  });

  test('a theme’s tile group downloads as PNG, SVG and CSV with its title and source', async ({
    page,
  }) => {
    const group = page.getByTestId('theme-youth-substance');
    const title = ((await group.locator('h3').textContent()) ?? '').trim();
    expect(title.length).toBeGreaterThan(3);

    const svg = await exportFrom(page, group, 'svg');
    expect(svg.name).toMatch(/^[a-z0-9-]+-averoy\.svg$/);
    const text = svg.body.toString('utf8');
    expect(text).toContain(`<title>${title}</title>`);
    expect(text).toContain('Kilde: ');
    expect(text).toContain('NOVA (Ungdata)');
    expect(text).toContain('Periode: ');
    // The tiles are in the picture (long names wrap over lines, so a short one is checked).
    expect(text).toMatch(/<text [^>]*>Røyker minst ukentlig<\/text>/);

    const png = await exportFrom(page, group, 'png');
    expect(png.name).toBe(svg.name.replace(/svg$/, 'png'));
    await checkPng(page, png.body);

    const csv = await exportFrom(page, group, 'csv');
    const body = csv.body.toString('utf8');
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const [head, ...lines] = body.slice(1).trim().split('\r\n');
    const cols = (head ?? '').split(';');
    const row = lines.find((l) => l.startsWith('ungdata-drunk-12m;'))?.split(';') ?? [];
    expect(row[cols.indexOf('indicator')]).toBe(DRUNK_TITLE);
    expect(row[cols.indexOf('period')]).toBe('2020');
    expect(row[cols.indexOf('value')]).toBe('10');
    expect(row[cols.indexOf('source')]).toContain('NOVA (Ungdata)');
    // Every tile of the group is a row.
    await expect(group.locator('.tiles > li')).toHaveCount(lines.length);
  });

  test('"Kopier som tabell" puts the tiles’ figures on the clipboard', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const group = page.getByTestId('theme-youth-substance');
    await group.getByTestId('export-menu').click();
    await group.getByTestId('export-copy').click();
    await expect(group.getByTestId('export-message')).toHaveText(/Tabellen er kopiert/);
    const { html, text } = await clipboard(page);
    expect(html).toContain('<th>Indikator</th>');
    expect(html).toContain(`<td>${DRUNK_TITLE}</td>`);
    const drunk = text.split('\r\n').find((l) => l.startsWith(DRUNK_TITLE));
    expect(drunk?.split('\t').slice(1, 3)).toEqual(['2020', '10 %']);
    expect(text).toContain('Kilde: ');
  });
});

test('the Dekning gap list has the export menu too', async ({ page }) => {
  await page.goto('#/dekning?geo=1554&year=2026');
  await waitForDb(page);
  await expect(page.getByTestId('view-dekning')).toHaveAttribute('data-load', 'ready');
  const list = page.getByTestId('uncovered-list');
  const csv = await exportFrom(page, list, 'csv');
  const lines = csv.body.toString('utf8').trim().split('\r\n');
  expect(lines[0]).toContain(';reason;source');
  expect(lines).toHaveLength(1 + Number(await list.getAttribute('data-count')));
});
