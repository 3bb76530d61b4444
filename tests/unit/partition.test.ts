/**
 * The observation table as hive-partitioned Parquet (pipelines/partition.ts) and the national
 * roll-up the README shows (docs/rollup-county-population.sql), run with DuckDB for Node the way
 * an analyst would run it with the DuckDB command line: in the folder, on the files.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { writePartitioned } from '../../pipelines/partition.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const SQL = readFileSync(join(ROOT, 'docs/rollup-county-population.sql'), 'utf8');
let out: string;
let partitions: number;
beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'oversikt-partitioned-'));
  partitions = await writePartitioned(join(ROOT, 'data'), out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('observation as Parquet partitioned by source kind and year', () => {
  it('writes one folder per source kind, each with one folder per year', () => {
    const kinds = readdirSync(join(out, 'observation')).sort();
    expect(kinds).toContain('source_kind=other');
    expect(kinds.every((k) => k.startsWith('source_kind='))).toBe(true);
    const years = readdirSync(join(out, 'observation', 'source_kind=other'));
    expect(years).toContain('year=2024');
    expect(years.every((y) => /^year=\d{4}$/.test(y))).toBe(true);
    expect(partitions).toBeGreaterThanOrEqual(years.length);
    expect(existsSync(join(out, 'geo.parquet'))).toBe(true);
  });

  it("the README's county roll-up sums the municipalities to each county's own 2024 figure", async () => {
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    try {
      await conn.run(`SET file_search_path = '${out.replaceAll("'", "''")}'`);
      const rows = (await conn.runAndReadAll(SQL)).getRowObjectsJson();
      const y2024 = rows.filter((r) => Number(r['year']) === 2024);
      expect(y2024).toHaveLength(15); // the 15 counties of 2024
      for (const r of y2024) {
        expect(Number(r['from_municipalities']), String(r['name'])).toBe(
          Number(r['county_figure']),
        );
      }
      expect(y2024.reduce((s, r) => s + Number(r['municipalities']), 0)).toBe(357);
    } finally {
      conn.closeSync();
      db.closeSync();
    }
  });

  it('the README shows the roll-up as it is in docs/', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(SQL.trim());
  });
});
