import type { Page } from '@playwright/test';
import { entryText, isPng, unzip } from '../support/unzip.ts';
import { expect, seriousViolations, test, downloaded } from './fixtures.ts';

const TEXT =
  'Tilgangen på alkohol i helgene er trolig en årsak. Dialogmøtet med ungdomsrådet i oktober pekte på at det mangler møteplasser.';

// The machine is shared: DuckDB may take longer to start than the common helper waits.
test.describe.configure({ timeout: 300_000 });

async function waitForDb(page: Page): Promise<void> {
  await expect(page.getByTestId('db-status')).toHaveAttribute('data-state', 'ready', {
    timeout: 120_000,
  });
}

async function openOversikt(page: Page): Promise<void> {
  await page.goto('/#/oversikt?geo=1554');
  await waitForDb(page);
  await expect(page.getByTestId('view-oversikt')).toHaveAttribute('data-load', 'ready');
}

test('an assessment is kept after a reload, seen by another tab, and the report holds it with the charts', async ({
  page,
  context,
}) => {
  await openOversikt(page);
  const other = await context.newPage();
  await openOversikt(other);

  const editor = page.getByTestId('assessment-youth-substance');
  const field = editor.getByLabel('Din vurdering: Rusbruk blant unge');
  await expect(field).toHaveValue('');
  await field.fill(TEXT);
  await editor.getByRole('button', { name: 'Lagre vurdering' }).click();
  await expect(editor.getByTestId('assessment-status')).toHaveText('Vurderingen er lagret.');
  // The other tab hears of it without a reload.
  await expect(other.getByTestId('assessment-youth-substance').getByRole('textbox')).toHaveValue(
    TEXT,
  );
  await other.close();

  await page.reload();
  await waitForDb(page);
  await expect(page.getByTestId('view-oversikt')).toHaveAttribute('data-load', 'ready');
  await expect(page.getByTestId('assessment-youth-substance').getByRole('textbox')).toHaveValue(
    TEXT,
  );
  expect(await seriousViolations(page)).toEqual([]);

  // The Word document.
  const [docxFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lag kunnskapsgrunnlag' }).click(),
  ]);
  expect(docxFile.suggestedFilename()).toMatch(
    /^kunnskapsgrunnlag-averoy-\d{4}-\d{2}-\d{2}\.docx$/,
  );
  await expect(page.getByTestId('report-status')).toContainText('er lastet ned');
  const files = unzip(await downloaded(docxFile));
  const xml = entryText(files, 'word/document.xml');
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain('Averøy');
  expect(text).toContain('Rusbruk blant unge');
  expect(text).toContain(TEXT);
  expect(text).toContain('Kilder og dataversjoner');
  expect(text).toMatch(/SHA-256: [0-9a-f]{64}/);
  const media = [...files.keys()].filter((k) => k.startsWith('word/media/'));
  expect(media.length).toBeGreaterThan(3);
  for (const m of media) expect(isPng(files.get(m) as Uint8Array), m).toBe(true);
  // Each chart is a drawing with its alternative text (identical pictures share one file).
  const drawings = (xml.match(/<pic:pic\b/g) ?? []).length;
  expect(drawings).toBeGreaterThanOrEqual(media.length);
  expect(xml).toMatch(/descr="Figur: [^"]+ i Averøy over tid/);

  // The HTML version holds the same.
  const [htmlFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Utskriftsversjon (HTML)' }).click(),
  ]);
  const html = (await downloaded(htmlFile)).toString('utf8');
  expect(html).toContain('Averøy');
  expect(html).toContain('Rusbruk blant unge');
  expect(html).toContain(TEXT);
  expect(html).toMatch(/SHA-256:<\/dt><dd>[0-9a-f]{64}/);
  const imgs = [...html.matchAll(/<img src="data:image\/png;base64,([^"]+)"/g)];
  expect(imgs.length).toBe(drawings);
  expect(isPng(Buffer.from(imgs[0]?.[1] ?? '', 'base64'))).toBe(true);
  expect(html).not.toMatch(/<script/i);
});

test('a report of chosen themes holds only those', async ({ page }) => {
  await openOversikt(page);
  const panel = page.getByTestId('report-panel');
  await panel.locator('summary').click();
  await panel.getByLabel('Alle temaer').uncheck();
  await panel.getByTestId('report-theme-youth-substance').check();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Utskriftsversjon (HTML)' }).click(),
  ]);
  const html = (await downloaded(file)).toString('utf8');
  const themes = [...html.matchAll(/<section class="theme" data-theme="([^"]+)"/g)].map(
    (m) => m[1],
  );
  expect(themes).toEqual(['youth-substance']);
});

test('the assessments travel with the measures in the JSON export and come back on import', async ({
  page,
}) => {
  await openOversikt(page);
  const editor = page.getByTestId('assessment-youth-substance');
  await editor.getByRole('textbox').fill(TEXT);
  await editor.getByRole('button', { name: 'Lagre vurdering' }).click();
  await expect(editor.getByTestId('assessment-status')).toHaveText('Vurderingen er lagret.');

  await page.goto('/#/tiltak');
  await expect(page.getByTestId('export-all')).toBeEnabled({ timeout: 30_000 });
  await page.getByTestId('export-format').selectOption('json');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-all').click(),
  ]);
  const body = await downloaded(file);
  const json = JSON.parse(body.toString('utf8')) as {
    format: string;
    assessments: { geo: string; theme: string; text: string }[];
  };
  expect(json.format).toBe('oversikt-measures');
  expect(json.assessments).toEqual([
    expect.objectContaining({ geo: '1554', theme: 'youth-substance', text: TEXT }),
  ]);

  // Removed here, then read back from the file.
  await page.goto('/#/oversikt?geo=1554');
  await expect(page.getByTestId('view-oversikt')).toHaveAttribute('data-load', 'ready');
  await editor.getByRole('textbox').fill('');
  await editor.getByRole('button', { name: 'Lagre vurdering' }).click();
  await expect(editor.getByTestId('assessment-status')).toHaveText('Vurderingen er fjernet.');
  await page.goto('/#/tiltak');
  await expect(page.getByTestId('export-all')).toBeEnabled({ timeout: 30_000 });
  await page.getByTestId('import-measures').setInputFiles({
    name: 'tiltak.json',
    mimeType: 'application/json',
    buffer: body,
  });
  await expect(page.getByText('1 vurderinger ble også lest inn.')).toBeVisible();
  await page.goto('/#/oversikt?geo=1554');
  await expect(editor.getByRole('textbox')).toHaveValue(TEXT);
});
