import type { Tier } from '../../src/domain/coverage/tiers.ts';
import type { Obs } from '../../src/domain/intervals.ts';
import type { RiskVerdict } from '../../src/domain/risk/types.ts';
import type { IndicatorCoverage } from '../../src/queries/coverage/types.ts';

/**
 * A fixed tile group for the snapshots, written out (not read from the embedded data or judged by
 * the rules, so a rule change does not move the pictures): four indicators of one theme with a
 * verdict and tier each, shaped as `judgeRisk` and the coverage query return them.
 */

const obs = (from: number, to: number, value: number, respondents: number | null = null): Obs => ({
  period_from: from,
  period_to: to,
  value,
  status: 'ok',
  ci_low: null,
  ci_high: null,
  respondents,
});

const NORWAY = { kind: 'country', code: '0', name: 'Hele landet' } as const;

/** A verdict with nothing compared; each tile fills in what its judgement found. */
function verdict(
  indicatorId: string,
  unit: string,
  polarity: string,
  v: Partial<RiskVerdict>,
): RiskVerdict {
  return {
    indicatorId,
    unit,
    polarity,
    placeName: 'Skien',
    referencePlace: NORWAY,
    verdict: 'cannot_judge',
    basis: null,
    intervalMethod: null,
    direction: null,
    latest: null,
    reference: null,
    referenceValue: null,
    referenceExact: null,
    difference: null,
    relativeDifference: null,
    worseBy: null,
    interval: null,
    sampleSize: null,
    numerator: null,
    trend: 'unknown',
    trendSlope: null,
    trendPeriods: [],
    rule: {
      tolerance: 0.1,
      z: 1.959963984540054,
      minRespondents: 20,
      smallNumerator: 6,
      referenceWithinYears: 1,
    },
    ...v,
  };
}

function tile(
  id: string,
  names: [nb: string, en: string],
  unit: string,
  polarity: string,
  series: Obs[],
  v: Partial<RiskVerdict>,
  tier: Tier,
  activeMeasures: number,
): IndicatorCoverage {
  return {
    indicator: {
      id,
      theme_id: 'youth-substance',
      name_nb: names[0],
      name_en: names[1],
      unit,
      polarity,
      source_kind: 'fixture',
      population: null,
    },
    verdict: verdict(id, unit, polarity, { latest: series[series.length - 1] ?? null, ...v }),
    tier,
    activeMeasures,
    directMeasures: activeMeasures,
    uncovered: activeMeasures === 0,
    breakdown: { sex: 'all', age: 'all' },
    series,
    source: null,
  };
}

const drunk = [obs(2021, 2021, 19.0, 455), obs(2022, 2022, 21.5, 470), obs(2024, 2024, 24.1, 480)];
const active = [obs(2020, 2020, 58.0, 410), obs(2022, 2022, 60.2), obs(2024, 2024, 61.0)];
const sleep = [obs(2017, 2019, 88.4), obs(2019, 2021, 91.0), obs(2021, 2023, 96.8)];
const cannabis = [obs(2024, 2024, 4.0, 14)];

/** Worse by interval; possibly better (uncertainty unknown); higher (neutral); too few to judge. */
export const TILE_ITEMS: IndicatorCoverage[] = [
  tile(
    'ungdata-drunk-12m',
    ['Har vært beruset siste 12 måneder', 'Been drunk in the past 12 months'],
    'percent',
    'higher_worse',
    drunk,
    {
      verdict: 'worse',
      basis: 'interval',
      intervalMethod: 'wilson',
      direction: 'higher',
      reference: obs(2024, 2024, 16.0),
      referenceValue: 16.0,
      referenceExact: true,
      difference: 8.1,
      relativeDifference: 0.50625,
      worseBy: 0.50625,
      interval: [20.5, 28.1],
      sampleSize: 480,
      trend: 'worsening',
      trendSlope: 1.7,
      trendPeriods: drunk.map((o) => ({ from: o.period_from, to: o.period_to })),
    },
    'clear_risk',
    0,
  ),
  tile(
    'ungdata-physically-active',
    ['Fysisk aktive minst 60 minutter daglig', 'Physically active at least 60 minutes a day'],
    'percent',
    'higher_better',
    active,
    {
      verdict: 'better',
      basis: 'difference',
      direction: 'higher',
      reference: obs(2024, 2024, 55.0),
      referenceValue: 55.0,
      referenceExact: true,
      difference: 6.0,
      relativeDifference: 0.10909,
      worseBy: -0.10909,
      trend: 'flat',
      trendSlope: 0.2,
      trendPeriods: active.map((o) => ({ from: o.period_from, to: o.period_to })),
    },
    'no_signal',
    2,
  ),
  tile(
    'reseptregisteret-sleep',
    ['Brukere av sovemidler', 'Users of sleeping pills'],
    'per_1000',
    'neutral',
    sleep,
    {
      verdict: 'higher',
      basis: 'interval',
      intervalMethod: 'poisson',
      direction: 'higher',
      reference: obs(2021, 2023, 56.8),
      referenceValue: 56.8,
      referenceExact: true,
      difference: 40.0,
      relativeDifference: 0.70423,
      interval: [88.1, 106.0],
      trend: 'rising',
      trendSlope: 2.1,
      trendPeriods: sleep.map((o) => ({ from: o.period_from, to: o.period_to })),
    },
    'notable_difference',
    0,
  ),
  tile(
    'ungdata-cannabis-12m',
    ['Har brukt hasj eller marihuana siste år', 'Used cannabis in the past year'],
    'percent',
    'higher_worse',
    cannabis,
    {
      verdict: 'too_few',
      reason: 'few_respondents',
      sampleSize: 14,
      trendReason: 'one_period',
      trendPeriods: [{ from: 2024, to: 2024 }],
    },
    'cannot_judge',
    1,
  ),
];
