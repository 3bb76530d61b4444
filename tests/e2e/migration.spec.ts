import { rowsToIPC } from '../../src/arrow/ipc.ts';
import { ingestFile } from '../../src/ingest/ingest.ts';
import { expect, test, waitForDb } from './fixtures.ts';

/** A kept import in version 1's shape: the whole import as one IndexedDB value. */
async function legacyImport() {
  const csv =
    'indicator_id,geo_code,period_from,period_to,sex,age,value,status,indicator_name,unit\n' +
    'my-legacy-indicator,1554,2023,2023,all,all,42,ok,Gammel import,count\n';
  const geo = [
    { code: '0', name: 'Norge', level: 'country' },
    { code: '1554', name: 'Averøy', level: 'municipality' },
  ];
  const r = await ingestFile(new TextEncoder().encode(csv), 'gammel.csv', {
    geo,
    geo_change: [],
    indicator: [],
  });
  const tables = [
    ['observation', r.observations],
    ['indicator', r.indicators],
    ['source', r.source ? [r.source] : []],
  ] as const;
  return {
    id: r.report.sourceId as string,
    importedAt: '2026-01-02T03:04:05.000Z',
    // As stored data, not a typed report (the report's message type is too deep for Playwright's argument types).
    report: r.report as unknown,
    createdIndicators: ['my-legacy-indicator'],
    parts: tables
      .filter(([, rows]) => rows.length > 0)
      .map(([table, rows]) => ({
        table,
        rows: rows.length,
        bytes: [...rowsToIPC(table, rows as never)],
      })),
  };
}

test('edits, imports and the deck kept by the previous version are moved over on first start, nothing lost', async ({
  page,
}) => {
  const stored = await legacyImport();
  // A same-origin page that does not run the app, to lay down version 1's storage.
  await page.goto('generated/data/manifest.json');
  await page.evaluate(async (s) => {
    localStorage.setItem('oversikt.mote.deck', 'trend~1554~ungdata-drunk-12m');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('oversikt', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('kv');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('kv', 'readwrite');
    const kv = tx.objectStore('kv');
    kv.put(
      {
        version: 1,
        put: {
          'fla-2018-1.1.1': {
            measure: {
              id: 'fla-2018-1.1.1',
              plan_id: 'fla-2018',
              goal: null,
              title: 'Samarbeidsavtale med Av og Til',
              target_groups: 'all-residents',
              prevention_level: 'universal',
              responsible: 'Kept by version 1',
              start_year: 2018,
              due_year: null,
              due_text: null,
              cost_text: null,
              status: 'ongoing',
              citation: 'Flå',
            },
            links: [],
          },
        },
        deleted: ['fla-2018-1.1.2'],
      },
      'measure-overlay',
    );
    kv.put(
      { ...s, parts: s.parts.map((p) => ({ ...p, bytes: new Uint8Array(p.bytes) })) },
      `import:${s.id}`,
    );
    kv.put([s.id], 'imports');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, stored);

  await page.goto('#/tiltak?geo=3320');
  await waitForDb(page);
  await expect(page.getByTestId('measure-fla-2018-1.1.1')).toContainText('Kept by version 1');
  await expect(page.getByTestId('measure-fla-2018-1.1.2')).toHaveCount(0);
  await page.goto('#/trender?geo=1554&ind=my-legacy-indicator');
  await expect(
    page.getByTestId('chart-my-legacy-indicator').getByTestId('chart-point'),
  ).toHaveCount(1);
  await page.goto('#/mote');
  await expect(page.locator('.deck-item h3')).toHaveText([/Har vært beruset/]);
  await page.goto('#/data');
  const entry = page.getByTestId('kept-gammel.csv');
  await expect(entry.getByTestId('kept-state')).toHaveAttribute('data-state', 'kept');

  // Moved, not copied: after a reload everything comes from the new records alone.
  const left = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const req = indexedDB.open('oversikt');
        req.onsuccess = () => {
          const all = req.result.transaction('kv').objectStore('kv').getAllKeys();
          all.onsuccess = () => resolve(all.result.map(String));
        };
      }),
  );
  expect(left).toEqual([]);
  await page.reload();
  await waitForDb(page);
  await expect(entry.getByTestId('kept-state')).toHaveAttribute('data-state', 'kept');
  await page.goto('#/tiltak?geo=3320');
  await expect(page.getByTestId('measure-fla-2018-1.1.1')).toContainText('Kept by version 1');
});
