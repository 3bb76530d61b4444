/**
 * The real export files in ../shared/formats (beside the repository, as on CI) import with the
 * right figures: three values per file checked against what the file says. Without ../shared (a
 * clone from the project's public home) they are left out, and say so; the project's own fixtures
 * (tests/fixtures/ingest) cover the same shapes and always run.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestText } from '../../src/i18n/ingest-text.ts';
import type { Row } from '../../src/domain/contract.ts';
import { ingestFile, type IngestResult } from '../../src/ingest/ingest.ts';
import type { IngestOptions } from '../../src/ingest/types.ts';
import { bytesOf, curatedContext } from './ingest-helpers.ts';

const context = curatedContext();
const REAL = new URL('../../../shared/formats/', import.meta.url);
const missing = !existsSync(REAL);
if (missing)
  console.log(
    `ingest-real: left out, ${REAL.pathname} does not exist (it sits beside the repository on CI); the fixtures in tests/fixtures/ingest cover the same shapes`,
  );

async function importReal(path: string, options: IngestOptions = {}): Promise<IngestResult> {
  const url = new URL(path, REAL);
  return ingestFile(bytesOf(url), path.split('/').pop() as string, context, options);
}

function find(rows: Row[], where: Record<string, string | number>): Row {
  const hits = rows.filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));
  expect(hits, JSON.stringify(where)).toHaveLength(1);
  return hits[0] as Row;
}

describe.skipIf(missing)('SSB Statbank CSV, table 07459, 2021 (ISO-8859-1)', () => {
  let r!: IngestResult;
  beforeAll(async () => {
    r = await importReal('ssb/statbank-07459-population-2021.csv');
  });
  it('is read as SSB CSV in Windows-1252 with the title line skipped', () => {
    expect(r.report).toMatchObject({
      ok: true,
      format: 'ssb-csv',
      encoding: 'windows-1252',
      separator: ';',
      headerLine: 3,
      title: '07459: Population, by region, age, contents and year',
      records: 38054,
      periods: ['2021'],
    });
  });
  it('sums the single years of age into the bands of the built-in population', () => {
    const obs = r.observations;
    expect(r.report.indicators).toMatchObject([{ id: 'population', status: 'matched' }]);
    expect(new Set(obs.map((o) => o.age))).toEqual(
      new Set(['all', '0_17', '13_19', '18_plus', '0_74', '67_plus', '80_plus']),
    );
    // As pipelines/curated/population/population.csv holds them (summed by the pipeline).
    expect(find(obs, { geo_code: '0301', age: 'all' }).value).toBe(697010);
    expect(find(obs, { geo_code: '0301', age: '0_17' }).value).toBe(132810);
    expect(find(obs, { geo_code: '0301', age: '80_plus' }).value).toBe(21713);
    expect(find(obs, { geo_code: '1103', age: '18_plus' }).value).toBe(112783);
  });
  it('drops the pseudo-regions, carries every code of 2020–2023 to 2024, and rejects only the split Ålesund', () => {
    expect(r.report.places.dropped.map((d) => d.text)).toEqual([
      'K-21-22 Svalbard and Jan Mayen',
      'K-23 Continental shelf',
      'K-Rest Divided municalities and unknown',
    ]);
    // Viken (30xx), Vestfold og Telemark (38xx) and Troms og Finnmark (54xx) were split in 2024;
    // each of their 113 municipalities got a new code, one to one (FHI's georecode 2024).
    const { carried } = r.report.places;
    expect(carried).toHaveLength(113);
    for (const c of carried) {
      expect(c.rows, c.text).toBe(7);
      expect(c.chain, c.text).toHaveLength(2);
      expect(c.chain[0], c.text).toMatch(/^(30|38|54)\d\d$/);
      expect(c.text.startsWith(`K-${c.chain[0]} `), c.text).toBe(true);
      expect(
        context.geo.some((g) => g.code === c.chain[1]),
        c.text,
      ).toBe(true);
    }
    expect(new Set(carried.map((c) => c.chain[1])).size).toBe(113);
    for (const [text, chain] of [
      ['K-3001 Halden', ['3001', '3101']],
      ['K-3039 Flå', ['3039', '3320']],
      ['K-3801 Horten', ['3801', '3901']],
      ['K-5401 Tromsø', ['5401', '5501']],
      ['K-5444 Sør-Varanger', ['5444', '5605']],
    ] as const)
      expect(carried).toContainEqual({ text, rows: 7, chain: [...chain] });
    // The figures go with the code, and each row says which code the file had.
    expect(find(r.observations, { geo_code: '3101', age: 'all' })).toMatchObject({
      value: 31387,
      note: expect.stringContaining('Code 3001 in the file, carried to 3101'),
    });
    expect(find(r.observations, { geo_code: '3320', age: '0_74' }).value).toBe(919);
    expect(find(r.observations, { geo_code: '5501', age: '67_plus' }).value).toBe(9582);
    // Ålesund 1507 was split in 2024 (1508 Ålesund, 1580 Haram): it stays unknown, never guessed.
    expect(r.report.places.unknown).toMatchObject([{ text: 'K-1507 Ålesund', rows: 7 }]);
    expect(ingestText('en', r.report.places.unknown[0]!.reason)).toContain(
      'code 1507 was split (into 1508, 1580)',
    );
    expect(r.report.rowsRejected).toBe(7);
    expect(r.observations.some((o) => o.geo_code === '1508' || o.geo_code === '1580')).toBe(false);
    // Every figure is accounted for: 7 bands per region, each the sum of 106 ages.
    expect(r.report.rowsRead).toBe(359 * 7);
    expect(r.report.rowsKept + r.report.rowsRejected + r.report.rowsDropped).toBe(359 * 7);
  });
});

describe.skipIf(missing)('SSB PxWebApi JSON-stat2, table 07459, 2022', () => {
  let r!: IngestResult;
  beforeAll(async () => {
    r = await importReal('ssb/pxweb-07459-population-2022.jsonstat2.json');
  });
  it('is read as JSON-stat with the object index', () => {
    expect(r.report).toMatchObject({
      ok: true,
      format: 'jsonstat2',
      records: 359,
      rowsDropped: 3,
      periods: ['2022'],
      indicators: [{ id: 'population', status: 'matched', unit: 'count' }],
    });
  });
  it('has the right figures', () => {
    expect(find(r.observations, { geo_code: '0301' }).value).toBe(699827);
    expect(find(r.observations, { geo_code: '1103' }).value).toBe(144699);
    expect(find(r.observations, { geo_code: '4601' }).value).toBe(286930);
    expect(find(r.observations, { geo_code: '5001' }).value).toBe(210496);
  });
  it('drops K-21-22, K-23 and K-Rest', () => {
    expect(r.report.places.dropped.map((d) => d.text)).toEqual([
      'K-21-22 Svalbard og Jan Mayen',
      'K-23 Kontinentalsokkelen',
      'K-Rest Delte kommuner og uoppgitt',
    ]);
  });
});

describe.skipIf(missing)('Ungdata figures republished by FHI (names only)', () => {
  let r!: IngestResult;
  beforeAll(async () => {
    r = await importReal('fhi/ungdata-psykiske-plager-ungdom.csv', {
      indicatorId: 'ungdata-depressive-symptoms',
    });
  });
  it('reads every row: names become codes, `.` is missing and `:` suppressed, never 0', () => {
    expect(r.report).toMatchObject({
      ok: true,
      format: 'names-table',
      rowsRead: 570,
      rowsKept: 570,
      rowsRejected: 0,
      statuses: { ok: 137, suppressed: 25, missing: 408 },
      indicators: [{ id: 'ungdata-depressive-symptoms', status: 'matched', rows: 570 }],
    });
    expect(r.report.places.covered).toHaveLength(19);
    expect(r.report.places.covered).toContain('0');
    expect(r.report.places.covered).toContain('40');
  });
  it('has the right figures', () => {
    const obs = r.observations;
    const at = (geo: string, year: number, sex: string): Row =>
      find(obs, { geo_code: geo, period_from: year, sex });
    expect(at('40', 2019, 'all').value).toBeCloseTo(15.5177272577926, 10);
    expect(at('4003', 2021, 'male').value).toBeCloseTo(8.75967362992488, 10);
    expect(at('4012', 2024, 'female').value).toBeCloseTo(22.1934678894182, 10);
    expect(at('0', 2025, 'female').value).toBeCloseTo(21.3247547421351, 10);
    expect(at('40', 2022, 'all')).toMatchObject({ value: null, status: 'missing' });
    expect(at('4010', 2018, 'male')).toMatchObject({ value: null, status: 'suppressed' });
    for (const o of obs) expect(o.age).toBe('grade_8_10');
  });
});
