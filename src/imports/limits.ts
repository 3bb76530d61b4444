/**
 * The largest file the Data view reads. The browser holds the file's bytes, the rows read from it
 * and their Arrow copy at once, in a tab whose memory is bounded; past this size it says so, with
 * the limit and the file's size, instead of failing half-way. `npm run ingest` reads any size.
 * Chosen from measurement (src/ingest/README.md, "Limits"): headless Chromium read generated long
 * CSVs of 200, 300, 400 and 654 MB into a report, but DuckDB-wasm ran out of memory (3.1 GiB) adding
 * 4.41 M rows (300 MB) and more; 150 MB (3.49 M rows, issue 10) and 2.95 M rows (200 MB) went in.
 */
import { tooLargeReport } from '../ingest/report.ts';
import type { PreparedImport } from './types.ts';

export const BROWSER_MAX_BYTES = 150 * 1000 * 1000;

/** The import of a file too large for the browser: nothing read, the reason in the report. */
export function tooLargeForBrowser(
  file: { name: string; size: number },
  limit = BROWSER_MAX_BYTES,
): PreparedImport | null {
  if (file.size <= limit) return null;
  return { report: tooLargeReport(file.name, file.size, limit), parts: [], createdIndicators: [] };
}
