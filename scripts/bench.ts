/**
 * npm run bench: serves the built site from a plain static server and measures, in headless
 * Debian Chromium, the median over 5 cold loads of (a) time to the first chart and (b) time until
 * DuckDB-wasm is ready with the embedded data. Prints numbers; asserts nothing.
 */
import { chromium } from '@playwright/test';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../playwright.config.ts';
import { serveStatic } from './serve-static.ts';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const RUNS = 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function coldLoads(url: string): Promise<{ firstChart: number[]; dbReady: number[] }> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const firstChart: number[] = [];
  const dbReady: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      // A new context per run: empty cache, as a first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector('[data-testid=db-status][data-state=ready]', { timeout: 60_000 });
      const marks = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      );
      firstChart.push(marks['oversikt:first-chart'] ?? NaN);
      dbReady.push(marks['oversikt:db-ready'] ?? NaN);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { firstChart, dbReady };
}

const { server, url } = await serveStatic(join(root, 'dist'), '/');
try {
  const r = await coldLoads(url);
  const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, headless Chromium`,
  );
  console.log(`Cold loads: ${RUNS}, static server on localhost`);
  console.log(
    `time to first chart   median ${median(r.firstChart).toFixed(0)} ms   (runs: ${fmt(r.firstChart)})`,
  );
  console.log(
    `time to DuckDB ready   median ${median(r.dbReady).toFixed(0)} ms   (runs: ${fmt(r.dbReady)})`,
  );
} finally {
  server.close();
}
