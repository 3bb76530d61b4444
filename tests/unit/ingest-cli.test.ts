import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteLiteral } from '../../src/sql/quote.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const REAL = new URL('../../../shared/formats/', import.meta.url).pathname;

/** Runs `npm run ingest -- …` as a user would (through tsx) and returns its report. */
function ingest(file: string, out: string) {
  const stdout = execFileSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'scripts/ingest.ts'), file, '--out', out],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return JSON.parse(stdout) as {
    ok: boolean;
    format: string;
    rowsKept: number;
    rowsRejected: number;
    places: { unknown: { text: string }[] };
  };
}

describe('npm run ingest on the real exports', () => {
  it('reads the real SSB Statbank CSV and writes contract Parquet files DuckDB can read', async () => {
    const out = mkdtempSync(join(tmpdir(), 'oversikt-ingest-'));
    const report = ingest(join(REAL, 'ssb/statbank-07459-population-2021.csv'), out);
    expect(report).toMatchObject({ ok: true, format: 'ssb-csv' });
    expect(report.rowsKept).toBeGreaterThan(30_000);
    expect(report.places.unknown.map((u) => u.text)).toEqual(['K-1507 Ålesund']);
    for (const f of ['observation', 'indicator', 'source'])
      expect(existsSync(join(out, `${f}.parquet`))).toBe(true);
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = await conn.runAndReadAll(
      `SELECT count(*)::INTEGER AS n, count(DISTINCT geo_code)::INTEGER AS places FROM read_parquet(${quoteLiteral(join(out, 'observation.parquet'))})`,
    );
    const [r] = rows.getRowObjectsJS();
    expect(r?.n).toBe(report.rowsKept);
    expect(Number(r?.places)).toBeGreaterThan(300);
    conn.closeSync();
  }, 60_000);

  it('reads the real FHI Ungdata table with place names only, missing years as missing', () => {
    const out = mkdtempSync(join(tmpdir(), 'oversikt-ingest-'));
    const report = ingest(join(REAL, 'fhi/ungdata-psykiske-plager-ungdom.csv'), out);
    expect(report).toMatchObject({ ok: true, rowsRejected: 0 });
    expect(report.rowsKept).toBeGreaterThan(50);
  }, 60_000);
});
