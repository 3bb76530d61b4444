/**
 * SYNTHETIC data for benchmarks only: a deterministic generic long CSV of made-up figures. Every
 * row says so in its note column. Never part of the embedded data.
 */
import { codeLoadedObservation, OBSERVATION_LOAD } from '../sql/coded.ts';

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

/**
 * SQL that fills a SYNTHETIC observation table of n rows, sorted like the real one, for query
 * timing, coded like the app's: 50 000 rows per made-up indicator, places taken in turn from the real `geo` table (so the
 * timed queries find rows and join their names), 25 years, two sexes.
 */
export function syntheticObservationSql(n: number): string[] {
  const load = `CREATE OR REPLACE TABLE ${OBSERVATION_LOAD} AS
WITH g AS (SELECT code, (row_number() OVER (ORDER BY code) - 1)::BIGINT AS k FROM geo),
  c AS (SELECT count(*)::BIGINT AS places FROM geo)
SELECT 'synthetic-' || (i // 50000)::VARCHAR AS indicator_id, g.code AS geo_code,
  (2000 + i % 25)::INTEGER AS period_from, (2000 + i % 25)::INTEGER AS period_to,
  CASE (i // 25) % 2 WHEN 0 THEN 'all' ELSE 'female' END AS sex, 'all' AS age,
  (hash(i) % 1000) / 10.0 AS value, NULL::DOUBLE AS ci_low, NULL::DOUBLE AS ci_high,
  NULL::DOUBLE AS numerator, NULL::DOUBLE AS denominator, NULL::INTEGER AS respondents,
  'ok' AS status, 'synthetic' AS source_id, 'synthetic' AS note
FROM range(${Math.floor(n)}) t(i), c JOIN g ON g.k = (t.i // 50) % c.places
ORDER BY indicator_id, geo_code, period_from`;
  // Coded as the embedded table is at start (src/sql/coded.ts).
  return [load, ...codeLoadedObservation().map((q) => q.sql)];
}
