/**
 * The sealed SQL console in the browser: hostile queries, typed into the real console, are refused
 * or fail with a message in words; nothing leaves the page (the fixture records every request the
 * page and its workers make, and a real server on another origin counts what reaches it); no
 * setting changes; no file appears in DuckDB's file system; the tables stay as they were.
 */
import { readFileSync } from 'node:fs';
import { expect, test, waitForDb } from './fixtures.ts';
import { rowsOf, runSql, startSink } from './console-helpers.ts';

let sink: Awaited<ReturnType<typeof startSink>>;
test.beforeAll(async () => {
  sink = await startSink();
});
test.afterAll(() => new Promise<void>((resolve) => sink.server.close(() => resolve())));

/** Each hostile query and the kinds of answer that are right for it (see console-message.ts). */
function hostile(o: string): [string, string[]][] {
  return [
    // The ones from the issue.
    ["SELECT * FROM read_csv('https://example.com/leak.csv?n=1')", ['sealed']],
    // Autoload is off, so DuckDB does not try the URL as a file: it reports no such table.
    ["SELECT * FROM 'https://example.org/x.parquet'", ['other']],
    [`SELECT * FROM read_csv_auto('${o}/x.csv')`, ['sealed']],
    // The seal allows one directory, for "Åpne som tabell": nothing outside it, and no way out of it.
    ["SELECT * FROM read_csv('/elsewhere/x.csv')", ['sealed']],
    ["SELECT * FROM read_csv('/oversikt-upload/../x.csv')", ['sealed']],
    ["SELECT * FROM read_csv('https://example.com/oversikt-upload/x.csv')", ['sealed']],
    ["COPY geo TO '/oversikt-upload/leak.csv'", ['statement']],
    ['EXPLAIN ANALYZE SET autoinstall_known_extensions = true', ['statement']],
    ['EXPLAIN ANALYZE LOAD json', ['statement']],
    ["EXPLAIN ANALYZE COPY (SELECT * FROM geo) TO 'leak.csv'", ['statement']],
    // Readers of other origins (httpfs-style URLs), also hidden in query() and EXPLAIN ANALYZE.
    [`SELECT * FROM read_parquet('${o}/p.parquet')`, ['extension']],
    [`SELECT * FROM read_json('${o}/j.json')`, ['extension']],
    [`SELECT * FROM read_json_auto('https://example.com/j.json')`, ['extension']],
    [`SELECT * FROM read_text('${o}/t.txt')`, ['sealed']],
    [`SELECT * FROM read_blob('${o}/b.bin')`, ['sealed']],
    [`SELECT * FROM glob('${o}/*')`, ['sealed']],
    [`SELECT * FROM sniff_csv('${o}/s.csv')`, ['sealed']],
    [`SELECT * FROM '${o}/replacement.csv'`, ['sealed']],
    [`SELECT * FROM query('SELECT * FROM read_csv(''${o}/q.csv'')')`, ['sealed']],
    [`EXPLAIN ANALYZE SELECT * FROM read_csv('${o}/e.csv')`, ['sealed']],
    [`WITH r AS (SELECT * FROM read_csv('${o}/w.csv')) SELECT * FROM r`, ['sealed']],
    // Databases, extensions, secrets.
    [`ATTACH '${o}/remote.duckdb' AS remote`, ['statement']],
    ["ATTACH ':memory:' AS scratch", ['statement']],
    ['INSTALL httpfs', ['statement']],
    ['FORCE INSTALL httpfs', ['statement']],
    ['LOAD httpfs', ['statement']],
    ["CREATE SECRET leak (TYPE http, BEARER_TOKEN 'x')", ['statement']],
    // Settings.
    ['SET enable_external_access = true', ['statement']],
    ['SET GLOBAL autoload_known_extensions = true', ['statement']],
    ['RESET lock_configuration', ['statement']],
    ['PRAGMA enable_profiling', ['statement']],
    ['CALL enable_logging()', ['statement']],
    ['SELECT * FROM enable_logging()', ['function']],
    ["SELECT * FROM query('SELECT * FROM enable_logging()')", ['function']],
    ["SELECT current_setting('threads'); SET threads = 2", ['multiple']],
    ['SELECT 1; SET autoinstall_known_extensions = true', ['multiple']],
    ['/* SELECT */ SET autoload_known_extensions = true', ['statement']],
    ['-- SELECT\nRESET autoinstall_known_extensions', ['statement']],
    // Files and writes.
    ["COPY geo TO 'leak2.csv'", ['statement']],
    ["COPY (SELECT * FROM observation) TO 'leak3.parquet' (FORMAT parquet)", ['statement']],
    ["EXPORT DATABASE 'dump'", ['statement']],
    ["IMPORT DATABASE 'dump'", ['statement']],
    ['WITH x AS (SELECT * FROM geo) INSERT INTO geo SELECT * FROM x', ['statement']],
    ['WITH x AS (SELECT 1) DELETE FROM observation_coded', ['statement']],
    ['DELETE FROM observation', ['statement']],
    ['DROP TABLE geo', ['statement']],
    ['CHECKPOINT', ['statement']],
    ['SELECT * FROM checkpoint()', ['function']],
  ];
}

test('hostile console queries are refused or fail in words, reach nothing and change nothing', async ({
  page,
  outside,
}) => {
  test.setTimeout(240_000);
  await page.goto('#/data');
  await waitForDb(page);
  await expect(page.getByTestId('seal')).toHaveAttribute('data-sealed', 'yes');
  const settings = 'SELECT name, value FROM duckdb_settings() ORDER BY name';
  const counts =
    'SELECT (SELECT count(*) FROM geo) AS g, (SELECT count(*) FROM observation) AS o, (SELECT count(*) FROM duckdb_tables()) AS t';
  const settingsBefore = await rowsOf(page, settings);
  expect(settingsBefore).toContainEqual(['enable_external_access', 'false']);
  expect(settingsBefore).toContainEqual(['lock_configuration', 'true']);
  const countsBefore = await rowsOf(page, counts);

  const wrong: string[] = [];
  for (const [sql, kinds] of hostile(sink.origin)) {
    const a = await runSql(page, sql);
    if (!('error' in a)) wrong.push(`${sql}: ran and gave ${a.rows.length} rows`);
    else if (!kinds.includes(a.error.kind)) wrong.push(`${sql}: ${a.error.kind} (${a.error.text})`);
    // Every message is in bokmål and says what the console is.
    else if (!/^(Konsollen|DuckDB kunne ikke)/.test(a.error.text))
      wrong.push(`${sql}: ${a.error.text}`);
  }
  expect(wrong).toEqual([]);

  // Nothing reached the other origin, nothing else left the page (the fixture checks `outside`).
  expect(sink.hits).toEqual([]);
  expect(outside).toEqual([]);
  // No setting changed, no table changed, no file was written or registered.
  expect(await rowsOf(page, settings)).toEqual(settingsBefore);
  expect(await rowsOf(page, counts)).toEqual(countsBefore);
  await expect(page.getByTestId('seal-files')).toHaveAttribute('data-count', '0');
  const reread = await runSql(page, "SELECT * FROM read_text('leak.csv')");
  expect(reread).toMatchObject({ error: { kind: 'sealed' } });
  // The upload directory can be read, but the COPY into it above wrote nothing there.
  expect(await rowsOf(page, "SELECT * FROM read_text('/oversikt-upload/leak.csv')")).toEqual([]);
});

test('a refusal says what is allowed, in bokmål and in English', async ({ page }) => {
  await page.goto('#/data');
  await waitForDb(page);
  await runSql(page, 'EXPLAIN ANALYZE SET autoinstall_known_extensions = true');
  const error = page.getByTestId('sql-error');
  await expect(error).toContainText('«SET» leser ikke');
  await expect(error).toContainText('Tillatt er én spørring som bare leser: SELECT');
  await page.goto('#/data?lang=en');
  await waitForDb(page);
  await runSql(page, 'SELECT 1; SET threads = 2');
  await expect(error).toContainText('The console runs one query at a time');
  await expect(error).toContainText('Allowed is one query that only reads');
});

test('the console keeps its normal use: queries, DESCRIBE, SUMMARIZE, EXPLAIN and CSV export', async ({
  page,
}) => {
  await page.goto('#/data');
  await waitForDb(page);
  expect(
    await rowsOf(
      page,
      "WITH d AS (SELECT * FROM observation WHERE indicator_id = 'ungdata-drunk-12m' AND geo_code = '1554') SELECT value FROM d ORDER BY period_from",
    ),
  ).toEqual([['25'], ['20'], ['10']]);
  expect((await rowsOf(page, 'DESCRIBE observation')).map((r) => r[0])).toContain('geo_code');
  expect((await rowsOf(page, 'SUMMARIZE geo')).length).toBeGreaterThan(1);
  expect((await rowsOf(page, 'EXPLAIN SELECT count(*) FROM observation'))[0]?.[0]).toBe(
    'physical_plan',
  );
  expect(await rowsOf(page, "FROM geo SELECT name WHERE code = '1554'")).toEqual([['Averøy']]);

  await rowsOf(page, "SELECT code, name FROM geo WHERE code IN ('1554', '0') ORDER BY 1");
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Last ned som CSV' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text).toBe('\uFEFFcode;name\r\n0;Norge\r\n1554;Averøy\r\n');
});
