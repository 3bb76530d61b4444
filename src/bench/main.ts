/**
 * The browser half of `npm run bench` (bench.html, not part of the app): DuckDB-wasm query times on
 * SYNTHETIC observation tables of 1 and 10 million rows, and the import worker's throughput on a
 * SYNTHETIC 100 MB long CSV. Prints JSON into #out; asserts nothing.
 */
import { rawRow } from '../arrow/decode.ts';
import { WasmConnector, type DataFile } from '../db/wasm.ts';
import { runIngest } from '../imports/run-ingest.ts';
import { applyImport } from '../imports/apply.ts';
import { seriesQuery } from '../sql/series.ts';
import { syntheticLongCsvParts, syntheticObservationSql } from './synthetic.ts';
import { keepStep, reloadStep } from './keep-bench.ts';

const out = document.getElementById('out') as HTMLElement;
const log = (s: string) => {
  out.textContent += s + '\n';
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const heap = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function run() {
  const dataUrl = new URL('generated/data/', document.baseURI);
  const manifest = (await (await fetch(new URL('manifest.json', dataUrl))).json()) as {
    arrow: DataFile[];
  };
  const db = await WasmConnector.start(dataUrl, manifest.arrow);
  const results: Record<string, unknown> = { data: 'SYNTHETIC' };
  const q = async (sql: string) => db.query({ sql, params: [], decode: rawRow });

  for (const n of [1_000_000, 10_000_000]) {
    const build = await time(() => q(syntheticObservationSql(n)));
    const mem = await q('SELECT sum(memory_usage_bytes)::DOUBLE AS b FROM duckdb_memory()');
    const filter: number[] = [];
    for (let k = 0; k < 15; k++) {
      const ind = `synthetic-${(k * 7) % Math.max(1, Math.floor(n / 50000))}`;
      filter.push(await time(() => db.query(seriesQuery([ind], ['0001', '0002', '0000']))));
    }
    const agg: number[] = [];
    for (let k = 0; k < 3; k++)
      agg.push(
        await time(() =>
          q(
            'SELECT indicator_id, sex, avg(value) AS v, count(*) AS n FROM observation GROUP BY ALL',
          ),
        ),
      );
    const r = {
      rows: n,
      buildMs: Math.round(build),
      memoryMB: Math.round(Number(mem[0]?.b ?? 0) / 1e6),
      filterMedianMs: +median(filter).toFixed(1),
      aggregateMedianMs: Math.round(median(agg)),
    };
    results[`duckdb_${n}`] = r;
    log(JSON.stringify(r));
  }
  await q('DROP TABLE observation');
  await db.close();

  // Build the file as a Blob from chunks, as a dropped file arrives, then let the page settle, so the
  // responsiveness figure below measures the import and not the benchmark's own set-up.
  const bytes = new Uint8Array(
    await new Blob(syntheticLongCsvParts(100 * 1024 * 1024).parts).arrayBuffer(),
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
  const running = runIngest(
    bytes,
    'synthetic-100mb.csv',
    {
      geo: [
        { code: '0', name: 'Norge', level: 'country' },
        ...['1554', '3447', '3320', '5057', '0301', '4601', '5001', '1103', '3301', '1804'].map(
          (code) => ({ code, name: code, level: 'municipality' }),
        ),
      ],
      geo_change: [],
      indicator: [],
    },
    {},
    () => undefined,
  );
  const prepared = await running.done;
  const ms = performance.now() - t0;
  clearInterval(sampler);
  const ingest = {
    file: 'SYNTHETIC generic long CSV',
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

  // Adding the rows to DuckDB (one transaction, re-sorted), as the Data view's "Legg til" does.
  const db2 = await WasmConnector.start(dataUrl, manifest.arrow);
  longest = 0;
  const t1 = performance.now();
  await db2.transaction(async (tx) => {
    await applyImport(tx, prepared);
  });
  const commit = {
    rowsAdded: prepared.report.rowsKept,
    commitSeconds: +((performance.now() - t1) / 1000).toFixed(2),
    longestMainThreadTaskMs: Math.round(longest),
  };
  observer.disconnect();
  await db2.close();
  results.ingestCommit = commit;
  log(JSON.stringify(commit));
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
