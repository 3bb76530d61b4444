/**
 * DuckDB's CSV reader and the importer's own reader give the same import: for every fixture and
 * for files made to hit each rule, the same report (counts, rejections with their rows and
 * reasons, places, periods, indicators, notes), the same rows, indicators, groups and source.
 * Each case also says which reader read it, so a change that sends everything to the own reader
 * fails here too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../pipelines/lib/node-connector.ts';
import { openDuckDb } from '../../pipelines/lib/parquet.ts';
import { nodeCsvHost } from '../../pipelines/lib/duck-csv-host.ts';
import { ingestWithDuckDb } from '../../src/imports/duck-ingest.ts';
import { ingestFile, type IngestResult } from '../../src/ingest/ingest.ts';
import type { IngestOptions } from '../../src/ingest/types.ts';
import { bytesOf, curatedContext, FIXTURES } from './ingest-helpers.ts';

const context = curatedContext();
let db: NodeConnector;
beforeAll(async () => {
  db = new NodeConnector(await openDuckDb());
});
afterAll(() => db.close());

/** The result with what may differ taken out: time, and the order of notes and place lists. */
function comparable(r: IngestResult) {
  const sortJson = <T>(xs: readonly T[]): T[] =>
    [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  const {
    ms: _ms,
    notes,
    places,
    ...report
  } = r.report as typeof r.report & {
    places?: Record<string, unknown[]>;
  };
  return {
    report: {
      ...report,
      notes: sortJson(notes ?? []),
      places: places
        ? Object.fromEntries(Object.entries(places).map(([k, v]) => [k, sortJson(v)]))
        : places,
    },
    observations: r.observations,
    indicators: r.indicators,
    geoAdditions: sortJson(r.geoAdditions),
    source: r.source,
  };
}

async function both(bytes: Uint8Array, name: string, options: IngestOptions = {}) {
  const retrieved = '2026-12-04';
  const own = await ingestFile(bytes, name, context, { ...options, retrieved });
  const duck = await ingestWithDuckDb(
    bytes,
    name,
    context,
    { ...options, retrieved },
    nodeCsvHost(db),
  );
  return { own, duck };
}

const fixtureOptions = (file: string): IngestOptions => {
  const expected = JSON.parse(readFileSync(new URL(`${file}.expected.json`, FIXTURES), 'utf8')) as {
    options?: IngestOptions;
  };
  return expected.options ?? {};
};

const FIXTURE_FILES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isFile() && !d.name.endsWith('.expected.json') && !d.name.endsWith('.ts'))
  .map((d) => d.name)
  .sort();

/** The fixtures DuckDB must read itself (one figure per line, nothing DuckDB rejects). */
const READ_BY_DUCKDB = new Set([
  'excel-sep-comma.csv',
  'generic-long.csv',
  'header-trailing-separator.csv',
  'mapping-kostra.csv',
  'mixed-line-endings.csv',
  'rows-trailing-separator.csv',
  'wide-header.csv',
]);

describe('every import fixture: the same import from both readers', () => {
  for (const file of FIXTURE_FILES) {
    it(file, async () => {
      const { own, duck } = await both(
        bytesOf(new URL(file, FIXTURES)),
        file,
        fixtureOptions(file),
      );
      expect(comparable(duck.result)).toEqual(comparable(own));
      if (READ_BY_DUCKDB.has(file)) expect(duck).toMatchObject({ engine: 'duckdb' });
    });
  }
});

const HEADER =
  'indicator_id,geo_code,period_from,period_to,sex,age,value,ci_low,ci_high,respondents,status,note,indicator_name,unit,geo_name';

/** Rows that each hit one rule, plain ones between them. */
const RULE_ROWS = [
  'ungdata-drunk-12m,1554,2021,2021,all,grade_8_10,12.5,10.1,14.9,210,ok,,,,',
  'ungdata-drunk-12m,1554,2022,2022,all,grade_8_10,..,,,,,,,,',
  'ungdata-drunk-12m,1554,2023,2023,all,grade_8_10,:,,,,suppressed,few answered,,,',
  'ungdata-drunk-12m,1554,2021,2021,all,grade_8_10,12.5,,,,,,,,',
  'ungdata-drunk-12m,1554,2021,2021,all,grade_8_10,13.0,,,,,,,,',
  'ungdata-drunk-12m,0615,2017,2017,all,grade_8_10,9,,,,ok,Old code,,,',
  'ungdata-drunk-12m,Averøy,2019,2019,all,grade_8_10,7,,,,,,,,',
  'ungdata-drunk-12m,Atlantis,2019,2019,all,grade_8_10,7,,,,,,,,',
  'ungdata-drunk-12m,1554,1850,1850,all,grade_8_10,7,,,,,,,,',
  'ungdata-drunk-12m,1554,2020,2019,all,grade_8_10,7,,,,,,,,',
  'ungdata-drunk-12m,1554,2020,2020,alien,grade_8_10,7,,,,,,,,',
  'ungdata-drunk-12m,1554,2020,2020,female,,7,,,,,,,,',
  'ungdata-drunk-12m,1554,2018,2018,all,grade_8_10,120,,,,,,,,',
  'ungdata-drunk-12m,1554,2018,2018,male,grade_8_10,-3,,,,,,,,',
  'ungdata-drunk-12m,1554,2018,2018,female,grade_8_10,5,6,9,,,,,,',
  'ungdata-drunk-12m,1554,2017,2017,female,grade_8_10,5,1,9,2.5,,,,,',
  'ungdata-drunk-12m,1554,2016,2016,female,grade_8_10,5,,,,maybe,,,,',
  'ungdata-drunk-12m,1554,2016,2016,male,grade_8_10,5,,,,suppressed,,,,',
  'ungdata-drunk-12m,1554,2016,2016,all,grade_8_10,,,,,ok,,,,',
  'ungdata-drunk-12m,1554,2015,2015,all,grade_8_10,"4,5",,,,,,,,',
  'ungdata-drunk-12m,1554,2014,2014,all,grade_8_10,abc,,,,,,,,',
  'ungdata-drunk-12m,1554,2013,2013,all,grade_8_10,-0,,,,,,,,',
  'ungdata-drunk-12m,1554,2012,2012,all,grade_8_10, 6 ,,,,OK,\u00a0padded note\u00a0,,,',
  'ungdata-drunk-12m,1554,2011,2011,all,grade_8_10,6,..,x,,,,,,',
  'Not An Id,1554,2020,2020,all,all,5,,,,,,,,',
  ',1554,2020,2020,all,all,5,,,,,,,,',
  'my-count,1554,2020,2020,all,all,3.5,,,,,,Mitt tall,count,',
  'my-count,1554,2021,2021,all,all,4,,,,,,Mitt tall,count,',
  'my-count,G-NABO,2021,2021,all,all,4,,,,,,Mitt tall,count,Naboene',
  'my-count,G-NABO,2022,2022,all,all,5,,,,,,,,Other name',
  'my-share,1554,2021,2021,all,all,0.25,,,,,,Andel,percent,',
  'my-share,1554,2022,2022,all,all,0.5,,,,,,Andel,percent,',
  'my-share,1554,2023,2023,all,all,0.75,,,,,,Andel,weird-unit,',
  'ungdata-drunk-12m,9999,2021,2021,all,grade_8_10,1,,,,,,,,',
  'ungdata-drunk-12m,1554,2010,2010,all,grade_8_10,1e3,,,,,,,,',
  'ungdata-drunk-12m,1554,2009,2009,all,grade_8_10,12.5,,,,,"a note, with a comma",,,',
  'ungdata-drunk-12m,1554,2009,2009,all,grade_8_10,12.5,,,,,,,,',
  'ungdata-drunk-12m,1554,2008_2010,,all,grade_8_10,12.5,,,,,,,,',
];

const file = (lines: string[], end = '\n'): Uint8Array =>
  new TextEncoder().encode(lines.join(end) + end);

describe('made files: every rule, read by DuckDB, gives what the own reader gives', () => {
  it('each rule in turn, with repeats of both kinds', async () => {
    const { own, duck } = await both(file([HEADER, ...RULE_ROWS]), 'rules.csv');
    expect(duck.engine).toBe('duckdb');
    expect(own.report.rowsRejected).toBeGreaterThan(15);
    expect(own.report.duplicates).toBe(3);
    expect(comparable(duck.result)).toEqual(comparable(own));
  });

  it('the same rows with CRLF line ends, semicolons and decimal commas', async () => {
    const rows = [HEADER, ...RULE_ROWS].map((l) =>
      l
        .replace(/"4,5"/, '4,5')
        .replace(/"a note, with a comma"/, 'a note')
        .replaceAll(',', ';')
        .replace(/(\d)\.(\d)/g, '$1,$2'),
    );
    const { own, duck } = await both(file(rows, '\r\n'), 'rules-semicolon.csv');
    expect(duck.engine).toBe('duckdb');
    expect(comparable(duck.result)).toEqual(comparable(own));
  });

  it('a fixed indicator and constants through a column mapping', async () => {
    const lines = [
      'Kommune;År;Verdi',
      'Averøy;2021;12',
      '1554;2022;..',
      'Flå;2022;7',
      'Oslo;2023;x',
    ];
    const options: IngestOptions = {
      mapping: {
        place: 'Kommune',
        period: 'År',
        value: 'Verdi',
        indicatorId: 'ungdata-drunk-12m',
        constants: { sex: 'female', age: 'grade_8_10' },
      },
    };
    const { own, duck } = await both(file(lines), 'mapping.csv', options);
    expect(duck.engine).toBe('duckdb');
    expect(own.report.rowsKept).toBe(3);
    expect(comparable(duck.result)).toEqual(comparable(own));
  });

  it('more rejections than the report lists: the first 1 000 by row, all in the counts', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 1500; i++) {
      lines.push(
        `ungdata-drunk-12m,1554,${2000 + (i % 20)},${2000 + (i % 20)},all,grade_8_10,${i % 7},,,,,,,,`,
      );
      if (i % 3 === 0) lines.push(`ungdata-drunk-12m,Atlantis,2001,2001,all,grade_8_10,1,,,,,,,,`);
    }
    const { own, duck } = await both(file(lines), 'many.csv');
    expect(duck.engine).toBe('duckdb');
    expect(own.report.rejectionsTruncated).toBe(true);
    expect(comparable(duck.result)).toEqual(comparable(own));
  });

  it('a quoted cell over two lines, a blank line between rows, a line DuckDB rejects: the own reader reads them', async () => {
    const multi = [
      HEADER,
      RULE_ROWS[0] as string,
      'ungdata-drunk-12m,1554,2022,2022,all,grade_8_10,1,,,,,"two\nlines",,,',
    ];
    const blank = [HEADER, RULE_ROWS[0] as string, '', RULE_ROWS[1] as string];
    const ragged = [HEADER, RULE_ROWS[0] as string, 'ungdata-drunk-12m,1554'];
    const wide = [HEADER, RULE_ROWS[0] as string, `${RULE_ROWS[1] as string},extra`];
    for (const lines of [multi, blank, ragged, wide]) {
      const { own, duck } = await both(file(lines), 'odd.csv');
      expect(duck.engine).toBe('own');
      expect(duck.why).toBeTruthy();
      expect(comparable(duck.result)).toEqual(comparable(own));
    }
  });
});
