/**
 * The reader of FHI's series as Telemark fylkeskommune republishes them, on small files of our own
 * in the same shapes (names only, `.` and `:` symbols, fractions, school-year spans, date-like years).
 */
import { describe, expect, it } from 'vitest';
import { placeResolver } from '../../pipelines/curate-fhi.ts';
import { FHI_SPECS } from '../../pipelines/fhi-specs.ts';
import { readFhiSeries, fractionToPercent } from '../../pipelines/lib/fhi-series.ts';

const GEO = [
  { code: '0', name: 'Norge', level: 'country', parent: '' },
  { code: '40', name: 'Telemark', level: 'county', parent: '0' },
  { code: '4001', name: 'Porsgrunn', level: 'municipality', parent: '40' },
  { code: '4010', name: 'Siljan', level: 'municipality', parent: '40' },
  { code: '1515', name: 'Herøy', level: 'municipality', parent: '15' },
  { code: '1818', name: 'Herøy', level: 'municipality', parent: '18' },
];
const resolve = placeResolver(GEO);
const spec = (file: string) => FHI_SPECS.find((s) => s.file === file)!;

const DEPRESSIVE = `Geografi,År,Kjønn,Alder,Plagegrad,Sosioøkonomiske ressurser (SØR),Måltall,value
Hele landet,2016,kjønn samlet,8-10.trinn,plaget,Total SØR,"andel (prosent, standardisert)",11.5
Hele landet,2016,jenter,8-10.trinn,plaget,Total SØR,"andel (prosent, standardisert)",17.25
Telemark,2022,kjønn samlet,8-10.trinn,plaget,Total SØR,"andel (prosent, standardisert)",.
Porsgrunn,2018,gutter,8-10.trinn,plaget,Total SØR,"andel (prosent, standardisert)",:
`;

const BULLYING = `Kommune,Skoleår,År,Skoleår_slutt,Kjønn,Spm.id,Klassetrinn,Måltall,Andel,SortKommune
Hele landet,2016/17-2018/19,2018-01-01,2018/19,Kjønn samlet,spm. om mobbing,7. trinn,"andel (prosent, standardisert)",0.059000000000000004,2
Porsgrunn,2017/18-2019/20,2019-01-01,2019/20,Kjønn samlet,spm. om mobbing,7. trinn,"andel (prosent, standardisert)",0.054,13
Siljan,2016/17-2018/19,2018-01-01,2018/19,Kjønn samlet,spm. om mobbing,7. trinn,"andel (prosent, standardisert)",,4
`;

const PRIMARY = `Geografi,År,Kjønn,Alder,Sykdomsgruppe,Måltall,value
Hele landet,2017,kjønn samlet,0-74 år,Psykiske symptomer og lidelser,"per 1000, standardisert",150.885125095111
Telemark,2017,kvinner,15-24 år,Psykiske lidelser,"per 1000, standardisert",99.5
Siljan,2024,menn,75-79 år,Psykiske symptomer,"per 1000, standardisert",:
`;

describe('FHI series reader', () => {
  it('maps names to today’s codes, sexes to the contract’s, and FHI’s symbols to statuses', () => {
    const { figures, problems } = readFhiSeries(
      DEPRESSIVE,
      spec('ungdata-psykiske-plager-ungdom.csv'),
      resolve,
    );
    expect(problems).toEqual([]);
    expect(
      figures.map((f) => [f.geo_code, f.period_from, f.sex, f.age, f.value, f.status]),
    ).toEqual([
      ['0', 2016, 'all', 'grade_8_10', 11.5, 'ok'],
      ['0', 2016, 'female', 'grade_8_10', 17.25, 'ok'],
      ['40', 2022, 'all', 'grade_8_10', null, 'missing'],
      ['4001', 2018, 'male', 'grade_8_10', null, 'suppressed'],
    ]);
    expect(figures[2]?.note).toContain("'.'");
    expect(figures.every((f) => f.indicator_id === 'fhi-ungdata-depressive-symptoms')).toBe(true);
  });

  it('turns fractions into percent and school-year spans into survey years', () => {
    const { figures, problems } = readFhiSeries(
      BULLYING,
      spec('elevundersokelsen-mobbing-7-trinn-treaarig.csv'),
      resolve,
    );
    expect(problems).toEqual([]);
    expect(
      figures.map((f) => [f.geo_code, f.period_from, f.period_to, f.age, f.value, f.status]),
    ).toEqual([
      ['0', 2016, 2018, 'grade_7', 5.9, 'ok'],
      ['4001', 2017, 2019, 'grade_7', 5.4, 'ok'],
      ['4010', 2016, 2018, 'grade_7', null, 'missing'],
    ]);
    expect(figures[0]?.note).toContain('2016/17–2018/19');
    expect(figures[2]?.note).toContain('Empty in the file');
    expect(fractionToPercent(0.10099999999999999)).toBe(10.1);
  });

  it('splits diagnosis groups into indicators and keeps the age bands', () => {
    const { figures, problems } = readFhiSeries(
      PRIMARY,
      spec('psykiske-symptomer-primaerhelsetjenesten.csv'),
      resolve,
    );
    expect(problems).toEqual([]);
    expect(
      figures.map((f) => [f.indicator_id, f.geo_code, f.sex, f.age, f.value, f.status]),
    ).toEqual([
      ['fhi-primary-care-mental', '0', 'all', '0_74', 150.885125095111, 'ok'],
      ['fhi-primary-care-mental-disorders', '40', 'female', '15_24', 99.5, 'ok'],
      ['fhi-primary-care-mental-symptoms', '4010', 'male', '75_79', null, 'suppressed'],
    ]);
  });

  it('rejects what it cannot read, naming line and column, and never guesses', () => {
    const bad = [
      BULLYING.split('\n')[0],
      // a date-like year that disagrees with the span
      'Porsgrunn,2016/17-2018/19,2019-01-01,2018/19,Kjønn samlet,spm. om mobbing,7. trinn,"andel (prosent, standardisert)",0.05,13',
      // a share given as percent in a file of fractions
      'Porsgrunn,2017/18-2019/20,2019-01-01,2019/20,Kjønn samlet,spm. om mobbing,7. trinn,"andel (prosent, standardisert)",5.4,13',
      // a place that is not a place of today, and one name that fits two places
      'Atlantis,2017/18-2019/20,2019-01-01,2019/20,Kjønn samlet,spm. om mobbing,7. trinn,"andel (prosent, standardisert)",0.05,13',
      'Herøy,2017/18-2019/20,2019-01-01,2019/20,Kjønn samlet,spm. om mobbing,7. trinn,"andel (prosent, standardisert)",0.05,13',
      // a breakdown this reader does not embed, and a symbol that is not FHI's
      'Porsgrunn,2017/18-2019/20,2019-01-01,2019/20,Kjønn samlet,spm. om mobbing,10. trinn,"andel (prosent, standardisert)",0.05,13',
      'Porsgrunn,2017/18-2019/20,2019-01-01,2019/20,Kjønn samlet,spm. om mobbing,7. trinn,"andel (prosent, standardisert)",n/a,13',
    ].join('\n');
    const { figures, problems } = readFhiSeries(
      bad,
      spec('elevundersokelsen-mobbing-7-trinn-treaarig.csv'),
      resolve,
    );
    expect(figures).toEqual([]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'År'],
      [3, 'Andel'],
      [4, 'Kommune'],
      [5, 'Kommune'],
      [6, 'Klassetrinn'],
      [7, 'Andel'],
    ]);
    expect(problems[3]?.rule).toContain('several places');
  });

  it('refuses a file with a breakdown column it does not know', () => {
    const extra = DEPRESSIVE.replace('Måltall,value', 'Måltall,Innvandringskategori,value').replace(
      /standardisert\)",/g,
      'standardisert)",alle,',
    );
    const { problems } = readFhiSeries(extra, spec('ungdata-psykiske-plager-ungdom.csv'), resolve);
    expect(problems).toContainEqual(
      expect.objectContaining({ line: 1, column: 'Innvandringskategori' }),
    );
  });
});
