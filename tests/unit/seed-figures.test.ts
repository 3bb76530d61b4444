import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import Papa from 'papaparse';
import { checkUnit, validateRow } from '../../src/domain/validate.ts';

/**
 * Pins figures transcribed from the seed plans (000–004) into pipelines/curated, so that a slip in
 * a curated CSV shows up as a failing sample. See pipelines/notes/figures.md for the readings.
 */

type Rec = Record<string, string>;

const curated = new URL('../../pipelines/curated/', import.meta.url);

function readCsv(url: URL): { rows: Rec[]; errors: Papa.ParseError[] } {
  const parsed = Papa.parse<Rec>(readFileSync(url, 'utf8'), { header: true, skipEmptyLines: true });
  return { rows: parsed.data, errors: parsed.errors };
}

const indicatorCsv = readCsv(new URL('indicator.csv', curated));
const sourceCsv = readCsv(new URL('source.csv', curated));
const geoCsv = readCsv(new URL('geo.csv', curated));
const observationDir = new URL('observation/', curated);
const observationFiles = readdirSync(observationDir)
  .filter((f) => f.endsWith('.csv'))
  .sort();
const observationCsvs = observationFiles.map((file) => ({
  file,
  ...readCsv(new URL(file, observationDir)),
}));
const observations = observationCsvs.flatMap(({ file, rows }) =>
  rows.map((row) => ({ file, row })),
);

const unitOf = new Map(indicatorCsv.rows.map((r) => [r.id, r.unit]));
const sourceById = new Map(sourceCsv.rows.map((r) => [r.id, r]));
const geoCodes = new Set(geoCsv.rows.map((r) => r.code));

const keyOf = (r: Rec): string =>
  [r.indicator_id, r.geo_code, r.period_from, r.period_to, r.sex, r.age].join('|');

interface Sample {
  indicator_id: string;
  geo_code: string;
  period_from: number;
  period_to: number;
  sex: 'all' | 'male' | 'female';
  age: string;
  value: number;
  unit: string;
  respondents?: number;
}

interface PlanCase {
  seed: string;
  /** observation files of this plan start with this prefix */
  prefix: string;
  /** the source citation must name the plan */
  citation: string;
  sha256: string;
  samples: Sample[];
}

const s = (
  indicator_id: string,
  geo_code: string,
  period: [number, number],
  sex: Sample['sex'],
  age: string,
  value: number,
  unit: string,
  respondents?: number,
): Sample => ({
  indicator_id,
  geo_code,
  period_from: period[0],
  period_to: period[1],
  sex,
  age,
  value,
  unit,
  ...(respondents === undefined ? {} : { respondents }),
});

const PLANS: PlanCase[] = [
  {
    seed: '001',
    prefix: '001-averoy-',
    citation: 'Averøy kommune, Ruspolitisk handlingsplan 2021–2024',
    sha256: '329037962065121b90c7b6b8c46d8e1f6f63754362c28fcb33e27f6e0cea6e06',
    samples: [
      s('ungdata-snus-weekly', '1554', [2015, 2015], 'all', 'grade_8_10', 9, 'percent'),
      s('ungdata-smoking-weekly', '1554', [2015, 2015], 'all', 'grade_8_10', 4, 'percent'),
      s('ungdata-snus-or-smoking-weekly', '1554', [2020, 2020], 'all', 'grade_8_10', 1, 'percent'),
      s('ungdata-drunk-12m', '1554', [2018, 2018], 'all', 'grade_8_10', 20, 'percent'),
      s('ungdata-offered-cannabis', '1554', [2020, 2020], 'all', 'grade_8_10', 9, 'percent'),
      s('ungdata-offered-cannabis', '0', [2020, 2020], 'all', 'grade_8_10', 15, 'percent'),
      s('ungdata-cannabis-use', '0', [2020, 2020], 'all', 'grade_8_10', 4, 'percent'),
      s('brukerplan-substance-persons', '1554', [2015, 2015], 'all', 'all', 25, 'count'),
      s('brukerplan-substance-persons', '1554', [2020, 2020], 'all', 'all', 40, 'count'),
      s('brukerplan-substance-per-1000', '1554', [2020, 2020], 'all', '18_plus', 8.4, 'per_1000'),
      s('brukerplan-substance-per-1000', '0', [2020, 2020], 'all', '18_plus', 7.1, 'per_1000'),
      s('brukerplan-substance-rop-share', '1554', [2020, 2020], 'all', 'all', 80, 'percent'),
      s('lar-patients', '1554', [2021, 2021], 'all', 'all', 4, 'count'),
      s('police-drug-cases', '1554', [2020, 2020], 'all', 'all', 18, 'count'),
      s('police-dui-cases', '1554', [2020, 2020], 'all', 'all', 10, 'count'),
      s('cwelfare-reports-total', '1554', [2020, 2020], 'all', 'all', 81, 'count'),
      s('cwelfare-reports-substance', '1554', [2020, 2020], 'all', 'all', 23, 'count'),
      s('alcohol-beer-sales-litres', '1554', [2019, 2019], 'all', 'all', 222192, 'count'),
      s('housing-dwellings-disadvantaged', '1554', [2021, 2021], 'all', 'all', 12, 'count'),
      s('housing-sublet-agreements', '1554', [2021, 2021], 'all', 'all', 11, 'count'),
      s('alcohol-consumption-per-capita', '0', [2010, 2010], 'all', '15_plus', 6.7, 'ratio'),
      s('treatment-substance-admissions', '0', [2007, 2007], 'all', 'all', 24123, 'count'),
    ],
  },
  {
    seed: '002',
    prefix: '002-sondre-land-',
    citation: 'Søndre Land kommune, Plan for psykisk helse- og rusarbeid 2016–2020',
    sha256: 'fd24b7c1c5b67a3120d655fa0e2a3e7840405541ffdd283dd8150986ae360572',
    samples: [
      s('med-psychotropic', '0', [2009, 2011], 'all', '0_74', 131.2, 'per_1000'),
      s('med-psychotropic', '3447', [2011, 2013], 'all', '0_74', 170.4, 'per_1000'),
      s('med-antipsychotics', '3447', [2013, 2015], 'all', '0_74', 32.4, 'per_1000'),
      s('med-antidepressants', '0', [2012, 2014], 'all', '0_74', 56.5, 'per_1000'),
      s('med-hypnotics-anxiolytics', '3447', [2010, 2012], 'all', '0_74', 107.8, 'per_1000'),
      s('med-adhd', '3447', [2013, 2015], 'all', '0_74', 9.7, 'per_1000'),
      s('med-adhd', '0', [2013, 2015], 'all', '0_74', 7.7, 'per_1000'),
      s('service-journals-mh-su', '3447', [2014, 2014], 'all', 'all', 245, 'count'),
      s('service-journals-mental', '3447', [2016, 2016], 'all', 'all', 141, 'count'),
      s('service-journals-substance', '3447', [2016, 2016], 'all', 'all', 39, 'count'),
      s('brukerplan-substance-persons', '3447', [2015, 2015], 'all', 'all', 41, 'count'),
      s('lar-patients', '3447', [2016, 2016], 'all', 'all', 19, 'count'),
    ],
  },
  {
    seed: '003',
    prefix: '003-fla-',
    citation: 'Flå kommune, Plan for psykisk helsearbeid og rusarbeid 2018–2021',
    sha256: 'ab50e578e884dc2f70de8f5e901c292ec22e255abcfd0ed34c78f50eccf28f20',
    samples: [
      s('ungdata-lonely', '3320', [2017, 2017], 'all', 'grade_8_10', 13, 'percent', 33),
      s('ungdata-lonely', '0', [2017, 2017], 'all', 'grade_8_10', 18, 'percent'),
      s('ungdata-depressive-symptoms', '3320', [2017, 2017], 'all', 'grade_8_10', 3, 'percent', 33),
      s('ungdata-depressive-symptoms', '0', [2017, 2017], 'all', 'grade_8_10', 12, 'percent'),
      s('ungdata-bullying-others', '3320', [2017, 2017], 'all', 'grade_8_10', 0, 'percent', 33),
      s('ungdata-bullying-others', '0', [2017, 2017], 'all', 'grade_8_10', 2, 'percent'),
      s(
        'ungdata-daily-physical-complaints',
        '3320',
        [2017, 2017],
        'all',
        'grade_8_10',
        16,
        'percent',
        33,
      ),
      s('ungdata-daily-physical-complaints', '0', [2017, 2017], 'all', 'grade_8_10', 13, 'percent'),
      s('ungdata-allowed-drink', '3320', [2017, 2017], 'all', 'grade_8_10', 13, 'percent', 33),
      s('ungdata-offered-cannabis', '3320', [2017, 2017], 'all', 'grade_8_10', 6, 'percent', 33),
      s('ungdata-no-one-to-talk-to', '3320', [2017, 2017], 'male', 'grade_8_10', 30, 'percent'),
      s('ungdata-gp-contact', '3320', [2017, 2017], 'all', 'grade_8_10', 53, 'percent', 33),
      s(
        'staffing-mhsu-adults-per-10000',
        '3320',
        [2016, 2016],
        'all',
        '18_plus',
        30.7,
        'per_10000',
      ),
      s(
        'staffing-mhsu-adults-per-10000',
        'G-SINTEF-U2000',
        [2016, 2016],
        'all',
        '18_plus',
        34,
        'per_10000',
      ),
      s('staffing-mh-children-per-10000', '3320', [2016, 2016], 'all', '0_17', 24.3, 'per_10000'),
      s(
        'staffing-mh-children-per-10000',
        'G-SINTEF-U2000',
        [2016, 2016],
        'all',
        '0_17',
        37,
        'per_10000',
      ),
      s('bufdir-children-low-income', '3320', [2015, 2015], 'all', '0_17', 13.8, 'percent'),
      s('brukerplan-substance-persons', '3320', [2012, 2012], 'all', 'all', 14, 'count'),
      s('brukerplan-substance-persons', '3320', [2016, 2016], 'all', 'all', 18, 'count'),
      s(
        'brukerplan-substance-red-work-activity',
        '3320',
        [2012, 2012],
        'all',
        'all',
        57,
        'percent',
      ),
      s(
        'brukerplan-substance-red-work-activity',
        '3320',
        [2016, 2016],
        'all',
        'all',
        39,
        'percent',
      ),
      s('service-mhsu-persons-year', '3320', [2017, 2017], 'all', 'all', 64, 'count'),
      s('coord-individual-plan-persons', '3320', [2017, 2017], 'all', '18_plus', 1, 'count'),
      s('service-work-activity-participants', '3320', [2014, 2017], 'all', 'all', 14, 'count'),
    ],
  },
];

describe('curated CSVs parse cleanly', () => {
  it.each([
    ['indicator.csv', indicatorCsv.errors],
    ['source.csv', sourceCsv.errors],
    ['geo.csv', geoCsv.errors],
    ...observationCsvs.map(({ file, errors }): [string, Papa.ParseError[]] => [file, errors]),
  ])('%s', (_file, errors) => {
    expect(errors).toEqual([]);
  });
});

describe.each(PLANS)('seed $seed figures', (plan) => {
  const rows = observations.filter((o) => o.file.startsWith(plan.prefix));

  it('has observation files', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it('has at least six pinned samples', () => {
    expect(plan.samples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(plan.samples)(
    '$indicator_id $geo_code $period_from–$period_to $sex $age = $value',
    (sample) => {
      const key = keyOf({
        ...sample,
        period_from: String(sample.period_from),
        period_to: String(sample.period_to),
      } as unknown as Rec);
      const matches = rows.filter((o) => keyOf(o.row) === key);
      expect(matches, key).toHaveLength(1);
      const row = matches[0]!.row;
      expect(row.status).toBe('ok');
      expect(Number(row.value)).toBe(sample.value);
      expect(unitOf.get(sample.indicator_id)).toBe(sample.unit);
      if (sample.respondents !== undefined)
        expect(Number(row.respondents)).toBe(sample.respondents);
      const source = sourceById.get(row.source_id!);
      expect(source, row.source_id).toBeDefined();
      expect(source!.citation).toContain(plan.citation);
    },
  );

  it('cites sources that point at the seed file by name and sha256', () => {
    for (const { row } of rows) {
      const source = sourceById.get(row.source_id!);
      expect(source, row.source_id).toBeDefined();
      expect(source!.kind).toBe('plan');
      expect(source!.file_name!.startsWith(`${plan.seed}_`)).toBe(true);
      expect(source!.sha256).toBe(plan.sha256);
      expect(source!.citation).toContain(plan.citation);
    }
  });

  it('passes the contract rules (types, enums, unit ranges, known places)', () => {
    for (const { file, row } of rows) {
      const { row: typed, issues } = validateRow('observation', row);
      expect(issues, `${file}: ${keyOf(row)}`).toEqual([]);
      expect(
        checkUnit(unitOf.get(row.indicator_id!) ?? '', typed),
        `${file}: ${keyOf(row)}`,
      ).toBeNull();
      expect(geoCodes.has(row.geo_code!), `${file}: geo ${row.geo_code}`).toBe(true);
    }
  });
});

describe('Flå Ungdata chart: which run is Norway', () => {
  const chart = [
    'ungdata-lonely',
    'ungdata-depressive-symptoms',
    'ungdata-threatened-violence',
    'ungdata-injured-violence',
    'ungdata-bullied',
    'ungdata-bullying-others',
    'ungdata-daily-physical-complaints',
  ];
  const at = (geo: string) =>
    chart.map((id) => {
      const hit = observations.find(
        (o) =>
          o.file.startsWith('003-fla-') &&
          keyOf(o.row) === [id, geo, '2017', '2017', 'all', 'grade_8_10'].join('|'),
      );
      return Number(hit?.row.value);
    });

  it('gives Flå the run with a 0 and Norway the run without', () => {
    expect(at('3320')).toEqual([13, 3, 10, 6, 6, 0, 16]);
    expect(at('0')).toEqual([18, 12, 10, 8, 7, 2, 13]);
    expect(at('0').every((v) => v > 0)).toBe(true);
  });
});

describe('every observation refers to known ids', () => {
  it('has a source_id that exists in source.csv', () => {
    const missing = observations.filter((o) => !sourceById.has(o.row.source_id!));
    expect(missing.map((o) => `${o.file}: ${o.row.source_id}`)).toEqual([]);
  });

  it('has an indicator_id that exists in indicator.csv', () => {
    const missing = observations.filter((o) => !unitOf.has(o.row.indicator_id!));
    expect(missing.map((o) => `${o.file}: ${o.row.indicator_id}`)).toEqual([]);
  });

  it('has a key that is unique across all observation files', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const { file, row } of observations) {
      const key = keyOf(row);
      const first = seen.get(key);
      if (first) dups.push(`${key} in ${first} and ${file}`);
      else seen.set(key, file);
    }
    expect(dups).toEqual([]);
  });
});
