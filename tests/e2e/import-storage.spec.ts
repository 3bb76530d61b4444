import type { Page } from '@playwright/test';
import { syntheticLongCsv } from '../../src/bench/synthetic.ts';
import { expect, test, waitForDb } from './fixtures.ts';

// SYNTHETIC figures (src/bench/synthetic.ts, labelled synthetic in every row), a few MB.
const csv = syntheticLongCsv(4 * 1024 * 1024);
const FILE = { name: 'synthetic-4mb.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.text) };

test.describe.configure({ timeout: 150_000 });

/** The number of rows in `observation`, as the Data view lists it. */
async function observationRows(page: Page): Promise<number> {
  const line = page.locator('.table-counts li').filter({ hasText: /^observation:/ });
  await expect(line).toBeVisible();
  return Number((await line.textContent())?.replace(/\D/g, ''));
}

async function importFile(page: Page) {
  await page.getByTestId('import-file').setInputFiles(FILE);
  await expect(page.getByTestId('report-counts')).toContainText(`${csv.rows} lest`, {
    timeout: 60_000,
  });
  await page.getByTestId('import-commit').click();
}

test('a few-MB import is written in chunks, says it is kept, and is read back after a reload', async ({
  page,
}) => {
  await page.goto('#/data');
  await waitForDb(page);
  const before = await observationRows(page);
  // Record every state the list shows for the file, to see that it said "saving" before "kept".
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenStates: string[] }).seenStates = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-testid=kept-state]')) {
        const s = `${el.dataset.state}:${el.querySelector('progress') ? 'bar' : ''}`;
        if (seen.at(-1) !== s) seen.push(s);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await importFile(page);
  const outcome = page.getByTestId('import-outcome');
  await expect(outcome).toContainText('er lagret i nettleseren', { timeout: 60_000 });
  // The first import asked for persistent storage, and says what the browser answered.
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  await expect(outcome).toContainText(
    persisted ? 'Nettleseren har gitt varig lagring' : 'Nettleseren ga ikke varig lagring',
  );
  const entry = page.getByTestId(`kept-${FILE.name}`);
  await expect(entry.getByTestId('kept-state')).toHaveAttribute('data-state', 'kept');
  await expect(entry).toContainText('lagret i nettleseren');
  await expect.poll(() => observationRows(page)).toBe(before + csv.rows);
  const seen = await page.evaluate(
    () => (window as unknown as { seenStates: string[] }).seenStates,
  );
  expect(seen).toContain('saving:bar');
  expect(seen.at(-1)).toBe('kept:');
  // Its rows are files in the origin-private file system, not one IndexedDB value.
  const files = await page.evaluate(async () => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('imports');
    const out: number[] = [];
    for await (const sub of dir as unknown as AsyncIterable<[string, FileSystemHandle]>)
      for await (const [, f] of sub[1] as unknown as AsyncIterable<[string, FileSystemFileHandle]>)
        out.push((await f.getFile()).size);
    return out;
  });
  expect(files.length).toBeGreaterThan(0);
  expect(files.reduce((a, b) => a + b, 0)).toBeGreaterThan(1e6);

  await page.reload();
  await waitForDb(page);
  await expect(entry.getByTestId('kept-state')).toHaveAttribute('data-state', 'kept');
  await expect.poll(() => observationRows(page)).toBe(before + csv.rows);
  await page.goto('#/trender?geo=1554&ind=synthetic-0');
  await expect(
    page.getByTestId('chart-synthetic-0').getByTestId('chart-point').first(),
  ).toBeVisible();
});

test('when the browser refuses to store the rows, it says so, offers this session only, and after a reload says the file is gone', async ({
  page,
  context,
  baseURL,
}) => {
  // The estimate says there is room, but the real quota is 2 MB: the worker's writes fail as they
  // would on a full disk (QuotaExceededError from the browser itself).
  await page.addInitScript(() => {
    StorageManager.prototype.estimate = async () => ({ usage: 0, quota: 50e9 });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(baseURL ?? 'http://127.0.0.1/').origin,
    quotaSize: 2_000_000,
  });
  await page.goto('#/data');
  await waitForDb(page);
  const before = await observationRows(page);
  await importFile(page);
  const prompt = page.getByTestId('storage-prompt');
  await expect(prompt).toContainText('kunne ikke lagres i nettleseren', { timeout: 60_000 });
  await expect(prompt).toContainText('nettleseren har ikke mer plass');
  const entry = page.getByTestId(`kept-${FILE.name}`);
  await expect(entry.getByTestId('kept-state')).toHaveAttribute('data-state', 'failed');
  await expect(entry).toContainText('ikke lagret');
  await prompt.getByTestId('keep-session').click();
  await expect(entry.getByTestId('kept-state')).toHaveAttribute('data-state', 'session');
  await expect(entry).toContainText('bare denne økten');
  await expect.poll(() => observationRows(page)).toBe(before + csv.rows);

  await page.reload();
  await waitForDb(page);
  await expect(entry.getByTestId('kept-state')).toHaveAttribute('data-state', 'gone');
  await expect(entry).toContainText('ikke lagret: filen var bare med i en tidligere økt');
  await expect.poll(() => observationRows(page)).toBe(before);
  await entry.getByRole('button', { name: `Fjern ${FILE.name} fra listen` }).click();
  await expect(entry).toHaveCount(0);
});

test('an import that will not fit is said to before it lands, and can be added for this session only', async ({
  page,
}) => {
  await page.addInitScript(() => {
    StorageManager.prototype.estimate = async () => ({ usage: 900_000, quota: 1_000_000 });
  });
  await page.goto('#/data');
  await waitForDb(page);
  const before = await observationRows(page);
  await importFile(page);
  const prompt = page.getByTestId('storage-prompt');
  await expect(prompt).toContainText('får ikke plass i nettleserens lager');
  await expect(prompt).toContainText('bare 1 MB er ledig');
  expect(await observationRows(page)).toBe(before);
  await prompt.getByTestId('add-session').click();
  await expect(page.getByTestId('import-outcome')).toContainText('bare med i denne økten');
  await expect(page.getByTestId(`kept-${FILE.name}`).getByTestId('kept-state')).toHaveAttribute(
    'data-state',
    'session',
  );
  await expect.poll(() => observationRows(page)).toBe(before + csv.rows);
});
