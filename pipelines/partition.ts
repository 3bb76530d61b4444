/**
 * The observation table as Parquet partitioned by source kind and year (hive layout:
 * `observation/source_kind=ungdata/year=2020/data_0.parquet`), with `geo` and `indicator` beside it,
 * for engines outside the browser: a county or FHI analyst who rolls all municipalities up with the
 * DuckDB command line or any engine that reads Parquet (docs/rollup-county-population.sql).
 * `year` is the year a figure's period ends; `source_kind` is its indicator's.
 *
 *   npm run partition -- OUT_DIR     (default: .partitioned/ in the repository, not committed)
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { quoteLiteral } from '../src/sql/quote.ts';
import { openDuckDb } from './lib/parquet.ts';

/** Writes the partitioned copy of `<dataDir>/*.parquet` into `outDir` (replaced). Returns the partitions' count. */
export async function writePartitioned(dataDir: string, outDir: string): Promise<number> {
  const file = (t: string) => quoteLiteral(join(dataDir, `${t}.parquet`));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const conn = await openDuckDb();
  try {
    await conn.run(
      `COPY (SELECT o.*, i.source_kind, o.period_to AS year
  FROM read_parquet(${file('observation')}) o JOIN read_parquet(${file('indicator')}) i ON i.id = o.indicator_id
  ORDER BY i.source_kind, o.period_to, o.indicator_id, o.geo_code, o.period_from)
TO ${quoteLiteral(join(outDir, 'observation'))} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (source_kind, year))`,
    );
    for (const t of ['geo', 'indicator'])
      await conn.run(
        `COPY (SELECT * FROM read_parquet(${file(t)})) TO ${quoteLiteral(join(outDir, `${t}.parquet`))} (FORMAT parquet, COMPRESSION zstd)`,
      );
    const r = await conn.runAndReadAll(
      `SELECT count(DISTINCT (source_kind, year))::INTEGER AS n FROM read_parquet(${quoteLiteral(join(outDir, 'observation', '*', '*', '*.parquet'))}, hive_partitioning = true)`,
    );
    return Number(r.getRowObjectsJson()[0]?.['n']);
  } finally {
    conn.closeSync();
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const out = resolve(process.argv[2] ?? join(root, '.partitioned'));
  const n = await writePartitioned(join(root, 'data'), out);
  console.log(`${n} partitions (source kind × year) written to ${out}`);
}
