import { join } from 'node:path';
import { rawRow } from '../../src/arrow/decode.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnector } from '../../pipelines/lib/node-connector.ts';
import {
  codeChanges,
  indicatorsById,
  indicatorsForPlace,
  placeByCode,
  pickerPlaces,
  sourcesById,
} from '../../src/sql/catalog.ts';
import { codedIs, groupedOnKeys } from '../../src/sql/coded.ts';
import { placeholders, queryKey } from '../../src/sql/query.ts';
import { quoteIdent, quoteLiteral } from '../../src/sql/quote.ts';
import { seriesQuery } from '../../src/sql/series.ts';

const DATA = join(new URL('../..', import.meta.url).pathname, 'data');
let db: NodeConnector;
beforeAll(async () => {
  db = await NodeConnector.open(DATA);
});
afterAll(() => db.close());

describe('aggregations grouped on the keys', () => {
  const rows = (sql: string) => db.query({ sql, params: [], decode: rawRow });
  it('give the same groups as the same aggregation over the observation view', async () => {
    // columns, aggregates, the condition on the coded table, the same on the view
    const cases: [string[], string, string, string][] = [
      [['indicator_id', 'sex'], 'round(avg(o.value), 6) AS v, count(*) AS n', '', ''],
      [['geo_code'], 'count(*)::INTEGER AS n', '', ''],
      [
        ['indicator_id', 'geo_code', 'age', 'period_to'],
        'bool_or(o.value IS NOT NULL) AS has',
        `${codedIs('sex', "'all'")} AND o.status = 'ok'`,
        "o.sex = 'all' AND o.status = 'ok'",
      ],
    ];
    for (const [columns, aggregates, keyedWhere, where] of cases) {
      const cols = columns.join(', ');
      const order = `ORDER BY ${cols}`;
      const keyed = await rows(
        `SELECT * FROM (${groupedOnKeys(columns, aggregates, keyedWhere)}) ${order}`,
      );
      const viewed = await rows(
        `SELECT ${cols}, ${aggregates} FROM observation o${where ? ` WHERE ${where}` : ''} GROUP BY ALL ${order}`,
      );
      expect(keyed.length).toBeGreaterThan(10);
      expect(keyed).toEqual(viewed);
    }
  });
});

describe('quoting', () => {
  it('doubles quotes in identifiers and literals', () => {
    expect(quoteIdent('a"b')).toBe('"a""b"');
    expect(quoteLiteral("O'Brien")).toBe("'O''Brien'");
  });
  it('placeholders make one ? per value and refuse an empty list', () => {
    expect(placeholders(3)).toBe('?, ?, ?');
    expect(() => placeholders(0)).toThrow();
  });
  it('query keys differ when parameters differ', () => {
    expect(queryKey(placeByCode('1554'))).not.toBe(queryKey(placeByCode('3447')));
  });
});

describe('series query', () => {
  it('keeps values out of the SQL text and runs in DuckDB', async () => {
    const q = seriesQuery(['ungdata-drunk-12m'], ['1554', '15', '0']);
    expect(q.sql).toContain('o.indicator_id IN (?)');
    expect(q.sql).toContain('o.geo_code IN (?, ?, ?)');
    expect(q.sql).not.toContain('1554');
    expect(q.params).toEqual(['ungdata-drunk-12m', '1554', '15', '0']);
    const rows = await db.query(q);
    expect(rows.map((r) => r.value)).toEqual([25, 20, 10]);
    expect(rows.map((r) => r.period_from)).toEqual([2015, 2018, 2020]);
    expect(rows[0]).toMatchObject({
      geo_name: 'Averøy',
      geo_level: 'municipality',
      status: 'ok',
      source_id: 'averoy-rusplan-ungdata',
    });
  });

  it('a hostile value stays a value', async () => {
    const rows = await db.query(seriesQuery(["x' OR '1'='1"], ["0'; DROP TABLE observation; --"]));
    expect(rows).toEqual([]);
    const still = await db.query({
      sql: 'SELECT count(*)::INTEGER AS n FROM observation',
      params: [],
      decode: rawRow,
    });
    expect(still[0]?.n).toBeGreaterThan(0);
  });

  it('returns three-year periods with both ends', async () => {
    const rows = await db.query(seriesQuery(['med-antidepressants'], ['3447']));
    expect(rows.map((r) => [r.period_from, r.period_to, r.value])).toEqual([
      [2009, 2011, 92.1],
      [2010, 2012, 93.6],
      [2011, 2013, 95.2],
      [2012, 2014, 96.5],
      [2013, 2015, 96.8],
    ]);
  });
});

describe('catalog queries', () => {
  it('lists every municipality for the pickers, and other places only with figures', async () => {
    const rows = await db.query(pickerPlaces());
    const codes = rows.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['1554', '3447', '3320', '0']));
    expect(rows.filter((r) => r.level === 'municipality')).toHaveLength(357);
    // Ørland's plan cites no figures; its count is its population figures (SSB 07459), nothing else.
    const [orland] = await db.query({
      sql: "SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE indicator_id <> 'population')::INTEGER AS other FROM observation WHERE geo_code = '5057'",
      params: [],
      decode: rawRow,
    });
    expect(orland).toMatchObject({ other: 0 });
    expect(rows.find((r) => r.code === '5057')).toMatchObject({ name: 'Ørland', n: orland?.n });
    expect(rows.find((r) => r.code === '1554')?.n).toBeGreaterThan(0);
    expect(rows.filter((r) => r.level !== 'municipality').every((r) => (r.n as number) > 0)).toBe(
      true,
    );
  });

  it('finds a place and its county', async () => {
    const [row] = await db.query(placeByCode('3320'));
    expect(row).toMatchObject({
      name: 'Flå',
      level: 'municipality',
      parent_code: '33',
      parent_name: 'Buskerud',
    });
  });

  it('lists the indicators of a place with their theme and span', async () => {
    const rows = await db.query(indicatorsForPlace('1554'));
    const drunk = rows.find((r) => r.id === 'ungdata-drunk-12m');
    expect(drunk).toMatchObject({
      theme_id: 'youth-substance',
      unit: 'percent',
      n: 3,
      first_year: 2015,
      last_year: 2020,
    });
  });

  it('looks up indicators and sources by id', async () => {
    expect(
      (await db.query(indicatorsById(['med-adhd', 'ungdata-drunk-12m']))).map((r) => r.id),
    ).toEqual(['med-adhd', 'ungdata-drunk-12m']);
    const [src] = await db.query(sourcesById(['sondreland-plan-medication']));
    expect(src?.citation).toContain('Tabell 1');
    expect(src?.rows_kept).toBe(50);
  });
});

describe('places: labels and older codes', () => {
  it('labels repeated municipality names with their county, and only those', async () => {
    const rows = await db.query(pickerPlaces());
    const label = (code: string) => rows.find((r) => r.code === code)?.label;
    expect(label('1515')).toBe('Herøy (Møre og Romsdal)');
    expect(label('1818')).toBe('Herøy (Nordland)');
    expect(label('1554')).toBe('Averøy');
    const one = await db.query(placeByCode('3419'));
    expect(one[0]?.label).toBe('Våler (Innlandet)');
  });

  it('follows an older code to today’s place through every change, the last step first', async () => {
    expect(await db.query(codeChanges('3807'))).toEqual([
      { code: '4003', year: 2024, depth: 1, name: 'Skien' },
    ]);
    const fla = await db.query(codeChanges('0615'));
    // 0615 → 3039 (2020) → 3320 (2024); only today's place is in geo.
    expect(fla.map((r) => [r.code, r.year, r.depth])).toEqual([['3320', 2024, 2]]);
    expect(await db.query(codeChanges('1554'))).toEqual([]);
    expect(await db.query(codeChanges("x' OR 1=1 --"))).toEqual([]);
  });
});
