import { mkdtempSync, readFileSync } from 'node:fs';
import { rawRow } from '../../src/arrow/decode.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAll } from '../../pipelines/run-all.ts';
import { NodeConnector } from '../../pipelines/lib/node-connector.ts';

const ROOT = new URL('../..', import.meta.url).pathname;

function run(outDir: string) {
  return runAll({ root: ROOT, curatedDir: join(ROOT, 'pipelines/curated'), outDir });
}

describe('pipelines are deterministic', () => {
  it('the same inputs give the same files and manifest', async () => {
    const a = mkdtempSync(join(tmpdir(), 'oversikt-a-'));
    const b = mkdtempSync(join(tmpdir(), 'oversikt-b-'));
    const ea = await run(a);
    const eb = await run(b);
    expect(eb).toEqual(ea);
    expect(readFileSync(join(b, 'manifest.json'), 'utf8')).toEqual(
      readFileSync(join(a, 'manifest.json'), 'utf8'),
    );
    for (const e of ea)
      expect(readFileSync(join(b, e.file))).toEqual(readFileSync(join(a, e.file)));
  });

  it('the committed data/ matches what the pipelines make now', async () => {
    const out = mkdtempSync(join(tmpdir(), 'oversikt-c-'));
    const entries = await run(out);
    const committed = JSON.parse(readFileSync(join(ROOT, 'data/manifest.json'), 'utf8')) as {
      tables: unknown[];
    };
    expect(committed.tables, 'data/ is stale: run "npm run data"').toEqual(entries);
  });

  it('observations are stored sorted by indicator, place and period', async () => {
    const db = await NodeConnector.open(join(ROOT, 'data'));
    try {
      const rows = await db.query({
        sql: 'SELECT indicator_id, geo_code, period_from FROM observation',
        params: [],
        decode: rawRow,
      });
      // Compare field by field: codes differ in length ('40' sorts before '4001', as DuckDB does).
      const keys = rows.map(
        (r) => [String(r.indicator_id), String(r.geo_code), Number(r.period_from)] as const,
      );
      const byKey = (a: (typeof keys)[number], b: (typeof keys)[number]) =>
        (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) ||
        (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) ||
        a[2] - b[2];
      expect(keys).toEqual([...keys].sort(byKey));
      expect(rows.length).toBeGreaterThan(100);
    } finally {
      db.close();
    }
  });
});
