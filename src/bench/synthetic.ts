/**
 * SYNTHETIC data for benchmarks only: a deterministic generic long CSV of made-up figures. Every
 * row says so in its note column. Never part of the embedded data.
 */
import { codeTable, createCodedObservation, OBSERVATION_CODED } from '../sql/coded.ts';
import { compressStatements } from '../sql/compress.ts';

const HEADER =
  'indicator_id,geo_code,period_from,period_to,sex,age,value,status,note,indicator_name,unit\n';
const SEXES = ['all', 'male', 'female'];
const GEOS = ['1554', '3447', '3320', '5057', '0301', '4601', '5001', '1103', '3301', '1804'];

/** Synthetic long CSV of about `targetBytes` bytes, in chunks (as a file would arrive), with its row count. */
export function syntheticLongCsvParts(targetBytes: number): { parts: string[]; rows: number } {
  const parts: string[] = [HEADER];
  let bytes = HEADER.length;
  let rows = 0;
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  while (bytes < targetBytes) {
    let chunk = '';
    for (let k = 0; k < 5000; k++) {
      const i = rows + k;
      const ind = `synthetic-${i % 50}`;
      const geo = GEOS[Math.floor(i / 50) % GEOS.length] as string;
      const year = 2000 + (Math.floor(i / 500) % 25);
      const sex = SEXES[Math.floor(i / 12500) % 3] as string;
      const age = `${Math.floor(i / 37500) % 80}_${(Math.floor(i / 37500) % 80) + 5}`;
      chunk += `${ind},${geo},${year},${year},${sex},${age},${(rand() * 100).toFixed(1)},ok,synthetic,Synthetic ${i % 50},percent\n`;
    }
    rows += 5000;
    parts.push(chunk);
    bytes += chunk.length;
  }
  return { parts, rows };
}

/** The same as one string. */
export function syntheticLongCsv(targetBytes: number): { text: string; rows: number } {
  const { parts, rows } = syntheticLongCsvParts(targetBytes);
  return { text: parts.join(''), rows };
}

/** Rows per INSERT of the synthetic table; compressed between inserts. */
export const SYNTHETIC_CHUNK_ROWS = 2_000_000;

/**
 * SQL that fills a SYNTHETIC observation table of n rows, coded like the app's (src/sql/coded.ts),
 * for query timing: 50 000 rows per made-up indicator, places taken in turn from the real `geo`
 * table (so the timed queries find rows and join their names), 25 years, two sexes. The keys are
 * written straight into `observation_coded` in key order, so nothing is sorted; the rows go in by
 * SYNTHETIC_CHUNK_ROWS with a compression between (DuckDB keeps new rows uncompressed until a
 * checkpoint; 10 M uncompressed rows do not fit in DuckDB-wasm's 4 GB). A table of at most one
 * chunk is left uncompressed, to measure the difference.
 */
export function syntheticObservationSql(n: number): string[] {
  const rows = Math.floor(n);
  const indicators = Math.max(1, Math.ceil(rows / 50000));
  const out = [
    ...createCodedObservation().map((q) => q.sql),
    `INSERT INTO ${codeTable('indicator_id')} SELECT (j + 1)::INTEGER, 'synthetic-' || j::VARCHAR FROM range(${indicators}) t(j)`,
    `INSERT INTO ${codeTable('geo_code')} SELECT row_number() OVER (ORDER BY code)::INTEGER, code FROM geo`,
    `INSERT INTO ${codeTable('sex')} VALUES (1, 'all'), (2, 'female'), (3, 'male')`,
  ];
  for (let from = 0; from < rows; from += SYNTHETIC_CHUNK_ROWS) {
    if (from > 0) out.push(...compressStatements().map((q) => q.sql));
    const to = Math.min(rows, from + SYNTHETIC_CHUNK_ROWS);
    out.push(`INSERT INTO ${OBSERVATION_CODED} (indicator_k, geo_k, period_from, period_to, sex_k, age, value, ci_low, ci_high, numerator, denominator, respondents, status, source_id, note)
SELECT (1 + i // 50000)::INTEGER, (1 + (i // 50) % c.places)::INTEGER,
  (2000 + i % 25)::INTEGER, (2000 + i % 25)::INTEGER,
  (1 + (i // 25) % 2)::INTEGER, 'all',
  (hash(i) % 1000) / 10.0, NULL, NULL, NULL, NULL, NULL, 'ok', 'synthetic', 'synthetic'
FROM range(${from}, ${to}) t(i), (SELECT count(*)::BIGINT AS places FROM geo) c`);
  }
  return out;
}
