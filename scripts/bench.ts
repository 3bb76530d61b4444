/**
 * npm run bench: serves the built site from a plain static server and measures, in headless
 * Debian Chromium, the median over 5 cold loads of (a) time to the first chart and (b) time until
 * DuckDB-wasm is ready with the embedded data, and cold loads of a Trender link to a place outside
 * the build-time snapshot. Then, on SYNTHETIC data, DuckDB-wasm at 1 M and 10 M rows beside DuckDB
 * for Node (one thread) on the same queries in the same run, the import worker, and an import into
 * a 10 M-row table. Prints numbers; asserts nothing.
 *
 * Flags: --quick (load timings only), --storage (the storage step only), --small (small tables, to
 * check the bench itself; not figures to quote), --json (leave out the storage step and end with one
 * JSON line of the headline figures).
 */
import { chromium } from '@playwright/test';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { serveStatic } from './serve-static.ts';
import { syntheticLongCsv } from '../src/bench/synthetic.ts';
import { ingestFile } from '../src/ingest/ingest.ts';
import { nativeBench, type NativeFigures } from './native-bench.ts';
import { NodeConnector } from '../pipelines/lib/node-connector.ts';
import { openDuckDb } from '../pipelines/lib/parquet.ts';
import { nodeCsvHost } from '../pipelines/lib/duck-csv-host.ts';
import { ingestWithDuckDb } from '../src/imports/duck-ingest.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const RUNS = 5;
const SMALL = process.argv.includes('--small');
const JSON_OUT = process.argv.includes('--json');
/**
 * A Trender link to one chart of a place with a plan, outside the start snapshot: it draws from the
 * place's snapshot files (src/db/place-snapshot.ts).
 */
const DEEP_LINK_PLAN = '#/trender?geo=3447&ind=med-antidepressants';
/**
 * A Trender link to a place without a plan, from its snapshot files; timed again with those files
 * refused, when its chart waits for DuckDB.
 */
const DEEP_LINK = '#/trender?geo=3401&ind=population';
const SNAPSHOT_FILES = /\/generated\/snapshot\//;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** The start's steps in the order they happened (src/db/wasm.ts and src/main.tsx mark them). */
function steps(phases: Record<string, number[]>): string {
  const sorted = Object.entries(phases).sort((a, b) => median(a[1]) - median(b[1]));
  return `  start steps (median ms after navigation): ${sorted.map(([n, xs]) => `${n.slice('oversikt:'.length)} ${median(xs).toFixed(0)}`).join(' · ')}`;
}

async function coldLoads(
  url: string,
  runs = RUNS,
  refuse?: RegExp,
): Promise<{ firstChart: number[]; dbReady: number[]; phases: Record<string, number[]> }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const firstChart: number[] = [];
  const dbReady: number[] = [];
  const phases: Record<string, number[]> = {};
  try {
    for (let i = 0; i < runs; i++) {
      // A new context per run: empty cache, as a first visit.
      const context = await browser.newContext();
      if (refuse) await context.route(refuse, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector('[data-testid=db-status][data-state=ready]', { timeout: 60_000 });
      // A chart that waits for DuckDB (a deep link outside the snapshot) draws after ready.
      await page
        .waitForFunction(
          () => performance.getEntriesByName('oversikt:first-chart').length > 0,
          undefined,
          {
            timeout: 60_000,
          },
        )
        .catch(() => undefined);
      const marks = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      );
      firstChart.push(marks['oversikt:first-chart'] ?? NaN);
      dbReady.push(marks['oversikt:db-ready'] ?? NaN);
      for (const [name, t] of Object.entries(marks))
        if (name.startsWith('oversikt:')) (phases[name] ??= []).push(t);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { firstChart, dbReady, phases };
}

/** Runs bench.html (SYNTHETIC data) in Chromium: DuckDB-wasm at 1 M and 10 M rows, and the import worker. */
async function browserBench(url: string): Promise<{ text: string; result: BrowserResult }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}bench.html${SMALL ? '?small' : ''}`);
    await page.waitForFunction(
      () => document.getElementById('out')?.dataset.done !== 'false',
      undefined,
      {
        timeout: 600_000,
        polling: 1000,
      },
    );
    const text = (await page.locator('#out').textContent()) ?? '';
    const raw = await page.locator('#out').getAttribute('data-result');
    if (!raw) throw new Error(`the browser bench failed:\n${text}`);
    return { text, result: JSON.parse(raw) as BrowserResult };
  } finally {
    await browser.close();
  }
}

interface ScaleFigures {
  rows: number;
  mbPerMillionRows: number;
  filterMedianMs: number;
  aggregateMedianMs: number;
}
interface BrowserResult {
  [k: `duckdb_${number}`]: ScaleFigures;
  ingestWorker: { mbPerS: number };
  ownReader: { mbPerS: number };
  ingestCommit: { commitMs: number; longestMainThreadTaskMs: number };
}

/** The storage step (SYNTHETIC 150 MB): keep it in one page load, read it back in the next. */
async function storageBench(url: string): Promise<string> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const lines: string[] = [];
    for (const step of ['keep', 'reload']) {
      // The page builds the file before its load event: do not wait for that event.
      await page.goto(`${url}bench.html#${step}`, { waitUntil: 'commit' });
      // From #keep to #reload is a hash change: load the page again, as a user's reload does.
      if (step === 'reload') await page.reload({ waitUntil: 'commit' });
      await page.waitForFunction(
        () => document.getElementById('out')?.dataset.done !== 'false',
        undefined,
        { timeout: 900_000, polling: 1000 },
      );
      lines.push(`${step}: ${((await page.locator('#out').textContent()) ?? '').trim()}`);
    }
    return lines.join('\n');
  } finally {
    await browser.close();
  }
}

/** The same import library in Node on the same SYNTHETIC 100 MB file: time and peak memory. */
async function cliBench(): Promise<{ text: string; duckMBps: number }> {
  const csv = syntheticLongCsv((SMALL ? 10 : 100) * 1024 * 1024);
  const bytes = new TextEncoder().encode(csv.text);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const codes = ['1554', '3447', '3320', '5057', '0301', '4601', '5001', '1103', '3301', '1804'];
  const geo = [
    { code: '0', name: 'Norge', level: 'country' },
    ...codes.map((code) => ({ code, name: code, level: 'municipality' })),
  ];
  const context = { geo, geo_change: [], indicator: [] };
  const t0 = performance.now();
  const r = await ingestFile(bytes, 'synthetic-100mb.csv', context);
  const s = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const mb = bytes.byteLength / 1e6;
  const own = JSON.stringify({
    reader: 'own',
    file: 'SYNTHETIC generic long CSV',
    mb: +mb.toFixed(1),
    rows: r.report.rowsRead,
    kept: r.report.rowsKept,
    seconds: +s.toFixed(2),
    mbPerS: +(mb / s).toFixed(1),
    rowsPerS: Math.round(r.report.rowsRead / s),
    peakRssMB: Math.round(peak / 1e6),
  });
  // DuckDB's CSV reader with the importer's rules, 1 thread, rows staged and counted.
  const db = new NodeConnector(await openDuckDb());
  try {
    const t1 = performance.now();
    const d = await ingestWithDuckDb(
      bytes,
      'synthetic-100mb.csv',
      context,
      {},
      nodeCsvHost(db),
      async () => undefined,
    );
    const s1 = (performance.now() - t1) / 1000;
    const duck = JSON.stringify({
      reader: d.engine,
      rows: d.result.report.rowsRead,
      kept: d.result.report.rowsKept,
      seconds: +s1.toFixed(2),
      mbPerS: +(mb / s1).toFixed(1),
    });
    return { text: `${own}\n${duck}`, duckMBps: +(mb / s1).toFixed(1) };
  } finally {
    db.close();
  }
}

const { server, url } = await serveStatic(join(root, 'dist'), '/');
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
try {
  console.log(
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, headless Chromium; load average ${load()} (1/5/15 min)`,
  );
  // --storage: only the storage step.
  if (process.argv.includes('--storage')) {
    console.log(
      '\nSYNTHETIC 150 MB long CSV kept in the browser (storage worker), then read back after a reload:',
    );
    console.log(await storageBench(url));
    process.exit(0);
  }
  const r = await coldLoads(url);
  const deepPlan = await coldLoads(`${url}${DEEP_LINK_PLAN}`, 3);
  const deep = await coldLoads(`${url}${DEEP_LINK}`, 3);
  const deepNoFile = await coldLoads(`${url}${DEEP_LINK}`, 3, SNAPSHOT_FILES);
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`Cold loads: ${RUNS}, static server on localhost`);
  console.log(
    `time to first chart   median ${median(r.firstChart).toFixed(0)} ms   (runs: ${fmt(r.firstChart)})`,
  );
  console.log(
    `time to DuckDB ready   median ${median(r.dbReady).toFixed(0)} ms   (runs: ${fmt(r.dbReady)})`,
  );
  console.log(steps(r.phases));
  console.log(
    `deep link ${DEEP_LINK_PLAN} (a place with a plan, from its snapshot files): first chart median ${median(deepPlan.firstChart).toFixed(0)} ms   (runs: ${fmt(deepPlan.firstChart)})`,
  );
  console.log(steps(deepPlan.phases));
  console.log(
    `deep link ${DEEP_LINK} (a place without a plan, from its snapshot files): first chart median ${median(deep.firstChart).toFixed(0)} ms   (runs: ${fmt(deep.firstChart)})`,
  );
  console.log(steps(deep.phases));
  console.log(
    `deep link ${DEEP_LINK} with its snapshot files refused (waits for DuckDB): first chart median ${median(deepNoFile.firstChart).toFixed(0)} ms   (runs: ${fmt(deepNoFile.firstChart)})`,
  );
  const summary: Record<string, number | string | null> = {
    firstChartMs: Math.round(median(r.firstChart)),
    dbReadyMs: Math.round(median(r.dbReady)),
    deepLinkFirstChartMs: Math.round(median(deep.firstChart)),
    deepLinkPlanFirstChartMs: Math.round(median(deepPlan.firstChart)),
    deepLinkNoFileFirstChartMs: Math.round(median(deepNoFile.firstChart)),
  };
  if (!process.argv.includes('--quick')) {
    console.log(
      '\nSYNTHETIC data from here on (generated by src/bench/synthetic.ts; never in the app):',
    );
    console.log(
      'DuckDB-wasm in Chromium (rows, build, memory before/after compression, median filtered query, median full aggregation), then the import worker on a 100 MB long CSV, then adding its rows to a 10 M-row table:',
    );
    const browser = await browserBench(url);
    console.log(browser.text.trim());
    const sizes = SMALL ? [100_000, 300_000] : [1_000_000, 10_000_000];
    console.log('\nDuckDB for Node (1 thread), same table, same queries, same run:');
    const native: NativeFigures[] = await nativeBench(root, sizes);
    for (const n of native) {
      const w = browser.result[`duckdb_${n.rows}`];
      console.log(JSON.stringify(n));
      if (w)
        console.log(
          `  ${n.rows.toLocaleString('en')} rows: wasm / native  filter ${(w.filterMedianMs / n.filterMedianMs).toFixed(2)}×   aggregation ${(w.aggregateMedianMs / n.aggregateMedianMs).toFixed(2)}×   memory ${(w.mbPerMillionRows / n.mbPerMillionRows).toFixed(2)}×`,
        );
    }
    const big = browser.result[`duckdb_${sizes[1] as number}`];
    const nativeBig = native[1];
    Object.assign(summary, {
      mbPerMillionRows: big?.mbPerMillionRows ?? null,
      filterMs10M: big?.filterMedianMs ?? null,
      aggMs10M: big?.aggregateMedianMs ?? null,
      nativeFilterMs10M: nativeBig?.filterMedianMs ?? null,
      nativeAggMs10M: nativeBig?.aggregateMedianMs ?? null,
      importMBps: browser.result.ingestWorker.mbPerS,
      commitMs: browser.result.ingestCommit.commitMs,
      commitLongestTaskMs: browser.result.ingestCommit.longestMainThreadTaskMs,
    });
    summary['ownImportMBps'] = browser.result.ownReader.mbPerS;
    console.log(
      "\nImport library in Node on the same 100 MB file: the own reader, then DuckDB's CSV reader (what `npm run ingest` runs):",
    );
    const cli = await cliBench();
    console.log(cli.text);
    summary['nativeDuckImportMBps'] = cli.duckMBps;
    if (!JSON_OUT) {
      console.log(
        'SYNTHETIC 150 MB long CSV kept in the browser (storage worker), then read back after a reload:',
      );
      console.log(await storageBench(url));
    }
  }
  console.log(`load average at the end ${load()}`);
  if (SMALL) summary['note'] = 'small tables (--small): not the 10 M figures';
  if (JSON_OUT) console.log(JSON.stringify(summary));
} finally {
  server.close();
}
