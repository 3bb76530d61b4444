/**
 * The chunked API: progress reports, cancelling, a large generated long CSV, and the function's
 * purity (same input, same output; the context is not touched). Speed is measured by
 * `npm run bench`, not here.
 */
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/ingest.ts';
import type { IngestProgress } from '../../src/ingest/types.ts';
import { curatedContext } from './ingest-helpers.ts';

const context = curatedContext();
const municipalities = context.geo
  .filter((g) => g.level === 'municipality')
  .map((g) => String(g.code));
const indicators = context.indicator.filter((i) => i.unit === 'percent').map((i) => String(i.id));

/** A generic long CSV of about `mb` megabytes with unique keys; every 50th figure suppressed. */
function generate(mb: number): { bytes: Uint8Array; rows: number } {
  const lines = ['indicator_id,geo_code,period_from,period_to,sex,age,value,status'];
  let size = lines[0]?.length ?? 0;
  let rows = 0;
  outer: for (const ind of indicators)
    for (const geo of municipalities)
      for (let year = 1990; year <= 2025; year++)
        for (const sex of ['all', 'male', 'female']) {
          const line =
            rows % 50 === 0
              ? `${ind},${geo},${year},${year},${sex},grade_8_10,,suppressed`
              : `${ind},${geo},${year},${year},${sex},grade_8_10,${((rows * 7919) % 6000) / 100},ok`;
          lines.push(line);
          rows++;
          size += line.length + 1;
          if (size > mb * 1e6) break outer;
        }
  return { bytes: new TextEncoder().encode(lines.join('\n') + '\n'), rows };
}

describe('large files', () => {
  const big = generate(20);

  it('reads a 20 MB long CSV, with progress', async () => {
    const ticks: IngestProgress[] = [];
    const r = await ingestFile(big.bytes, 'big.csv', context, { onProgress: (p) => ticks.push(p) });
    expect(r.report).toMatchObject({
      ok: true,
      rowsRead: big.rows,
      rowsKept: big.rows,
      rowsRejected: 0,
    });
    expect(r.report.statuses.suppressed).toBe(Math.ceil(big.rows / 50));
    // Progress rises to the whole file.
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.at(-1)).toEqual({ bytes: big.bytes.length, rows: big.rows });
    for (let i = 1; i < ticks.length; i++)
      expect((ticks[i] as IngestProgress).rows).toBeGreaterThanOrEqual(
        (ticks[i - 1] as IngestProgress).rows,
      );
  });

  it('stops when cancelled, with the signal reason', async () => {
    const ac = new AbortController();
    let seen = 0;
    const run = ingestFile(big.bytes, 'big.csv', context, {
      signal: ac.signal,
      onProgress: (p) => {
        seen = p.rows;
        ac.abort(new Error('cancelled by the user'));
      },
    });
    await expect(run).rejects.toThrow('cancelled by the user');
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(big.rows);
  });

  it('does not start when already cancelled', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(
      ingestFile(big.bytes, 'big.csv', context, { signal: ac.signal }),
    ).rejects.toThrow();
  });
});

describe('purity', () => {
  it('gives the same result twice and leaves the context alone', async () => {
    const bytes = new TextEncoder().encode(
      'indicator_id,geo_code,period,value,unit\nnew-one,0615,2017,3,count\nungdata-bullied,1554,2021,7,\n',
    );
    const before = JSON.stringify(context);
    const a = await ingestFile(bytes, 'a.csv', context, { retrieved: '2026-01-01' });
    const b = await ingestFile(bytes, 'a.csv', context, { retrieved: '2026-01-01' });
    const { ms: _a, ...ra } = a.report;
    const { ms: _b, ...rb } = b.report;
    expect(ra).toEqual(rb);
    expect(a.observations).toEqual(b.observations);
    expect(a.indicators).toEqual(b.indicators);
    expect(a.source).toEqual(b.source);
    expect(JSON.stringify(context)).toBe(before);
    expect(a.source).toMatchObject({
      kind: 'import',
      file_name: 'a.csv',
      retrieved: '2026-01-01',
      rows_kept: 2,
    });
    expect(a.report.sourceId).toMatch(/^import-a-[0-9a-f]{8}$/);
  });
});
