import type { FhiSpec } from './lib/fhi-series.ts';

const UNGDATA_AGE = { column: 'Alder', map: { '8-10.trinn': 'grade_8_10' } };
const SHARE = 'andel (prosent, standardisert)';

/** The FHI series embedded (pipelines/notes/fhi-series.md), one spec per file under fhi/. */
export const FHI_SPECS: (FhiSpec & { out: string })[] = [
  {
    file: 'ungdata-psykiske-plager-ungdom.csv',
    out: 'fhi-ungdata-depressive-symptoms.csv',
    sourceId: 'fhi-telemark-ungdata-depressive',
    place: 'Geografi',
    period: { column: 'År', kind: 'year' },
    sex: 'Kjønn',
    value: { column: 'value' },
    age: UNGDATA_AGE,
    indicator: 'fhi-ungdata-depressive-symptoms',
    fixed: { Plagegrad: 'plaget', 'Sosioøkonomiske ressurser (SØR)': 'Total SØR', Måltall: SHARE },
  },
  {
    file: 'ungdata-fornoyd-med-helsa-ungdom.csv',
    out: 'fhi-ungdata-satisfied-health.csv',
    sourceId: 'fhi-telemark-ungdata-health',
    place: 'Geografi',
    period: { column: 'År', kind: 'year' },
    sex: 'Kjønn',
    value: { column: 'value' },
    age: { ...UNGDATA_AGE, column: 'Alder vises ikke' },
    indicator: 'fhi-ungdata-satisfied-health',
    fixed: { 'Fornøydhet med helsa': 'Litt eller svært fornøyd', SOES: 'SOES 0', Måltall: SHARE },
  },
  {
    file: 'ungdata-tilfredshet-med-livet-ungdom.csv',
    out: 'fhi-ungdata-life-satisfaction.csv',
    sourceId: 'fhi-telemark-ungdata-life',
    place: 'Geografi',
    period: { column: 'År', kind: 'year' },
    sex: 'Kjønn',
    value: { column: 'value' },
    age: UNGDATA_AGE,
    indicator: 'fhi-ungdata-life-satisfaction',
    fixed: { 'Skala 0-10, tilfredshet': '8_10', 'Sosial status': 'samlet', Måltall: SHARE },
  },
  {
    file: 'elevundersokelsen-mobbing-7-trinn-treaarig.csv',
    out: 'fhi-elevundersokelsen-bullied-grade-7.csv',
    sourceId: 'fhi-telemark-elevundersokelsen-bullying',
    place: 'Kommune',
    period: {
      column: 'Skoleår',
      kind: 'school-year',
      dateColumn: 'År',
      lastColumn: 'Skoleår_slutt',
    },
    sex: 'Kjønn',
    value: {
      column: 'Andel',
      fraction: true,
      empty:
        'Empty in the file: no figure given (Elevundersøkelsen withholds results for small groups, but the file does not say why).',
    },
    age: { column: 'Klassetrinn', map: { '7. trinn': 'grade_7' } },
    indicator: 'fhi-elevundersokelsen-bullied-grade-7',
    fixed: { 'Spm.id': 'spm. om mobbing', Måltall: SHARE },
    ignore: ['SortKommune'],
  },
  {
    file: 'psykiske-symptomer-primaerhelsetjenesten.csv',
    out: 'fhi-primary-care-mental.csv',
    sourceId: 'fhi-telemark-kuhr-mental',
    place: 'Geografi',
    period: { column: 'År', kind: 'year' },
    sex: 'Kjønn',
    value: { column: 'value' },
    age: {
      column: 'Alder',
      map: {
        '0-74 år': '0_74',
        '0-44 år': '0_44',
        '0-24 år': '0_24',
        '0-14 år': '0_14',
        '15-24 år': '15_24',
        '25-44 år': '25_44',
        '45-74 år': '45_74',
        '75-79 år': '75_79',
      },
    },
    indicator: {
      column: 'Sykdomsgruppe',
      map: {
        'Psykiske symptomer og lidelser': 'fhi-primary-care-mental',
        'Psykiske symptomer': 'fhi-primary-care-mental-symptoms',
        'Psykiske lidelser': 'fhi-primary-care-mental-disorders',
      },
    },
    fixed: { Måltall: 'per 1000, standardisert' },
  },
];

/**
 * FHI's national series that serve as the reference of a seed plan's indicator measuring the same
 * thing (notes/fhi-series.md): Norway's rows are also written under the seed indicator, except where
 * a plan already gives Norway's figure for that key.
 */
export const SEED_REFERENCES = [
  {
    from: 'fhi-ungdata-depressive-symptoms',
    to: 'ungdata-depressive-symptoms',
    out: 'fhi-ungdata-depressive-symptoms-norway-for-seeds.csv',
  },
];
