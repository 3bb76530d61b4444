import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRow } from '../../src/arrow/decode.ts';
import { NodeConnector } from '../../pipelines/lib/node-connector.ts';
import { rateBandFor } from '../../src/domain/rate-bands.ts';
import { judgeRisk } from '../../src/domain/risk/verdict.ts';
import { sizeClassOf, SIZE_CLASSES } from '../../src/domain/similar/size-classes.ts';
import { parseKlassGroups } from '../../src/ingest/klass-groups.ts';
import { loadPlaceCoverage } from '../../src/queries/coverage/load.ts';
import { kostraGroups, kostraImportStatements } from '../../src/sql/kostra.ts';
import { countRates } from '../../src/sql/rates.ts';
import { removeImport, stagingTable } from '../../src/sql/imports.ts';
import { mergeStaged } from './merge-staged.ts';
import { groupMembers, groupValues, type GroupMembers } from '../../src/sql/similar.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
let db: NodeConnector;
beforeAll(async () => {
  db = await NodeConnector.open(join(ROOT, 'data'));
});
afterAll(() => db.close());

const q = <T>(sql: string, params: (string | number)[] = []) =>
  db.query({ sql, params, decode: rawRow }) as Promise<T[]>;

describe('size classes', () => {
  it("follow SSB's bounds", () => {
    expect(SIZE_CLASSES.map((c) => c.min)).toEqual([0, 2000, 5000, 10000, 20000, 50000]);
    expect(sizeClassOf(1999)?.id).toBe('u2000');
    expect(sizeClassOf(2000)?.id).toBe('2000-4999');
    expect(sizeClassOf(49999)?.id).toBe('20000-49999');
    expect(sizeClassOf(50000)?.id).toBe('50000-plus');
    expect(sizeClassOf(null)).toBeNull();
  });
});

describe('rates of counts', () => {
  it('choose the band per family, the count’s own band first', () => {
    expect(rateBandFor('brukerplan-substance-persons')).toEqual({ age: '18_plus', per: 1000 });
    expect(rateBandFor('cwelfare-reports-total')).toEqual({ age: '0_17', per: 1000 });
    expect(rateBandFor('lar-patients')).toEqual({ age: '18_plus', per: 10000 });
    expect(rateBandFor('coord-individual-plan-persons', '0_17')).toEqual({
      age: '0_17',
      per: 1000,
    });
    expect(rateBandFor('housing-dwellings-disadvantaged')).toBeNull();
    expect(rateBandFor('imported-something')).toEqual({ age: 'all', per: 1000 });
  });

  it('divide by the population of the band on 1 January of the year the period ends', async () => {
    const rows = await db.query(countRates(['1554', '3320']));
    const pop = async (geo: string, age: string, year: number) =>
      (
        await q<{ value: number }>(
          `SELECT value FROM observation WHERE indicator_id = 'population' AND geo_code = ? AND age = ? AND sex = 'all' AND period_from = ?`,
          [geo, age, year],
        )
      )[0]?.value;
    const bp = rows.find(
      (r) =>
        r.indicator_id === 'brukerplan-substance-persons' &&
        r.geo_code === '1554' &&
        r.period_to === 2020,
    );
    expect(bp).toMatchObject({ band_age: '18_plus', per: 1000, pop_year: 2020, count: 40 });
    const adults = await pop('1554', '18_plus', 2020);
    expect(bp?.population).toBe(adults);
    expect(bp?.rate).toBeCloseTo((40 / (adults as number)) * 1000, 10);
    expect(bp?.pop_source_id).toMatch(/^ssb-07459/);

    const cw = rows.find(
      (r) => r.indicator_id === 'cwelfare-reports-total' && r.geo_code === '1554',
    );
    const children = await pop('1554', '0_17', cw?.period_to as number);
    expect(cw).toMatchObject({ band_age: '0_17', population: children });
    expect(cw?.rate).toBeCloseTo(((cw?.count as number) / (children as number)) * 1000, 10);

    // A multi-year count takes the population of the year its period ends.
    const span = rows.find((r) => r.indicator_id === 'service-work-activity-participants');
    expect(span).toMatchObject({ period_from: 2014, period_to: 2017, pop_year: 2017 });
    expect(span?.population).toBe(await pop('3320', 'all', 2017));
    // Counts of a split band use that band (coordination: 0–17 and 18+).
    const coord = rows.filter((r) => r.indicator_id === 'coord-individual-plan-persons');
    expect(coord.map((r) => [r.age, r.band_age]).sort()).toEqual([
      ['0_17', '0_17'],
      ['18_plus', '18_plus'],
    ]);
    // No rate for families a rate would mislead.
    expect(rows.some((r) => r.indicator_id.startsWith('housing-'))).toBe(false);
  });

  it('give no rate where the population is missing', async () => {
    // Narvik (1806) has no population before 2020 (a split); a count there gets a null rate.
    // Added the way an import adds figures: staged, then merged into the coded table.
    const stage = stagingTable('observation');
    await db.exec({
      sql: `CREATE OR REPLACE TABLE ${stage} AS SELECT * FROM observation LIMIT 0`,
      params: [],
    });
    await db.exec({
      sql: `INSERT INTO ${stage} (indicator_id, geo_code, period_from, period_to, sex, age, value, status, source_id)
        VALUES ('lar-patients', '1806', 2015, 2015, 'all', 'all', 12, 'ok', 'test-rate')`,
      params: [],
    });
    await mergeStaged(db);
    const rows = await db.query(countRates(['1806'], ['lar-patients']));
    for (const q of removeImport('test-rate', [])) await db.exec(q);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ count: 12, population: null, rate: null, pop_year: 2015 });
  });
});

describe('similar municipalities', () => {
  const small: GroupMembers = { kind: 'size', min: 2000, max: 5000, year: 2024, exclude: '4036' };

  it('take members from the population of the year, the place itself left out', async () => {
    const members = await db.query(groupMembers(small, 2024));
    expect(members.length).toBeGreaterThan(50);
    expect(
      members.every((m) => (m.population as number) >= 2000 && (m.population as number) < 5000),
    ).toBe(true);
    expect(members.some((m) => m.code === '4036')).toBe(false);
  });

  it('weight rates by the members’ population and count members with figures', async () => {
    const id = 'fhi-primary-care-mental';
    const rows = await db.query(groupValues(small, [id]));
    // Contacts aged 0–74 (a band SSB 07459 has), weighted by each member's population 0–74.
    const row = rows.find((r) => r.sex === 'all' && r.age === '0_74' && r.period_to === 2024);
    expect(row?.method).toBe('weighted');
    const members = (await db.query(groupMembers(small, 2024))).map((m) => m.code);
    const figs = await q<{ geo_code: string; value: number; pop: number }>(
      `SELECT o.geo_code, o.value, p.value AS pop FROM observation o JOIN observation p
         ON p.indicator_id = 'population' AND p.geo_code = o.geo_code AND p.sex = 'all' AND p.age = '0_74' AND p.period_from = o.period_to
       WHERE o.indicator_id = ? AND o.sex = 'all' AND o.age = '0_74' AND o.period_to = 2024 AND o.status = 'ok'`,
      [id],
    );
    const inGroup = figs.filter((f) => members.includes(f.geo_code));
    expect(row?.members_with).toBe(inGroup.length);
    expect(row?.members_of).toBe(members.length);
    const weighted =
      inGroup.reduce((s, f) => s + f.value * f.pop, 0) / inGroup.reduce((s, f) => s + f.pop, 0);
    expect(row?.value).toBeCloseTo(weighted, 8);
  });

  it('take the median where the weights are unknown (shares without respondents)', async () => {
    const id = 'fhi-ungdata-depressive-symptoms';
    const rows = await db.query(groupValues(small, [id]));
    const members = (await db.query(groupMembers(small, 2024))).map((m) => m.code);
    const row = rows.find((r) => r.sex === 'all' && r.members_with >= 3);
    expect(row?.method).toBe('median');
    const vals = (
      await q<{ geo_code: string; value: number }>(
        `SELECT geo_code, value FROM observation WHERE indicator_id = ? AND sex = ? AND age = ? AND period_from = ? AND period_to = ? AND status = 'ok'`,
        [
          id,
          row?.sex as string,
          row?.age as string,
          row?.period_from as number,
          row?.period_to as number,
        ],
      )
    )
      .filter((v) => members.includes(v.geo_code))
      .map((v) => v.value)
      .sort((a, b) => a - b);
    expect(row?.members_with).toBe(vals.length);
    const mid = vals.length / 2;
    const median =
      vals.length % 2
        ? vals[Math.floor(mid)]
        : ((vals[mid - 1] as number) + (vals[mid] as number)) / 2;
    expect(row?.value).toBeCloseTo(median as number, 8);
  });

  it('are judged by the difference rule, and too few members are said so', async () => {
    const c = await loadPlaceCoverage(db, {
      geo: '4036',
      year: null,
      reference: 'G-SIZE',
      filters: {},
    });
    expect(c.reference).toMatchObject({ kind: 'group', code: 'G-SIZE' });
    expect(c.reference.names?.nb).toBe('Kommuner med 2 000–4 999 innbyggere');
    const gp = c.indicators.find((i) => i.indicator.id === 'fhi-primary-care-mental');
    expect(gp?.referenceGroup?.members_with).toBeGreaterThanOrEqual(3);
    expect(gp?.verdict.basis).toBe('difference');
    expect(gp?.verdict.interval).toBeNull();

    const base = {
      indicator: { id: 'x', unit: 'percent', polarity: 'higher_worse' },
      series: [{ period_from: 2020, period_to: 2020, value: 30, status: 'ok', respondents: 400 }],
      referencePlace: { kind: 'group' as const, code: 'G-SIZE', name: 'g' },
      placeName: 'p',
    };
    const few = judgeRisk({
      ...base,
      reference: [
        { period_from: 2020, period_to: 2020, value: 10, status: 'ok', members: 2, membersOf: 90 },
      ],
    });
    expect(few).toMatchObject({ verdict: 'too_few', reason: 'few_members', referenceValue: 10 });
    const enough = judgeRisk({
      ...base,
      reference: [
        { period_from: 2020, period_to: 2020, value: 10, status: 'ok', members: 3, membersOf: 90 },
      ],
    });
    // With 400 answers the place's own interval would exclude 10, yet the group's value has no
    // known uncertainty: possibly worse, not worse by the interval.
    expect(enough).toMatchObject({ verdict: 'worse', basis: 'difference' });
    const read = judgeRisk({
      ...base,
      reference: [{ period_from: 2020, period_to: 2020, value: 10, status: 'ok' }],
    });
    expect(read).toMatchObject({ verdict: 'worse', basis: 'interval' });
  });
});

describe('KOSTRA groups (KLASS 112)', () => {
  const known = new Set([
    '4036',
    '4028',
    '4026',
    '4022',
    '4024',
    '4034',
    '4032',
    '4030',
    '4003',
    '4001',
    '3301',
    '4012',
    '0301',
  ]);
  const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/klass', name), 'utf8');

  it('reads groups and their municipalities from the classification file', () => {
    const r = parseKlassGroups(fixture('kostra-112-hierarchy.csv'), known);
    expect(r.shape).toBe('hierarchy');
    expect(r.groups.map((g) => [g.code, g.members.length])).toEqual([
      ['EKA01', 5],
      ['EKA02', 3],
      ['EKA13', 3],
    ]);
    expect(r.rejected.map((x) => [x.line, x.reason, x.value])).toEqual([
      [16, 'unknown_municipality', '9999'],
      [17, 'no_group', 'EKA99'],
    ]);
  });

  it('reads a correspondence table and pads codes without the leading zero', () => {
    const r = parseKlassGroups(fixture('kostra-112-correspondence.csv'), known);
    expect(r.shape).toBe('correspondence');
    expect(r.groups.find((g) => g.code === 'EKA16')?.members).toEqual(['0301']);
    expect(r.rejected).toEqual([{ line: 6, reason: 'bad_code', value: 'abc' }]);
  });

  it('refuses a file of another shape', () => {
    expect(() => parseKlassGroups('a;b;c\n1;2;3', known)).toThrow(/KLASS/);
  });

  it('maps municipalities to groups in DuckDB and computes the group from its members', async () => {
    const r = parseKlassGroups(fixture('kostra-112-hierarchy.csv'), known);
    for (const s of kostraImportStatements(r.groups, 'SSB KLASS 112 (test)', 'kostra.csv'))
      await db.exec(s);
    const groups = await db.query(kostraGroups());
    expect(groups.map((g) => g.code)).toEqual([
      'G-KOSTRA-EKA01',
      'G-KOSTRA-EKA02',
      'G-KOSTRA-EKA13',
    ]);
    const m: GroupMembers = { kind: 'table', groupCode: 'G-KOSTRA-EKA01', exclude: '4036' };
    const members = await db.query(groupMembers(m, 2024));
    expect(members.map((x) => x.code)).toEqual(['4022', '4024', '4026', '4028']);
    const rows = await db.query(groupValues(m, ['fhi-primary-care-mental']));
    expect(rows.every((x) => x.members_of === 4 && x.members_with <= 4)).toBe(true);
    const c = await loadPlaceCoverage(db, {
      geo: '4036',
      year: null,
      reference: 'G-KOSTRA-EKA01',
      filters: {},
    });
    expect(c.reference.names?.nb).toMatch(/KOSTRA-gruppe 1 .*\(KOSTRA-gruppe\)$/);
    expect(c.kostra?.length).toBe(3);
    const gp = c.indicators.find((i) => i.indicator.id === 'fhi-primary-care-mental');
    expect(gp?.referenceGroup?.members_of).toBe(4);
    // Importing the same groups again replaces them.
    for (const s of kostraImportStatements(r.groups, 'SSB KLASS 112 (test)', 'kostra.csv'))
      await db.exec(s);
    expect((await db.query(groupMembers(m, 2024))).length).toBe(4);
    await db.exec({ sql: "DELETE FROM geo WHERE code LIKE 'G-KOSTRA-%'", params: [] });
    await db.exec({ sql: 'DROP TABLE geo_group_member', params: [] });
  });
});
