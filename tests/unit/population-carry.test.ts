/**
 * SSB 07459 in each shape SSB has given it, and carrying its counts onto today's places, on small
 * files of our own (same separators, quoting, encodings, title lines and pseudo-regions) and a small
 * code history of our own: merges summed, splits and codes the file lacks left out and said why.
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/domain/contract.ts';
import { CodeHistory } from '../../pipelines/lib/code-history.ts';
import { carryPopulation, type PopulationRow } from '../../pipelines/lib/population-carry.ts';
import { decodeRaw } from '../../pipelines/lib/raw.ts';
import { parse07459 } from '../../pipelines/lib/ssb-07459.ts';

const AGES = [
  '0 years',
  '1 year',
  '17 years',
  '18 years',
  '67 years',
  '80 years',
  '105 years or older',
];
/**
 * The bands of a region with base b, whose persons by age are b, b+1, …, b+6 (ages 0, 1, 17, 18, 67,
 * 80 and 105+), summed by hand.
 */
const bandsFor = (b: number) => ({
  all: 7 * b + 21,
  '0_17': 3 * b + 3,
  '13_19': 2 * b + 5,
  '18_plus': 4 * b + 18,
  '0_74': 5 * b + 10,
  '67_plus': 3 * b + 15,
  '80_plus': 2 * b + 11,
});
/** The bands of several such regions together. */
const sum = (...bs: number[]) => {
  const out: Record<string, number> = {};
  for (const b of bs) for (const [k, v] of Object.entries(bandsFor(b))) out[k] = (out[k] ?? 0) + v;
  return out;
};

/** 2005–2018 shape: tab-separated, quoted, `"1621 Ørland"`, a column per year, ISO-8859-1. */
function tabFile(regions: [string, number[]][]): Uint8Array {
  const lines = ['"region"\t"age"\t"Persons 2007"\t"Persons 2008"'];
  for (const [region, bases] of regions)
    AGES.forEach((age, i) =>
      lines.push(
        [`"${region}"`, `"${age}"`, ...bases.map((b) => (b === 0 ? 0 : b + i))].join('\t'),
      ),
    );
  return Buffer.from(lines.join('\n') + '\n', 'latin1');
}
/** 2019 shape: comma-separated, unquoted, UTF-8. */
function commaFile(regions: [string, number][]): Uint8Array {
  const lines = ['region,age,Persons 2019'];
  for (const [region, b] of regions)
    AGES.forEach((age, i) => lines.push(`${region},${age},${b + i}`));
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}
/**
 * 2020 on: Statbank CSV, title line, blank line, `;`, `"K-5057 Ørland"`, CRLF, ISO-8859-1. The first
 * value column is base + age index, the others flat (so males + females add up to a total).
 */
function statbankFile(regions: [string, number[]][], columns: string[]): Uint8Array {
  const lines = [
    '"07459: Population, by region, age, contents and year"',
    '',
    ['"region"', '"age"', ...columns.map((c) => `"${c}"`)].join(';'),
  ];
  for (const [region, bases] of regions)
    AGES.forEach((age, i) =>
      lines.push(
        [`"${region}"`, `"${age}"`, ...bases.map((b, k) => b + (k === 0 ? i : 0))].join(';'),
      ),
    );
  for (const pseudo of [
    'K-21-22 Svalbard and Jan Mayen',
    'K-Rest Divided municalities and unknown',
  ])
    AGES.forEach((age) =>
      lines.push([`"${pseudo}"`, `"${age}"`, ...columns.map(() => 0)].join(';')),
    );
  return Buffer.from(lines.join('\r\n') + '\r\n', 'latin1');
}

const geo: Row[] = [
  { code: '0', level: 'country', parent_code: null },
  { code: '15', level: 'county', parent_code: '0' },
  { code: '50', level: 'county', parent_code: '0' },
  { code: '1505', level: 'municipality', parent_code: '15' },
  { code: '5055', level: 'municipality', parent_code: '50' },
  { code: '5056', level: 'municipality', parent_code: '50' },
  { code: '5057', level: 'municipality', parent_code: '50' },
];
const change = (old_code: string, new_code: string, year: number, kind: string): Row => ({
  old_code,
  new_code,
  year,
  kind,
});
const geoChange: Row[] = [
  change('1621', '5015', 2018, 'recode'),
  change('1627', '5017', 2018, 'recode'),
  change('5015', '5057', 2020, 'merge'),
  change('5017', '5057', 2020, 'merge'),
  change('1612', '5011', 2018, 'recode'),
  change('1617', '5013', 2018, 'recode'),
  change('5011', '5055', 2020, 'merge'),
  change('5013', '5056', 2020, 'merge'),
  change('1613', '5055', 2020, 'split'),
  change('1613', '5056', 2020, 'split'),
  change('5012', '5055', 2020, 'split'),
  change('5012', '5056', 2020, 'split'),
  // Kristiansund 1505 from 2008; the file never has 1503 and 1556 (as SSB's real extract).
  change('1503', '1505', 2008, 'merge'),
  change('1556', '1505', 2008, 'merge'),
];

const files = {
  'y2007-2008': tabFile([
    ['1621 Ørland', [10, 11]],
    ['1627 Bjugn', [20, 21]],
    ['1612 Hemne', [30, 31]],
    ['1613 Snillfjord', [40, 41]],
    ['1617 Hitra', [50, 51]],
    ['1505 Kristiansund', [0, 60]],
  ]),
  y2019: commaFile([
    ['5015 Ørland', 12],
    ['5017 Bjugn', 22],
    ['5011 Hemne', 32],
    ['5012 Snillfjord', 42],
    ['5013 Hitra', 52],
    ['1505 Kristiansund', 62],
  ]),
  y2024: statbankFile(
    [
      ['K-5057 Ørland', [14]],
      ['K-5055 Heim', [34]],
      ['K-5056 Hitra', [54]],
      ['K-1505 Kristiansund', [64]],
    ],
    ['Persons 2024'],
  ),
  'y2024-sex': statbankFile(
    [
      ['K-5057 Ørland', [7, 7]],
      ['K-5055 Heim', [17, 17]],
      ['K-5056 Hitra', [27, 27]],
      ['K-1505 Kristiansund', [32, 32]],
    ],
    ['Persons 2024 Males', 'Persons 2024 Females'],
  ),
};

function carry() {
  const parsed = Object.entries(files).map(([id, bytes]) => ({
    id,
    ...parse07459(decodeRaw(bytes), id),
  }));
  for (const p of parsed) expect(p.problems, p.id).toEqual([]);
  return {
    parsed,
    ...carryPopulation(
      parsed.map((p) => ({ sourceId: `src-${p.id}`, file: p.id, cells: p.cells })),
      new CodeHistory(geo, geoChange),
      ['15', '50'],
    ),
  };
}
const at = (rows: PopulationRow[], geo_code: string, year: number, sex = 'all') =>
  rows.find((r) => r.geo_code === geo_code && r.year === year && r.sex === sex);

describe('SSB 07459 reader', () => {
  it('reads every shape: codes, single years of age, years and sexes; pseudo-regions apart', () => {
    const { parsed } = carry();
    const [tab, comma, statbank, sex] = parsed;
    expect(tab?.cells.find((c) => c.code === '1621' && c.year === 2008 && c.age === 105)).toEqual({
      code: '1621',
      name: 'Ørland',
      year: 2008,
      sex: 'all',
      age: 105,
      orOlder: true,
      persons: 17,
    });
    expect(comma?.cells.filter((c) => c.code === '5012')).toHaveLength(7);
    expect(statbank?.cells.map((c) => c.code)).not.toContain('21-22');
    expect(statbank?.pseudo.map((p) => p.region)).toContain(
      'K-Rest Divided municalities and unknown',
    );
    expect(sex?.cells.filter((c) => c.sex === 'female' && c.code === '5057')).toHaveLength(7);
  });

  it('rejects a symbol in place of a count and an unknown region form, with the line', () => {
    const text =
      'region,age,Persons 2019\n5015 Ørland,0 years,..\nØrland,1 year,3\n5015 Ørland,two years,4\n';
    const { problems } = parse07459(text, 'x.csv');
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'Persons 2019'],
      [3, 'region'],
      [4, 'age'],
    ]);
  });
});

describe('carrying population onto today’s places', () => {
  const { rows, problems } = carry();

  it('sums single years of age into the bands', () => {
    expect(problems).toEqual([]);
    expect(at(rows, '5057', 2024)?.bands).toEqual(bandsFor(14));
    expect(bandsFor(10)).toEqual({
      all: 91,
      '0_17': 33,
      '13_19': 25,
      '18_plus': 58,
      '0_74': 60,
      '67_plus': 45,
      '80_plus': 31,
    });
  });

  it('sums merged municipalities: Ørland 5057 = old Ørland + Bjugn, in each year’s codes', () => {
    expect(at(rows, '5057', 2007)?.bands).toEqual(sum(10, 20));
    expect(at(rows, '5057', 2019)?.bands).toEqual(sum(12, 22));
    expect(at(rows, '5057', 2019)?.note).toBe(
      "Sum of 5015 + 5017 (codes of 2019), carried to today's code.",
    );
    expect(at(rows, '5057', 2019)?.source_id).toBe('src-y2019');
  });

  it('leaves out places a split code covered, and says why', () => {
    for (const code of ['5055', '5056']) {
      expect(at(rows, code, 2007)?.bands).toBeNull();
      expect(at(rows, code, 2019)?.bands).toBeNull();
      expect(at(rows, code, 2024)?.bands).not.toBeNull();
    }
    expect(at(rows, '5055', 2019)?.note).toContain(
      '5012 Snillfjord, split in 2020 (into 5055, 5056)',
    );
  });

  it('leaves out a place while a code of it is missing from the file', () => {
    expect(at(rows, '1505', 2007)?.bands).toBeNull();
    expect(at(rows, '1505', 2007)?.note).toContain('1503, 1556');
    expect(at(rows, '1505', 2008)?.bands).toEqual(bandsFor(60));
  });

  it('gives counties every code that lies in them, a split one too, and Norway all', () => {
    expect(at(rows, '50', 2007)?.bands).toEqual(sum(10, 20, 30, 40, 50));
    expect(at(rows, '50', 2019)?.bands).toEqual(sum(12, 22, 32, 42, 52));
    expect(at(rows, '15', 2007)?.bands).toBeNull();
    expect(at(rows, '0', 2007)?.bands).toBeNull();
    expect(at(rows, '0', 2008)?.bands).toEqual(sum(11, 21, 31, 41, 51, 60));
    expect(at(rows, '0', 2024)?.bands).toEqual(sum(14, 34, 54, 64));
  });

  it('carries 2024 by sex, and the sexes add up to the total', () => {
    for (const code of ['5057', '1505', '50', '0']) {
      const [all, m, f] = ['all', 'male', 'female'].map(
        (s) => (at(rows, code, 2024, s)?.bands ?? {}) as Record<string, number>,
      ) as [Record<string, number>, Record<string, number>, Record<string, number>];
      expect(Object.keys(all)).toHaveLength(7);
      for (const k of Object.keys(all))
        expect((m[k] ?? 0) + (f[k] ?? 0), `${code} ${k}`).toBe(all[k]);
    }
    expect(at(rows, '5057', 2024, 'male')?.source_id).toBe('src-y2024-sex');
  });

  it('has one row per place, year and sex, and none for a year the file lacks', () => {
    const keys = rows.map((r) => `${r.geo_code}|${r.year}|${r.sex}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.filter((r) => r.sex === 'all')).toHaveLength(7 * 4); // 7 places × 2007, 2008, 2019, 2024
    expect(rows.filter((r) => r.sex !== 'all')).toHaveLength(7 * 2);
  });

  it('names a code that geo_change does not carry, instead of dropping it', () => {
    const parsed = parse07459(decodeRaw(commaFile([['5099 Atlantis', 5]])), 'x');
    const out = carryPopulation(
      [{ sourceId: 's', file: 'x', cells: parsed.cells }],
      new CodeHistory(geo, geoChange),
      ['15', '50'],
    );
    expect(out.rows).toEqual([]);
    expect(out.problems).toEqual([expect.objectContaining({ value: '5099 Atlantis' })]);
  });
});
