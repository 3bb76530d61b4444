/**
 * `npm run ingest` as a user runs it: on the project's own fixtures (always), on a generated file
 * of several chunks (streamed, rows written as they come), and on the real exports in
 * ../shared/formats where they exist (as on CI; elsewhere left out, saying so).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteLiteral } from '../../src/sql/quote.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const REAL = new URL('../../../shared/formats/', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures/ingest');
const missing = !existsSync(REAL);
if (missing)
  console.log(
    `ingest-cli: the real exports are left out, ${REAL} does not exist (it sits beside the repository on CI); the fixtures cover the same shapes`,
  );

interface CliReport {
  ok: boolean;
  format: string;
  formatName: string;
  summary: string;
  rowsRead: number;
  rowsKept: number;
  rowsRejected: number;
  rowsDropped: number;
  rowsUnreadable: number;
  error?: { code: string; text: string };
  notes: { code: string; text: string }[];
  unreadable: { from: number; to: number; text: string }[];
  places: { unknown: { text: string; reason: { code: string; text: string } }[] };
}

/** Runs `npm run ingest -- …` (through tsx) and returns its exit code and report. */
function ingest(file: string, out?: string): { status: number; report: CliReport } {
  const r = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'scripts/ingest.ts'), file, ...(out ? ['--out', out] : [])],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return { status: r.status ?? -1, report: JSON.parse(r.stdout) as CliReport };
}

async function parquetCount(path: string): Promise<{ n: number; places: number }> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const rows = await conn.runAndReadAll(
    `SELECT count(*)::INTEGER AS n, count(DISTINCT geo_code)::INTEGER AS places FROM read_parquet(${quoteLiteral(path)})`,
  );
  conn.closeSync();
  const [r] = rows.getRowObjectsJS();
  return { n: Number(r?.n), places: Number(r?.places) };
}

describe('npm run ingest on the fixtures', () => {
  it('prints the report with codes and English text, and writes Parquet files DuckDB reads', async () => {
    const out = mkdtempSync(join(tmpdir(), 'oversikt-ingest-'));
    const { status, report } = ingest(join(FIXTURES, 'excel-title-sep.csv'), out);
    expect(status).toBe(0);
    expect(report).toMatchObject({ ok: true, format: 'names-table', rowsRejected: 0 });
    expect(report.formatName).toBe('Table with place names (FHI/Ungdata)');
    expect(report.notes.map((n) => n.code)).toContain('note.sep-line');
    expect(report.notes.find((n) => n.code === 'note.sep-line')?.text).toContain(
      "Excel's sep= line",
    );
    expect(report.summary).toBe(
      `${report.rowsRead} read = ${report.rowsKept} kept + 0 rejected + 0 left out + 0 unreadable`,
    );
    for (const f of ['observation', 'indicator', 'source'])
      expect(existsSync(join(out, `${f}.parquet`))).toBe(true);
    expect((await parquetCount(join(out, 'observation.parquet'))).n).toBe(report.rowsKept);
  }, 60_000);

  it('exits 1 with the reason as code and text when the file cannot be read', () => {
    const { status, report } = ingest(join(FIXTURES, 'malformed/not-a-table.csv'));
    expect(status).toBe(1);
    expect(report.error).toMatchObject({
      code: 'file.format-not-recognised',
      text: expect.stringContaining('unreadable file: format not recognised') as string,
    });
  }, 60_000);

  it('streams a file of several chunks, writing rows as they come, with the unreadable lines named', async () => {
    // 10 MB: three chunks of 4 MiB; a quote left open on the last line but three.
    const dir = mkdtempSync(join(tmpdir(), 'oversikt-ingest-'));
    const lines = ['indicator_id;geo_code;period;sex;age;value'];
    const places = ['1554', '3320', '0301', '5001', '1103'];
    const indicators = ['snus-weekly', 'smoking-weekly', 'drunk-12m', 'offered-cannabis'];
    for (let i = 0; lines.length < 300_000; i++) {
      // Every key (indicator, place, sex, year, age) once.
      const [ind, sex] = [
        indicators[Math.floor(i / 108_000)],
        ['all', 'male', 'female'][Math.floor(i / 5) % 3],
      ];
      const [year, age] = [1990 + (Math.floor(i / 15) % 36), Math.floor(i / 540) % 200];
      lines.push(`ungdata-${ind};${places[i % 5]};${year};${sex};${age}_${age};${(i % 997) / 10}`);
    }
    lines.push('ungdata-bullied;"1554;2300;all;1', 'ungdata-bullied;1554;2301;all;2', '');
    const file = join(dir, 'big.csv');
    writeFileSync(file, lines.join('\r\n'));
    const { status, report } = ingest(file, join(dir, 'out'));
    expect(status).toBe(0);
    expect(report).toMatchObject({
      ok: true,
      rowsRead: 300_001,
      rowsKept: 299_999,
      rowsRejected: 0,
      rowsUnreadable: 2,
    });
    expect(report.unreadable).toEqual([expect.objectContaining({ from: 300_001, to: 300_002 })]);
    expect(report.unreadable[0]?.text).toContain('a quote opened on line 300,001 is never closed');
    expect((await parquetCount(join(dir, 'out', 'observation.parquet'))).n).toBe(299_999);
  }, 120_000);
});

describe.skipIf(missing)('npm run ingest on the real exports', () => {
  it('reads the real SSB Statbank CSV and writes contract Parquet files DuckDB can read', async () => {
    const out = mkdtempSync(join(tmpdir(), 'oversikt-ingest-'));
    const { report } = ingest(join(REAL, 'ssb/statbank-07459-population-2021.csv'), out);
    expect(report).toMatchObject({ ok: true, format: 'ssb-csv' });
    // 359 places × 7 age bands (the single years summed), less Ålesund and the pseudo-regions.
    expect(report.rowsKept).toBe(2485);
    expect(report.places.unknown.map((u) => u.text)).toEqual(['K-1507 Ålesund']);
    expect(report.places.unknown[0]?.reason.text).toContain('was split (into 1508, 1580)');
    const counted = await parquetCount(join(out, 'observation.parquet'));
    expect(counted.n).toBe(report.rowsKept);
    expect(counted.places).toBeGreaterThan(300);
  }, 60_000);

  it('reads the real FHI Ungdata table with place names only, missing years as missing', () => {
    const out = mkdtempSync(join(tmpdir(), 'oversikt-ingest-'));
    const { report } = ingest(join(REAL, 'fhi/ungdata-psykiske-plager-ungdom.csv'), out);
    expect(report).toMatchObject({ ok: true, rowsRejected: 0 });
    expect(report.rowsKept).toBeGreaterThan(50);
  }, 60_000);
});

it('says which file is missing, with exit code 2', () => {
  const r = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'scripts/ingest.ts'), '/nonexistent.csv'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('no such file');
});
