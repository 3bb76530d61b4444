/**
 * The committed population table (pipelines/curated/population/population.csv): complete, its
 * sums consistent, and, where ../shared/formats exists, exactly what the pipeline makes from SSB's
 * raw files, with the sums checked against SSB's own figures and the code changes carried.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { curatePopulation, populationCsv } from '../../pipelines/curate-population.ts';
import { CodeHistory } from '../../pipelines/lib/code-history.ts';
import { loadCurated } from '../../pipelines/lib/curated.ts';
import { readRawFile } from '../../pipelines/lib/raw.ts';
import { parse07459, type PopulationCell } from '../../pipelines/lib/ssb-07459.ts';
import { HAS_RAW, RAW_DIR, noteIfLeftOut } from './raw-formats.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const io = { root: ROOT, curatedDir: join(ROOT, 'pipelines/curated'), outDir: '' };
const BANDS = ['all', '0_17', '13_19', '18_plus', '0_74', '67_plus', '80_plus'] as const;
type Rec = Record<string, string>;

const table = Papa.parse<Rec>(
  readFileSync(join(io.curatedDir, 'population/population.csv'), 'utf8'),
  {
    header: true,
    skipEmptyLines: true,
  },
).data;
const geo = loadCurated(io, 'geo').map((r) => r.row);
const history = new CodeHistory(
  geo,
  loadCurated(io, 'geo_change').map((r) => r.row),
);
const places = geo.filter((g) => g.level !== 'group').map((g) => String(g.code));
const counties = geo.filter((g) => g.level === 'county').map((g) => String(g.code));
const byKey = new Map(table.map((r) => [`${r.geo_code}|${r.year}|${r.sex}`, r]));
const row = (code: string, year: number, sex = 'all') => byKey.get(`${code}|${year}|${sex}`);
const n = (r: Rec | undefined, band: string) => Number(r?.[band]);
const YEARS = Array.from({ length: 20 }, (_, i) => 2005 + i);

/** The places and years without a figure, and why (pipelines/notes/population.md). */
const LEFT_OUT: Record<string, [number, number]> = {
  // Codes merged away before 2017 are not in SSB's extract for 2005–2016.
  '0': [2005, 2016],
  '11': [2005, 2005],
  '1160': [2005, 2005],
  '15': [2005, 2007],
  '1505': [2005, 2007],
  '1576': [2005, 2005],
  '39': [2005, 2016],
  '3907': [2005, 2016],
  '50': [2005, 2011],
  '5053': [2005, 2011],
  '55': [2005, 2012],
  '5503': [2005, 2012],
  // Splits: 1850 Tysfjord (2020), 1613/5012 Snillfjord (2020), 1507 Ålesund (2024).
  '1806': [2005, 2019],
  '1875': [2005, 2019],
  '5055': [2005, 2019],
  '5056': [2005, 2019],
  '5059': [2005, 2019],
  '1508': [2020, 2023],
  '1580': [2020, 2023],
};

describe('the curated population table', () => {
  it('has every place of today for every year 2005–2024, and 2024 by sex', () => {
    expect(places).toHaveLength(373);
    for (const code of places) {
      for (const y of YEARS) expect(row(code, y), `${code} ${y}`).toBeDefined();
      expect(row(code, 2024, 'male'), code).toBeDefined();
      expect(row(code, 2024, 'female'), code).toBeDefined();
    }
    expect(table).toHaveLength(373 * 22);
  });

  it('leaves out exactly the places and years it cannot sum honestly, with a reason', () => {
    const missing = table.filter((r) => r.all === '');
    const spans: Record<string, [number, number]> = {};
    for (const r of missing) {
      expect(r.note, `${r.geo_code} ${r.year}`).toMatch(/^No figure: /);
      const y = Number(r.year);
      const code = r.geo_code as string;
      const s = spans[code];
      spans[code] = s ? [Math.min(s[0], y), Math.max(s[1], y)] : [y, y];
    }
    expect(spans).toEqual(LEFT_OUT);
    for (const [code, [a, b]] of Object.entries(LEFT_OUT))
      expect(missing.filter((r) => r.geo_code === code)).toHaveLength(b - a + 1);
  });

  it('has bands that fit together', () => {
    for (const r of table.filter((x) => x.all !== '')) {
      const key = `${r.geo_code} ${r.year} ${r.sex}`;
      expect(n(r, '0_17') + n(r, '18_plus'), key).toBe(n(r, 'all'));
      expect(n(r, '80_plus'), key).toBeLessThanOrEqual(n(r, '67_plus'));
      expect(n(r, '67_plus'), key).toBeLessThanOrEqual(n(r, '18_plus'));
      expect(n(r, '0_74'), key).toBeLessThanOrEqual(n(r, 'all'));
      expect(n(r, 'all') - n(r, '0_74'), key).toBeGreaterThanOrEqual(n(r, '80_plus'));
      expect(n(r, '13_19'), key).toBeLessThan(n(r, 'all'));
      expect(n(r, 'all'), key).toBeGreaterThan(0);
    }
  });

  it('adds up: counties to Norway, municipalities to their county, sexes to the total', () => {
    for (const y of YEARS.filter((y) => row('0', y)?.all !== '')) {
      for (const band of BANDS)
        expect(
          counties.reduce((s, k) => s + n(row(k, y), band), 0),
          `${y} ${band}`,
        ).toBe(n(row('0', y), band));
    }
    for (const k of counties) {
      const members = geo.filter((g) => g.parent_code === k).map((g) => String(g.code));
      for (const y of [2017, 2019, 2024])
        if (members.every((m) => row(m, y)?.all !== ''))
          expect(
            members.reduce((s, m) => s + n(row(m, y), 'all'), 0),
            `${k} ${y}`,
          ).toBe(n(row(k, y), 'all'));
    }
    for (const code of places)
      for (const band of BANDS)
        expect(
          n(row(code, 2024, 'male'), band) + n(row(code, 2024, 'female'), band),
          `${code} ${band}`,
        ).toBe(n(row(code, 2024), band));
  });

  it('cites the SSB file of each year', () => {
    expect(row('3320', 2005)?.source_id).toBe('ssb-07459-2005-2009');
    expect(row('3320', 2019)?.source_id).toBe('ssb-07459-2019');
    expect(row('3320', 2024, 'female')?.source_id).toBe('ssb-07459-2024-sex');
    expect(row('5057', 2019)?.note).toBe(
      "Sum of 5015 + 5017 (codes of 2019), carried to today's code.",
    );
  });
});

noteIfLeftOut('population table against SSB 07459 raw files');

describe.skipIf(!HAS_RAW)(
  'against the raw SSB 07459 files (../shared/formats)',
  { timeout: 120_000 },
  () => {
    const raw = new Map<string, PopulationCell[]>();
    const cells = (file: string) => {
      if (!raw.has(file)) {
        const text = readRawFile(join(RAW_DIR, 'ssb/population', file), null, file);
        raw.set(file, parse07459(text, file).cells);
      }
      return raw.get(file) as PopulationCell[];
    };
    /** Persons of some codes in a year, summed over ages, as the raw file has them. */
    const rawSum = (file: string, year: number, codes: string[], sex = 'all') =>
      cells(file)
        .filter((c) => c.year === year && c.sex === sex && codes.includes(c.code))
        .reduce((s, c) => s + c.persons, 0);

    it('the committed table is what the pipeline makes from the raw files', () => {
      const made = populationCsv(curatePopulation(io, RAW_DIR));
      expect(made === readFileSync(join(io.curatedDir, 'population/population.csv'), 'utf8')).toBe(
        true,
      );
    });

    it('Norway is the sum of every municipality in the file, for each year it is given', () => {
      const files: Record<number, string> = {};
      for (const y of YEARS)
        files[y] =
          y <= 2009
            ? '07459-Personer2005-2009.csv'
            : y <= 2014
              ? '07459-Personer2010-2014.csv'
              : y <= 2018
                ? '07459-Personer2015-2018.csv'
                : `07459-Personer${y}.csv`;
      for (const y of YEARS.filter((y) => row('0', y)?.all !== '')) {
        const all = cells(files[y] as string).filter((c) => c.year === y);
        expect(
          all.reduce((s, c) => s + c.persons, 0),
          String(y),
        ).toBe(n(row('0', y), 'all'));
      }
      // SSB's published national totals on 1 January 2017 and 2024 (table 07459, "Hele landet").
      expect(n(row('0', 2017), 'all')).toBe(5258317);
      expect(n(row('0', 2024), 'all')).toBe(5550203);
    });

    it('matches SSB’s own municipality totals in another export (PxWebApi JSON-stat2, 2022)', () => {
      const js = JSON.parse(
        readFileSync(join(RAW_DIR, 'ssb/pxweb-07459-population-2022.jsonstat2.json'), 'utf8'),
      ) as {
        dimension: { Region: { category: { index: Record<string, number> } } };
        value: (number | null)[];
      };
      let checked = 0;
      for (const [region, pos] of Object.entries(js.dimension.Region.category.index)) {
        const code = region.replace(/^K-/, '');
        const today = history.targets(code);
        if (!today || today.length !== 1) continue; // pseudo-regions and the split 1507
        const partners = Object.keys(js.dimension.Region.category.index).filter(
          (r) => history.targets(r.replace(/^K-/, ''))?.join() === today.join(),
        );
        if (partners.length !== 1) continue; // carried together with another 2022 code
        expect(n(row(today[0] as string, 2022), 'all'), region).toBe(js.value[pos]);
        checked++;
      }
      expect(checked).toBeGreaterThan(350);
    });

    it('carries code changes: a merged municipality is the sum of its parts', () => {
      // Ørland 5057 = Ørland + Bjugn: 5015 + 5017 in 2019, 1621 + 1627 in 2017.
      expect(n(row('5057', 2019), 'all')).toBe(
        rawSum('07459-Personer2019.csv', 2019, ['5015', '5017']),
      );
      expect(n(row('5057', 2017), 'all')).toBe(
        rawSum('07459-Personer2015-2018.csv', 2017, ['1621', '1627']),
      );
      // Flå 0615 (to 2019) → 3039 (2020–2023) → 3320; Søndre Land 0536 → 3447.
      expect(n(row('3320', 2010), 'all')).toBe(
        rawSum('07459-Personer2010-2014.csv', 2010, ['0615']),
      );
      expect(n(row('3320', 2021), 'all')).toBe(rawSum('07459-Personer2021.csv', 2021, ['3039']));
      expect(n(row('3447', 2019), 'all')).toBe(rawSum('07459-Personer2019.csv', 2019, ['0536']));
      // Ålesund 1508 before 2020 = Ålesund, Ørskog, Skodje, Sandøy; Haram 1580 = Haram.
      expect(n(row('1508', 2019), 'all')).toBe(
        rawSum('07459-Personer2019.csv', 2019, ['1504', '1523', '1529', '1546']),
      );
      expect(n(row('1580', 2019), 'all')).toBe(rawSum('07459-Personer2019.csv', 2019, ['1534']));
      // 2024 by sex is the by-sex file; its sexes add up to the 2024 file.
      expect(n(row('5057', 2024, 'male'), 'all')).toBe(
        rawSum('07459-by-age-sex-2024.csv', 2024, ['5057'], 'male'),
      );
      expect(
        rawSum('07459-by-age-sex-2024.csv', 2024, ['5057'], 'male') +
          rawSum('07459-by-age-sex-2024.csv', 2024, ['5057'], 'female'),
      ).toBe(rawSum('07459-Personer2024.csv', 2024, ['5057']));
    });

    it('every code in the files is carried to today, or is a documented split', () => {
      const codes = new Set<string>();
      for (const f of [
        '07459-Personer2005-2009.csv',
        '07459-Personer2010-2014.csv',
        '07459-Personer2015-2018.csv',
        '07459-Personer2019.csv',
        '07459-Personer2020.csv',
        '07459-Personer2021.csv',
        '07459-Personer2022.csv',
        '07459-Personer2023.csv',
        '07459-Personer2024.csv',
      ])
        for (const c of cells(f)) if (c.persons > 0) codes.add(c.code);
      const splits = [...codes].filter((c) => (history.targets(c) ?? []).length > 1).sort();
      expect([...codes].filter((c) => history.targets(c) === null)).toEqual([]);
      expect(splits).toEqual(['1507', '1613', '1850', '5012']);
    });
  },
);
