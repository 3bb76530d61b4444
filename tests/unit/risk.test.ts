import { describe, expect, it } from 'vitest';
import {
  confidenceLevel,
  observationInterval,
  poissonExact,
  rateInterval,
  wilson,
  wilsonFromCounts,
  type Obs,
} from '../../src/domain/intervals.ts';
import {
  DEFAULT_RISK_SETTINGS,
  formatRange,
  judgeRisk,
  judgeTrend,
  matchReference,
  referenceCode,
  riskSettings,
  type RiskIndicator,
  type RiskVerdict,
} from '../../src/domain/risk.ts';

/** An ok (or, with value null, suppressed) figure for a year or a range of years. */
const o = (
  period: number | [number, number],
  value: number | null,
  extra: Partial<Obs> = {},
): Obs => {
  const [from, to] = typeof period === 'number' ? [period, period] : period;
  return {
    period_from: from,
    period_to: to,
    value,
    status: value === null ? 'suppressed' : 'ok',
    ...extra,
  };
};

const ind = (polarity: string, unit = 'percent'): RiskIndicator => ({
  id: 'ind',
  unit,
  polarity,
  name_nb: 'Indikator',
  name_en: 'Indicator',
});

const judge = (
  polarity: string,
  series: Obs[],
  reference: Obs[],
  unit = 'percent',
  settings = DEFAULT_RISK_SETTINGS,
): RiskVerdict =>
  judgeRisk(
    {
      indicator: ind(polarity, unit),
      series,
      reference,
      referenceName: 'Norge',
      referenceName_en: 'Norway',
      placeName: 'Flå',
    },
    settings,
  );

describe('wilson', () => {
  it.each([
    // percent, n, low, high (textbook values)
    [10, 100, 5.52, 17.44],
    [50, 100, 40.38, 59.62],
    [0, 50, 0, 7.13],
    [100, 20, 83.89, 100],
  ])('%d %% of %d → %d–%d %%', (p, n, lo, hi) => {
    const ci = wilson(p, n);
    expect(ci).not.toBeNull();
    expect(ci?.[0]).toBeCloseTo(lo, 2);
    expect(ci?.[1]).toBeCloseTo(hi, 2);
  });

  it('takes counts as well as shares', () => {
    expect(wilsonFromCounts(10, 100)).toEqual(wilson(10, 100));
  });

  it.each([
    [10, 0],
    [10, -5],
    [-1, 100],
    [101, 100],
  ])('refuses %d %% of %d', (p, n) => expect(wilson(p, n)).toBeNull());

  it('refuses more successes than trials', () => expect(wilsonFromCounts(11, 10)).toBeNull());

  it('knows 1.96 is 95 %', () => expect(confidenceLevel(1.96)).toBeCloseTo(95, 2));
});

describe('exact Poisson intervals', () => {
  it.each([
    // count, low, high (Garwood 95 %, published tables)
    [0, 0, 3.689],
    [1, 0.0253, 5.5716],
    [5, 1.6235, 11.6683],
    [10, 4.7954, 18.3904],
    [100, 81.364, 121.627],
  ])('count %d → %d–%d', (k, lo, hi) => {
    const ci = poissonExact(k);
    expect(ci?.[0]).toBeCloseTo(lo, 3);
    expect(ci?.[1]).toBeCloseTo(hi, 3);
  });

  it('gives a rate interval per 1 000 that starts at 0 for 0 events', () => {
    const ci = rateInterval(0, 5000, 1000);
    expect(ci?.[0]).toBe(0);
    expect(ci?.[1]).toBeCloseTo((3.689 / 5000) * 1000, 3);
  });

  it('scales per 10 000', () => {
    const ci = rateInterval(10, 20_000, 10_000);
    expect(ci?.[0]).toBeCloseTo(4.7954 / 2, 3);
    expect(ci?.[1]).toBeCloseTo(18.3904 / 2, 3);
  });

  it.each([
    [-1, 100],
    [5, 0],
  ])('refuses %d events of %d', (k, d) => expect(rateInterval(k, d, 1000)).toBeNull());
});

describe('observationInterval', () => {
  it.each<[string, Obs, string, [number, number, string] | null]>([
    [
      'given ci wins',
      o(2020, 18, { ci_low: 14, ci_high: 22, respondents: 400 }),
      'percent',
      [14, 22, 'given'],
    ],
    ['respondents → Wilson', o(2020, 10, { respondents: 100 }), 'percent', [5.52, 17.44, 'wilson']],
    [
      'share counts → Wilson',
      o(2020, 10, { numerator: 10, denominator: 100 }),
      'percent',
      [5.52, 17.44, 'wilson'],
    ],
    [
      'rate counts → Poisson',
      o(2020, 2, { numerator: 10, denominator: 5000 }),
      'per_1000',
      [0.959, 3.678, 'poisson'],
    ],
    [
      'zero events → Poisson from 0',
      o(2020, 0, { numerator: 0, denominator: 10_000 }),
      'per_10000',
      [0, 3.689, 'poisson'],
    ],
    ['nothing to go on', o(2020, 10), 'percent', null],
    [
      'a count has no interval of its own',
      o(2020, 25, { numerator: 25, denominator: 4000 }),
      'count',
      null,
    ],
    ['suppressed', o(2020, null, { ci_low: 1, ci_high: 2 }), 'percent', null],
  ])('%s', (_, obs, unit, expected) => {
    const ci = observationInterval(obs, unit);
    if (expected === null) return expect(ci).toBeNull();
    expect(ci?.low).toBeCloseTo(expected[0], 2);
    expect(ci?.high).toBeCloseTo(expected[1], 2);
    expect(ci?.method).toBe(expected[2]);
  });
});

describe('judgeRisk: verdicts', () => {
  const cases: {
    name: string;
    polarity?: string;
    unit?: string;
    series: Obs[];
    reference: Obs[];
    verdict: RiskVerdict['verdict'];
    reason?: RiskVerdict['reason'];
    basis?: RiskVerdict['basis'];
    direction?: RiskVerdict['direction'];
    nb?: string[];
    en?: string[];
  }[] = [
    {
      name: 'interval above the reference, higher is worse → worse',
      series: [o(2020, 18, { respondents: 400 })],
      reference: [o(2020, 12)],
      verdict: 'worse',
      basis: 'interval',
      direction: 'higher',
      nb: ['Verre enn Norge', '95 %-intervallet 14,5–22,1 % ligger over tallet for Norge, 12 %'],
      en: [
        'Worse than Norway',
        'the 95% interval 14.5–22.1% lies above the figure for Norway, 12%',
      ],
    },
    {
      name: 'given interval above the reference, higher is better → better',
      polarity: 'higher_better',
      series: [o(2020, 18, { ci_low: 14, ci_high: 22 })],
      reference: [o(2020, 12)],
      verdict: 'better',
      basis: 'interval',
      nb: ['Bedre enn Norge', '14–22 %'],
      en: ['Better than Norway'],
    },
    {
      name: 'interval below the reference, higher is worse → better',
      series: [o(2020, 5, { ci_low: 3, ci_high: 8 })],
      reference: [o(2020, 12)],
      verdict: 'better',
      direction: 'lower',
      nb: ['ligger under'],
    },
    {
      name: 'interval includes the reference → similar',
      series: [o(2017, 13, { respondents: 33 })],
      reference: [o(2017, 18)],
      verdict: 'similar',
      basis: 'interval',
      direction: 'same',
      nb: ['Omtrent som Norge', 'omfatter tallet for Norge, 18 %'],
      en: ['About the same as Norway', 'includes'],
    },
    {
      name: 'no interval, 25 against 15 → appears worse, uncertainty unknown',
      series: [o(2015, 25)],
      reference: [o(2015, 15)],
      verdict: 'worse',
      basis: 'difference',
      nb: [
        'Ser ut til å være verre enn Norge: høyere, 25 % mot 15 % i 2015; usikkerheten er ukjent.',
      ],
      en: [
        'Appears worse than Norway: higher, 25% against 15% in 2015; the uncertainty is unknown.',
      ],
    },
    {
      name: 'no interval, higher is better, 10 % lower → appears worse',
      polarity: 'higher_better',
      series: [o(2020, 9)],
      reference: [o(2020, 10)],
      verdict: 'worse',
      basis: 'difference',
      direction: 'lower',
    },
    {
      name: 'no interval, under 10 % apart → similar',
      series: [o(2020, 13)],
      reference: [o(2020, 12)],
      verdict: 'similar',
      basis: 'difference',
      direction: 'same',
      nb: ['under 10 % forskjell', 'usikkerheten er ukjent'],
      en: ['less than 10% apart'],
    },
    {
      name: 'tie → similar',
      series: [o(2020, 12)],
      reference: [o(2020, 12)],
      verdict: 'similar',
      direction: 'same',
      nb: ['Samme som Norge: begge har 12 % i 2020.'],
      en: ['Same as Norway'],
    },
    {
      name: 'tie with an interval → similar',
      series: [o(2020, 12, { respondents: 500 })],
      reference: [o(2020, 12)],
      verdict: 'similar',
      basis: 'interval',
    },
    {
      name: 'neutral polarity, clearly higher → similar, says higher without a judgement',
      polarity: 'neutral',
      unit: 'per_1000',
      series: [o(2020, 9)],
      reference: [o(2020, 7)],
      verdict: 'similar',
      direction: 'higher',
      nb: ['Høyere enn Norge: 9 per 1\u00a0000 mot 7 per 1\u00a0000', 'verken bedre eller verre'],
      en: ['Higher than Norway', 'neither better nor worse'],
    },
    {
      name: 'neutral polarity with an interval below',
      polarity: 'neutral',
      series: [o(2020, 5, { ci_low: 3, ci_high: 8 })],
      reference: [o(2020, 12)],
      verdict: 'similar',
      direction: 'lower',
      nb: ['Lavere enn Norge', 'verken bedre eller verre'],
    },
    {
      name: 'multi-year period matched exactly',
      unit: 'per_1000',
      series: [o([2011, 2013], 160)],
      reference: [o([2010, 2012], 131), o([2011, 2013], 130.6)],
      verdict: 'worse',
      nb: ['160 per 1\u00a0000 mot 130,6 per 1\u00a0000 i 2011–2013'],
    },
    {
      name: 'reference only for the year before → compared, and said so',
      series: [o(2020, 25)],
      reference: [o(2019, 15), o(2016, 20)],
      verdict: 'worse',
      nb: [
        '25 % i 2020 mot 15 % i 2019',
        'Tallet for Norge er fra 2019, fordi Norge ikke har tall for 2020.',
      ],
      en: ['The figure for Norway is from 2019'],
    },
    {
      name: 'reference only two years off → no reference',
      series: [o(2020, 25)],
      reference: [o(2018, 15)],
      verdict: 'cannot_judge',
      reason: 'no_reference',
      nb: ['Kan ikke vurderes: Norge har ikke tall for 2020 eller året før eller etter.'],
      en: ['Cannot be judged: Norway has no figure for 2020'],
    },
    {
      name: 'reference suppressed for the period → no reference',
      series: [o(2020, 25)],
      reference: [o(2020, null)],
      verdict: 'cannot_judge',
      reason: 'no_reference',
    },
    {
      name: 'no reference at all',
      series: [o(2020, 25)],
      reference: [],
      verdict: 'cannot_judge',
      reason: 'no_reference',
    },
    {
      name: 'latest suppressed → cannot judge, even with an older figure',
      series: [o(2017, 13), o(2020, null)],
      reference: [o(2017, 18), o(2020, 18)],
      verdict: 'cannot_judge',
      reason: 'suppressed',
      nb: ['Kan ikke vurderes: tallet for 2020 er skjult'],
      en: ['Cannot be judged: the figure for 2020 is hidden'],
    },
    {
      name: 'only suppressed figures → suppressed',
      series: [o(2018, null), o(2020, null)],
      reference: [o(2020, 18)],
      verdict: 'cannot_judge',
      reason: 'suppressed',
    },
    {
      name: 'a later missing row is ignored',
      series: [o(2017, 25), { ...o(2020, null), status: 'missing' }],
      reference: [o(2017, 15)],
      verdict: 'worse',
    },
    {
      name: 'too few respondents',
      series: [o(2017, 40, { respondents: 12 })],
      reference: [o(2017, 18)],
      verdict: 'cannot_judge',
      reason: 'too_few',
      nb: ['bare 12 svarte i 2017 (minst 20 trengs)'],
      en: ['only 12 answered in 2017'],
    },
    {
      name: 'too small a denominator for a share',
      series: [o(2017, 40, { numerator: 4, denominator: 10 })],
      reference: [o(2017, 18)],
      verdict: 'cannot_judge',
      reason: 'too_few',
    },
    {
      name: 'no figures',
      series: [],
      reference: [o(2017, 18)],
      verdict: 'cannot_judge',
      reason: 'no_data',
      nb: ['Flå har ingen tall'],
    },
    {
      name: 'rate with 0 events is judged by its Poisson interval',
      polarity: 'higher_worse',
      unit: 'per_10000',
      series: [o(2020, 0, { numerator: 0, denominator: 1500 })],
      reference: [o(2020, 34)],
      verdict: 'better',
      basis: 'interval',
    },
  ];

  it.each(cases)('$name', (c) => {
    const v = judge(c.polarity ?? 'higher_worse', c.series, c.reference, c.unit ?? 'percent');
    expect(v.verdict).toBe(c.verdict);
    expect(v.reason).toBe(c.reason);
    if (c.basis !== undefined) expect(v.basis).toBe(c.basis);
    if (c.direction !== undefined) expect(v.direction).toBe(c.direction);
    for (const s of c.nb ?? []) expect(v.sentence_nb).toContain(s);
    for (const s of c.en ?? []) expect(v.sentence_en).toContain(s);
    expect(v.sentence_nb).not.toBe('');
    expect(v.sentence_en).not.toBe('');
    if (v.verdict === 'cannot_judge') expect(v.basis).toBeNull();
  });

  it('carries the evidence', () => {
    const v = judge('higher_worse', [o(2019, 20), o(2020, 25)], [o(2019, 15), o(2020, 20)]);
    expect(v.latest?.period_to).toBe(2020);
    expect(v.referenceValue).toBe(20);
    expect(v.referenceExact).toBe(true);
    expect(v.difference).toBe(5);
    expect(v.relativeDifference).toBeCloseTo(0.25);
    expect(v.worseBy).toBeCloseTo(0.25);
    expect(v.interval).toBeNull();
    expect(v.placeName).toBe('Flå');
    expect(v.referenceName).toBe('Norge');
  });

  it('worseBy is positive when worse, whatever the polarity', () => {
    const v = judge('higher_better', [o(2020, 8)], [o(2020, 10)]);
    expect(v.verdict).toBe('worse');
    expect(v.worseBy).toBeCloseTo(0.2);
    expect(judge('neutral', [o(2020, 8)], [o(2020, 10)]).worseBy).toBeNull();
  });

  it('can refuse to judge without an interval', () => {
    const s = riskSettings({ judgeWithoutInterval: false });
    const v = judge('higher_worse', [o(2020, 25)], [o(2020, 15)], 'percent', s);
    expect(v.verdict).toBe('cannot_judge');
    expect(v.reason).toBe('no_uncertainty');
    expect(v.referenceValue).toBe(15);
    expect(v.sentence_nb).toContain('usikkerheten i tallet for 2020 er ukjent');
    // with an interval it still judges
    const w = judge(
      'higher_worse',
      [o(2020, 25, { respondents: 300 })],
      [o(2020, 15)],
      'percent',
      s,
    );
    expect(w.verdict).toBe('worse');
  });

  it('thresholds are settings', () => {
    const s = riskSettings({ differenceThreshold: 0.05, minRespondents: 10 });
    expect(judge('higher_worse', [o(2020, 13)], [o(2020, 12)], 'percent', s).verdict).toBe('worse');
    expect(
      judge('higher_worse', [o(2020, 40, { respondents: 12 })], [o(2020, 18)], 'percent', s)
        .verdict,
    ).not.toBe('cannot_judge');
  });
});

describe('judgeRisk: trend', () => {
  it.each<{
    name: string;
    polarity: string;
    unit?: string;
    series: Obs[];
    trend: RiskVerdict['trend'];
    reason?: RiskVerdict['trendReason'];
    nb?: string;
    en?: string;
  }>([
    {
      name: 'falling, higher is worse → improving',
      polarity: 'higher_worse',
      series: [o(2015, 25), o(2018, 20), o(2020, 10)],
      trend: 'improving',
      nb: 'Utviklingen de siste tre målingene (2015–2020): bedre.',
      en: 'The trend over the last three figures (2015–2020): better.',
    },
    {
      name: 'falling, higher is better → worsening',
      polarity: 'higher_better',
      series: [o(2015, 25), o(2018, 20), o(2020, 10)],
      trend: 'worsening',
      nb: 'verre.',
    },
    {
      name: 'rising, higher is worse → worsening',
      polarity: 'higher_worse',
      series: [o(2016, 10), o(2018, 14), o(2020, 18)],
      trend: 'worsening',
    },
    {
      name: 'rising, higher is better → improving',
      polarity: 'higher_better',
      series: [o(2016, 10), o(2018, 14), o(2020, 18)],
      trend: 'improving',
    },
    {
      name: 'neutral → rising, no judgement',
      polarity: 'neutral',
      unit: 'count',
      series: [o(2016, 10), o(2018, 14), o(2020, 18)],
      trend: 'rising',
      nb: 'økende (verken bedre eller verre',
    },
    {
      name: 'under 1 percentage point → flat',
      polarity: 'higher_worse',
      series: [o(2016, 3), o(2018, 3.5), o(2020, 3.8)],
      trend: 'flat',
      nb: 'omtrent uendret',
    },
    {
      name: 'under 5 % of the level → flat (rate)',
      polarity: 'higher_worse',
      unit: 'per_1000',
      series: [o([2009, 2011], 131.2), o([2010, 2012], 130.7), o([2011, 2013], 130.6)],
      trend: 'flat',
    },
    {
      name: 'multi-year periods use their midpoints',
      polarity: 'higher_worse',
      unit: 'per_1000',
      series: [o([2009, 2011], 100), o([2010, 2012], 110), o([2011, 2013], 125)],
      trend: 'worsening',
      nb: '(2009–2013)',
    },
    {
      name: 'the window is the latest three',
      polarity: 'higher_worse',
      series: [o(2010, 50), o(2012, 10), o(2014, 12), o(2016, 14)],
      trend: 'worsening',
      nb: '(2012–2016)',
    },
    {
      name: 'one period → unknown',
      polarity: 'higher_worse',
      series: [o(2020, 10)],
      trend: 'unknown',
      reason: 'one_period',
      nb: 'Utviklingen kan ikke vurderes: bare én måling.',
      en: 'only one figure',
    },
    {
      name: 'two periods → unknown',
      polarity: 'higher_worse',
      series: [o(2018, 10), o(2020, 30)],
      trend: 'unknown',
      reason: 'two_periods',
      nb: 'bare to målinger',
    },
    {
      name: 'suppressed figures do not count',
      polarity: 'higher_worse',
      series: [o(2016, 10), o(2018, null), o(2020, 30)],
      trend: 'unknown',
      reason: 'two_periods',
    },
    {
      name: 'no figures',
      polarity: 'higher_worse',
      series: [],
      trend: 'unknown',
      reason: 'no_data',
    },
  ])('$name', (c) => {
    const v = judge(c.polarity, c.series, [o(2020, 15)], c.unit ?? 'percent');
    expect(v.trend).toBe(c.trend);
    expect(v.trendReason).toBe(c.reason);
    if (c.nb) expect(v.trendSentence_nb).toContain(c.nb);
    if (c.en) expect(v.trendSentence_en).toContain(c.en);
  });

  it('reports the slope per year and the periods', () => {
    const t = judgeTrend([o(2016, 10), o(2018, 14), o(2020, 18)], 'percent', 'higher_worse');
    expect(t.slope).toBeCloseTo(2);
    expect(t.periods).toEqual([
      { from: 2016, to: 2016 },
      { from: 2018, to: 2018 },
      { from: 2020, to: 2020 },
    ]);
  });

  it('trendMinPeriods and flat thresholds are settings', () => {
    const s = riskSettings({ trendMinPeriods: 2, trendWindow: 2, flatPoints: 0 });
    expect(judgeTrend([o(2018, 10), o(2020, 11)], 'percent', 'higher_worse', s).trend).toBe(
      'worsening',
    );
  });
});

describe('helpers', () => {
  it('matches the reference period exactly first, then the nearest end year', () => {
    const ref = [o(2019, 1), o(2021, 2), o([2018, 2020], 3)];
    expect(matchReference(ref, { from: 2018, to: 2020 }, 1)).toMatchObject({
      exact: true,
      obs: { value: 3 },
    });
    // 2019 and 2021 both end one year from 2020; the later one wins the tie
    expect(matchReference([o(2019, 1), o(2021, 2)], { from: 2020, to: 2020 }, 1)).toMatchObject({
      exact: false,
      obs: { value: 2 },
    });
    expect(matchReference(ref, { from: 2024, to: 2024 }, 1)).toBeNull();
  });

  it('picks the reference place from the settings', () => {
    expect(referenceCode(DEFAULT_RISK_SETTINGS, '15')).toBe('0');
    expect(referenceCode(riskSettings({ reference: 'county' }), '15')).toBe('15');
    expect(
      referenceCode(riskSettings({ reference: 'group', groupCode: 'G-SINTEF-U2000' }), '15'),
    ).toBe('G-SINTEF-U2000');
  });

  it('formats ranges with the unit once', () => {
    expect(formatRange(14, 22, 'percent', 'nb')).toBe('14–22 %');
    expect(formatRange(14, 22.25, 'percent', 'en')).toBe('14–22.3%');
    expect(formatRange(4.8, 18.4, 'per_1000', 'nb')).toBe('4,8–18,4 per 1\u00a0000');
  });

  it('has the documented defaults', () => {
    expect(DEFAULT_RISK_SETTINGS).toMatchObject({
      reference: 'country',
      minRespondents: 20,
      judgeWithoutInterval: true,
      differenceThreshold: 0.1,
      referenceToleranceYears: 1,
      trendMinPeriods: 3,
      trendWindow: 3,
      flatRelative: 0.05,
      flatPoints: 1,
    });
  });
});
