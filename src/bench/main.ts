/**
 * The browser half of `npm run bench` (bench.html, not part of the app): DuckDB-wasm query times on
 * SYNTHETIC observation tables of 1 and 10 million rows, and the import worker's throughput on a
 * SYNTHETIC 100 MB long CSV. Prints JSON into #out; asserts nothing.
 */
import { rawRow } from '../arrow/decode.ts';
import { WasmConnector, type DataFile } from '../db/wasm.ts';
import { runIngest } from '../imports/run-ingest.ts';
import type { Lend } from '../imports/duck-bridge.ts';
import { applyImport } from '../imports/apply.ts';
import { memoryQuery } from '../sql/compress.ts';
import { codeKeysQuery } from '../sql/coded.ts';
import type { Query } from '../sql/query.ts';
import { aggregateQuery, filterQueries, median, placesQuery } from './queries.ts';
import {
  SYNTHETIC_CHUNK_ROWS,
  syntheticLongCsvParts,
  syntheticObservationSql,
} from './synthetic.ts';
import { keepStep, reloadStep } from './keep-bench.ts';

/** The places the SYNTHETIC long CSV names, as the import's context. */
const IMPORT_CONTEXT = {
  geo: [
    { code: '0', name: 'Norge', level: 'country' },
    ...['1554', '3447', '3320', '5057', '0301', '4601', '5001', '1103', '3301', '1804'].map(
      (code) => ({ code, name: code, level: 'municipality' }),
    ),
  ],
  geo_change: [],
  indicator: [],
};
const out = document.getElementById('out') as HTMLElement;
const log = (s: string) => {
  out.textContent += s + '\n';
};
const heap = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Runs a timed query and checks that it found rows: a query that returns nothing times nothing. */
async function timedRows(
  db: WasmConnector,
  q: Query<unknown>,
): Promise<{ ms: number; rows: number }> {
  const t0 = performance.now();
  const rows = (await db.query(q)).length;
  const ms = performance.now() - t0;
  if (rows === 0) throw new Error(`a timed query returned no rows: ${q.sql} ${q.params.join(',')}`);
  return { ms, rows };
}

const megabytes = async (db: WasmConnector) =>
  Number((await db.query(memoryQuery()))[0]?.['bytes'] ?? 0) / 1e6;

/** Builds the SYNTHETIC table of n rows, compresses it and times the filter and the aggregation. */
async function scale(db: WasmConnector, n: number, places: string[]) {
  const q = (sql: string) => db.query({ sql, params: [], decode: rawRow });
  const build = await time(async () => {
    for (const sql of syntheticObservationSql(n)) await q(sql);
  });
  // Larger tables are compressed chunk by chunk as they are built (synthetic.ts).
  const before = n <= SYNTHETIC_CHUNK_ROWS ? await megabytes(db) : null;
  const t0 = performance.now();
  db.compressSoon();
  await db.compressed();
  const compressMs = performance.now() - t0;
  const after = await megabytes(db);
  const filter: number[] = [];
  let filterRows = 0;
  for (const f of filterQueries(n, places)) {
    const r = await timedRows(db, f);
    filter.push(r.ms);
    filterRows += r.rows;
  }
  const agg: number[] = [];
  let aggRows = 0;
  for (let k = 0; k < 3; k++) {
    const r = await timedRows(db, aggregateQuery);
    agg.push(r.ms);
    aggRows = r.rows;
  }
  return {
    rows: n,
    buildMs: Math.round(build),
    memoryMBUncompressed: before === null ? null : Math.round(before),
    compressMs: Math.round(compressMs),
    memoryMB: Math.round(after),
    mbPerMillionRowsUncompressed: before === null ? null : +(before / (n / 1e6)).toFixed(1),
    mbPerMillionRows: +(after / (n / 1e6)).toFixed(1),
    filterMedianMs: +median(filter).toFixed(1),
    filterRowsPerQuery: Math.round(filterRows / filter.length),
    aggregateMedianMs: Math.round(median(agg)),
    aggregateRows: aggRows,
  };
}

// bench.html?small: a quick check of the bench itself on small tables (figures not for the README).
const SMALL = new URLSearchParams(location.search).has('small');
const SIZES = SMALL ? [100_000, 300_000] : [1_000_000, 10_000_000];
const COMMIT_TABLE_ROWS = SIZES[1] as number;
const CSV_BYTES = (SMALL ? 10 : 100) * 1024 * 1024;

async function run() {
  const dataUrl = new URL('generated/data/', document.baseURI);
  const manifest = (await (await fetch(new URL('manifest.json', dataUrl))).json()) as {
    arrow: DataFile[];
  };
  const db = await WasmConnector.start(dataUrl, manifest.arrow);
  await db.compressed();
  const embeddedMB = await megabytes(db);
  const places = (await db.query(placesQuery)).map((r) => String(r['code']));
  const results: Record<string, unknown> = { data: 'SYNTHETIC', places, embeddedMB };
  log(JSON.stringify({ embeddedTablesMB: +embeddedMB.toFixed(1), places }));

  for (const n of SIZES) {
    const r = await scale(db, n, places);
    results[`duckdb_${n}`] = r;
    log(JSON.stringify(r));
  }
  await db.close();

  // The table the import is added to: a SYNTHETIC observation table of 10 M rows. Built first,
  // because the app's import reads the code tables before it starts (src/imports/controller.ts).
  const db2 = await WasmConnector.start(dataUrl, manifest.arrow);
  await db2.compressed(); // the start's own compression, before the table is built
  for (const sql of syntheticObservationSql(COMMIT_TABLE_ROWS))
    await db2.query({ sql, params: [], decode: rawRow });
  db2.compressSoon();
  await db2.compressed();
  const codes = await db2.query(codeKeysQuery());

  // Build the file as a Blob from chunks, as a dropped file arrives, then let the page settle, so the
  // responsiveness figure below measures the import and not the benchmark's own set-up.
  const bytes = new Uint8Array(
    await new Blob(syntheticLongCsvParts(CSV_BYTES).parts).arrayBuffer(),
  );
  await new Promise((r) => setTimeout(r, 3000));
  const mb = bytes.byteLength / 1e6; // read before the buffer moves to the worker
  let peak = heap();
  const sampler = setInterval(() => (peak = Math.max(peak, heap())), 50);
  // The page must stay responsive while the worker reads: record the longest main-thread task.
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const t0 = performance.now();
  // As the Data view runs it: the worker reads the file with DuckDB's CSV reader in the page's
  // DuckDB (the one the rows are then added to), lent through the page (src/imports/duck-bridge.ts).
  const lend: Lend = (path, b, work) => db2.withFile(path, b, work);
  const running = runIngest(
    bytes,
    'synthetic-100mb.csv',
    IMPORT_CONTEXT,
    {},
    () => undefined,
    codes,
    lend,
  );
  const prepared = await running.done;
  const ms = performance.now() - t0;
  clearInterval(sampler);
  const ingest = {
    file: 'SYNTHETIC generic long CSV',
    reader: prepared.reader?.engine ?? 'own',
    mb: +mb.toFixed(1),
    rows: prepared.report.rowsRead,
    kept: prepared.report.rowsKept,
    seconds: +(ms / 1000).toFixed(2),
    mbPerS: +(mb / (ms / 1000)).toFixed(1),
    rowsPerS: Math.round(prepared.report.rowsRead / (ms / 1000)),
    pageHeapPeakMB: Math.round(peak / 1e6),
    longestMainThreadTaskMs: Math.round(longest),
  };
  results.ingestWorker = ingest;
  log(JSON.stringify(ingest));

  await new Promise((r) => setTimeout(r, 1000));
  longest = 0;
  performance.clearMarks();
  const t1 = performance.now();
  let replaced = 0;
  await db2.transaction(async (tx) => {
    replaced = await applyImport(tx, prepared);
  });
  const commitMs = performance.now() - t1;
  // Each step of the commit, from the marks src/imports/apply.ts sets.
  const marks = performance
    .getEntriesByType('mark')
    .filter((m) => m.name.startsWith('oversikt:import-'));
  const stepsMs = Object.fromEntries(
    marks
      .slice(1)
      .map((m, i) => [
        m.name.slice('oversikt:import-'.length),
        Math.round(m.startTime - (marks[i] as PerformanceEntry).startTime),
      ]),
  );
  const commitLongest = longest;
  const count = await db2.query({
    sql: 'SELECT count(*)::DOUBLE AS n FROM observation',
    params: [],
    decode: rawRow,
  });
  const t2 = performance.now();
  await db2.compressed();
  const commit = {
    tableRowsBefore: COMMIT_TABLE_ROWS,
    rowsAdded: prepared.report.rowsKept,
    replaced,
    tableRowsAfter: Number(count[0]?.['n']),
    commitMs: Math.round(commitMs),
    stepsMs,
    longestMainThreadTaskMs: Math.round(commitLongest),
    compressAfterMs: Math.round(performance.now() - t2),
    memoryMBAfter: Math.round(await megabytes(db2)),
  };
  results.ingestCommit = commit;
  log(JSON.stringify(commit));

  // The same file read by the importer's own reader in the worker, for comparison: what the
  // worker does for shapes DuckDB's reader does not take (src/imports/duck-ingest.ts).
  const again = new Uint8Array(
    await new Blob(syntheticLongCsvParts(CSV_BYTES).parts).arrayBuffer(),
  );
  await new Promise((r) => setTimeout(r, 1000));
  longest = 0;
  const t3 = performance.now();
  const own = await runIngest(
    again,
    'synthetic-100mb.csv',
    IMPORT_CONTEXT,
    {},
    () => undefined,
    codes,
  ).done;
  const ownMs = performance.now() - t3;
  const ownReader = {
    file: 'SYNTHETIC generic long CSV',
    reader: own.reader?.engine ?? 'own',
    rows: own.report.rowsRead,
    kept: own.report.rowsKept,
    seconds: +(ownMs / 1000).toFixed(2),
    mbPerS: +(mb / (ownMs / 1000)).toFixed(1),
    longestMainThreadTaskMs: Math.round(longest),
  };
  observer.disconnect();
  await db2.close();
  results.ownReader = ownReader;
  log(JSON.stringify(ownReader));
  out.dataset.result = JSON.stringify(results);
  out.dataset.done = 'true';
}

// bench.html#keep and #reload: the storage step, in two page loads of one browser profile.
const step = location.hash === '#keep' ? keepStep : location.hash === '#reload' ? reloadStep : null;
const main = step
  ? async () => {
      log(JSON.stringify(await step()));
      out.dataset.done = 'true';
    }
  : run;

main().catch((e: unknown) => {
  log(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  out.dataset.done = 'error';
});
