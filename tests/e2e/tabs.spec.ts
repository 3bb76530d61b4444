import type { BrowserContext, Page } from '@playwright/test';
import { expect, seriousViolations, test, waitForDb } from './fixtures.ts';

/** A second tab in the same browser (same storage), checked like the first for requests off the site. */
async function secondTab(context: BrowserContext, baseURL: string | undefined, outside: string[]) {
  const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
  const other = await context.newPage();
  other.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      outside.push(url);
  });
  return other;
}

async function openEditor(page: Page, id: string) {
  await page
    .getByTestId(`measure-${id}`)
    .getByRole('button', { name: /^Rediger/ })
    .click();
  const editor = page.getByTestId('measure-editor');
  await expect(editor).toBeVisible();
  return editor;
}

async function editResponsible(page: Page, id: string, text: string) {
  const editor = await openEditor(page, id);
  await editor.getByLabel('Ansvar').fill(text);
  await editor.getByTestId('editor-save').click();
}

// Two tabs run two DuckDB-wasm instances on a shared 2-core machine: give them time.
test.describe.configure({ timeout: 180_000 });

const AV_OG_TIL = 'fla-2018-1.1.1';
const VERDENSDAGEN = 'fla-2018-1.1.2';

test('two tabs edit two measures: both edits are kept, and each tab shows the other’s without a reload', async ({
  page,
  context,
  baseURL,
  outside,
}) => {
  const other = await secondTab(context, baseURL, outside);
  for (const p of [page, other]) {
    await p.goto('#/tiltak?geo=3320');
    await waitForDb(p);
  }
  await editResponsible(page, AV_OG_TIL, 'Folkehelsekoordinator (fane 1)');
  await expect(page.getByTestId('tiltak-message')).toContainText('lagret');
  // The second tab was not reloaded: it edits another measure from what it had.
  await editResponsible(other, VERDENSDAGEN, 'Helsesykepleier (fane 2)');
  await expect(other.getByTestId('tiltak-message')).toContainText('lagret');

  await expect(other.getByTestId(`measure-${AV_OG_TIL}`)).toContainText('(fane 1)');
  await expect(page.getByTestId(`measure-${VERDENSDAGEN}`)).toContainText('(fane 2)');
  for (const p of [page, other]) {
    await p.reload();
    await waitForDb(p);
    await expect(p.getByTestId(`measure-${AV_OG_TIL}`)).toContainText('(fane 1)');
    await expect(p.getByTestId(`measure-${VERDENSDAGEN}`)).toContainText('(fane 2)');
  }
});

test('saving a measure changed in another tab shows both versions; keep mine, take theirs and edit further all work', async ({
  page,
  context,
  baseURL,
  outside,
}) => {
  const other = await secondTab(context, baseURL, outside);
  for (const p of [page, other]) {
    await p.goto('#/tiltak?geo=3320');
    await waitForDb(p);
  }
  const row = (p: Page) => p.getByTestId(`measure-${AV_OG_TIL}`);

  // 1. Keep mine: the second tab's editor opened before the first tab saved.
  const late = await openEditor(other, AV_OG_TIL);
  await editResponsible(page, AV_OG_TIL, 'Rådmann (første)');
  await expect(page.getByTestId('tiltak-message')).toContainText('lagret');
  await late.getByLabel('Ansvar').fill('Kommuneoverlege (andre)');
  await late.getByTestId('status-select').selectOption('ongoing');
  await late.getByTestId('editor-save').click();
  const dialog = other.getByTestId('conflict-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Samarbeidsavtale med Av og Til');
  const responsible = dialog.getByTestId('conflict-row-responsible');
  await expect(responsible).toHaveAttribute('data-differs', 'true');
  await expect(responsible.getByTestId('theirs')).toHaveText('Rådmann (første)');
  await expect(responsible.getByTestId('mine')).toHaveText('Kommuneoverlege (andre)');
  await expect(dialog.getByTestId('conflict-row-status').getByTestId('mine')).toHaveText('Pågår');
  await expect(dialog.getByTestId('conflict-row-title')).toHaveAttribute('data-differs', 'false');
  expect(await seriousViolations(other)).toEqual([]);
  await dialog.getByTestId('conflict-keep-mine').click();
  await expect(dialog).toHaveCount(0);
  await expect(other.getByTestId('tiltak-message')).toContainText('Din versjon');
  await expect(row(other)).toContainText('Kommuneoverlege (andre)');
  await expect(row(page)).toContainText('Kommuneoverlege (andre)');

  // 2. Take theirs: this time the first tab's editor is the stale one.
  const stale = await openEditor(page, AV_OG_TIL);
  await editResponsible(other, AV_OG_TIL, 'Kommunalsjef (andre igjen)');
  await expect(row(page)).toContainText('Kommunalsjef (andre igjen)');
  await stale.getByLabel('Ansvar').fill('Skal forkastes (første)');
  await stale.getByTestId('editor-save').click();
  await page.getByTestId('conflict-dialog').getByTestId('conflict-take-theirs').click();
  await expect(page.getByTestId('conflict-dialog')).toHaveCount(0);
  await expect(row(page)).toContainText('Kommunalsjef (andre igjen)');
  await expect(row(page)).not.toContainText('Skal forkastes');

  // 3. Edit further: the editor opens on mine, and saving it now writes over theirs.
  const again = await openEditor(page, AV_OG_TIL);
  await editResponsible(other, AV_OG_TIL, 'Helseleder (andre, tredje gang)');
  await expect(row(page)).toContainText('tredje gang');
  await again.getByLabel('Ansvar').fill('Utkast (første)');
  await again.getByTestId('editor-save').click();
  await page.getByTestId('conflict-dialog').getByTestId('conflict-edit').click();
  const further = page.getByTestId('measure-editor');
  await expect(further.getByLabel('Ansvar')).toHaveValue('Utkast (første)');
  await further.getByLabel('Ansvar').fill('Ferdig (første)');
  await further.getByTestId('editor-save').click();
  await expect(page.getByTestId('conflict-dialog')).toHaveCount(0);
  await expect(row(page)).toContainText('Ferdig (første)');
  await expect(row(other)).toContainText('Ferdig (første)');

  await page.reload();
  await waitForDb(page);
  await expect(row(page)).toContainText('Ferdig (første)');
});

test('a delete in one tab reaches the other, an edit of the deleted measure asks first, and a stale undo asks too', async ({
  page,
  context,
  baseURL,
  outside,
}) => {
  const other = await secondTab(context, baseURL, outside);
  for (const p of [page, other]) {
    await p.goto('#/tiltak?geo=3320');
    await waitForDb(p);
  }
  const id = 'fla-2018-1.1.3';
  const editing = await openEditor(other, id);
  await page
    .getByTestId(`measure-${id}`)
    .getByRole('button', { name: /^Slett/ })
    .click();
  await expect(page.getByTestId('tiltak-message')).toContainText('er slettet');
  await expect(other.getByTestId(`measure-${id}`)).toHaveCount(0);

  await editing.getByLabel('Ansvar').fill('Redder tiltaket (andre)');
  await editing.getByTestId('editor-save').click();
  const dialog = other.getByTestId('conflict-dialog');
  await expect(dialog.getByTestId('conflict-row-responsible').getByTestId('theirs')).toHaveText(
    'Slettet',
  );
  await dialog.getByTestId('conflict-keep-mine').click();
  await expect(other.getByTestId(`measure-${id}`)).toContainText('Redder tiltaket (andre)');
  await expect(page.getByTestId(`measure-${id}`)).toContainText('Redder tiltaket (andre)');

  // The first tab's undo was made before that: it does not silently drop the second tab's edit.
  await page.getByTestId('undo').click();
  const undoDialog = page.getByTestId('conflict-dialog');
  await expect(undoDialog.getByTestId('conflict-row-responsible').getByTestId('theirs')).toHaveText(
    'Redder tiltaket (andre)',
  );
  await undoDialog.getByTestId('conflict-take-theirs').click();
  await expect(page.getByTestId(`measure-${id}`)).toContainText('Redder tiltaket (andre)');
});

test('a pin added in one tab shows in the other, and pins added in both tabs are both kept', async ({
  page,
  context,
  baseURL,
  outside,
}) => {
  const other = await secondTab(context, baseURL, outside);
  await page.goto('#/trender?geo=1554&ind=ungdata-drunk-12m');
  await waitForDb(page);
  await other.goto('#/oversikt?geo=1554');
  await waitForDb(other);
  await page.getByTestId('pin-trend~1554~ungdata-drunk-12m').click();
  await other.getByRole('button', { name: 'Fest til møte: Rusbruk blant unge' }).click();
  await other.getByRole('navigation').getByRole('link', { name: 'Møte' }).click();
  const items = other.locator('.deck-item h3');
  await expect(items).toHaveText([/Har vært beruset siste 12 måneder/, /Rusbruk blant unge/]);

  // The Møte view follows pins made elsewhere while it is open.
  await page.goto('#/dekning?geo=1554');
  await page.getByRole('button', { name: 'Fest til møte: Uten aktive tiltak' }).click();
  await expect(items).toHaveCount(3);
  await expect(items.nth(2)).toContainText('Uten aktive tiltak');
  await expect(other).toHaveURL(
    /deck=trend~1554~ungdata-drunk-12m,tiles~1554~youth-substance,gaps~1554/,
  );
  await page.goto('#/mote');
  await expect(page.locator('.deck-item h3')).toHaveCount(3);
});
