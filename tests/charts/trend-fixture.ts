import type { ChartMeasure, ChartPlan } from '../../src/domain/spans.ts';
import type { ChartSeries, SeriesPoint } from '../../src/charts/series.ts';
import type { Lang } from '../../src/i18n/i18n.ts';

/**
 * A fixed trend for the snapshots, written out (not read from the embedded data): a place with
 * intervals, a suppressed year, a three-year figure and a last figure without an interval, and
 * Norway as the reference line. Figures stay under 1 000 so no locale's digit grouping enters.
 */
const pt = (
  from: number,
  to: number,
  value: number | null,
  ci: [number, number] | null = null,
  respondents: number | null = null,
  note: string | null = null,
): SeriesPoint => ({
  from,
  to,
  value,
  status: value === null ? 'suppressed' : 'ok',
  ciLow: ci?.[0] ?? null,
  ciHigh: ci?.[1] ?? null,
  respondents,
  note,
  sourceId: 'fixture',
});

/** Skien and Norway, labelled in the language. */
export function trendSeries(lang: Lang): ChartSeries[] {
  return [
    {
      key: '4003|all|13-15',
      label: 'Skien',
      place: 'Skien',
      breakdown: null,
      role: 'main',
      sex: 'all',
      age: '13_15',
      points: [
        pt(2014, 2014, 14.2, [11.8, 16.9], 412),
        pt(2015, 2015, null),
        pt(2016, 2016, 17.5, [14.9, 20.3], 388),
        pt(2017, 2019, 19.1, [17.0, 21.4], 906),
        pt(2020, 2020, 21.3, null, null, lang === 'en' ? 'Provisional' : 'Foreløpig tall'),
      ],
    },
    {
      key: '0|all|13-15',
      label: lang === 'en' ? 'Norway' : 'Norge',
      place: lang === 'en' ? 'Norway' : 'Norge',
      breakdown: null,
      role: 'country',
      sex: 'all',
      age: '13_15',
      points: [
        pt(2014, 2014, 15.0),
        pt(2015, 2015, 15.4),
        pt(2016, 2016, 15.9),
        pt(2017, 2019, 16.2),
        pt(2020, 2020, 16.8),
      ],
    },
  ];
}

/** A plan period shaded behind the chart. */
export const TREND_PLANS: ChartPlan[] = [
  { id: 'plan-1', title: 'Folkehelseplan 2016–2020', from: 2016, to: 2020 },
];

/** Two measures linked to the indicator, as lanes under the chart. */
export const TREND_MEASURES: ChartMeasure[] = [
  {
    id: 'm-1',
    title: 'Rusfri ungdomsklubb',
    from: 2016,
    to: 2018,
    planTitle: 'Folkehelseplan 2016–2020',
    status: 'completed',
  },
  {
    id: 'm-2',
    title: 'Foreldremøter om alkohol i 8. trinn',
    from: 2019,
    to: 2020,
    planTitle: 'Folkehelseplan 2016–2020',
    status: 'active',
  },
];
