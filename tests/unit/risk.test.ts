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
  judgeRisk,
  judgeTrend,
  matchReference,
  referenceCode,
  riskSettings,
  type RiskIndicator,
  type RiskSettings,
  type RiskVerdict,
} from '../../src/domain/risk.ts';
import { formatRange } from '../../src/i18n/format.ts';
import {
  trendSentence,
  verdictLabel,
  verdictQualifiers,
  verdictSentence,
} from '../../src/i18n/risk-text.ts';

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

const ind = (polarity: string, unit = 'percent'): RiskIndicator => ({ id: 'ind', unit, polarity });

const judge = (
  polarity: string,
  series: Obs[],
  reference: Obs[],
  unit = 'percent',
  settings: RiskSettings = DEFAULT_RISK_SETTINGS,
): RiskVerdict =>
  judgeRisk(
    {
      indicator: ind(polarity, unit),
      series,
      reference,
      referencePlace: { kind: 'country', code: '0', name: 'Norge' },
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
    label_nb?: string;
    label_en?: string;
    qualifiers_nb?: string[];
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
      label_nb: 'Verre enn landet',
      label_en: 'Worse than Norway',
      qualifiers_nb: [],
      nb: [
        'Verre enn landet: 18 % mot 12 % for landet i 2020, 6 prosentpoeng høyere (50 % høyere).',
        '95 %-intervallet 14,5–22,1 % ligger over tallet for landet.',
      ],
      en: [
        'Worse than Norway: 18% against 12% for Norway in 2020, 6 percentage points higher (50% higher).',
        'The 95% interval 14.5–22.1% lies above the figure for Norway.',
      ],
    },
    {
      name: 'given interval above the reference, higher is better → better',
      polarity: 'higher_better',
      series: [o(2020, 18, { ci_low: 14, ci_high: 22 })],
      reference: [o(2020, 12)],
      verdict: 'better',
      basis: 'interval',
      label_nb: 'Bedre enn landet',
      nb: ['14–22 %'],
    },
    {
      name: 'interval below the reference, higher is worse → better',
      series: [o(2020, 5, { ci_low: 3, ci_high: 8 })],
      reference: [o(2020, 12)],
      verdict: 'better',
      direction: 'lower',
      nb: ['ligger under tallet for landet'],
    },
    {
      name: 'interval includes the reference, 28 % apart → no certain difference (never "like")',
      series: [o(2017, 13, { respondents: 33 })],
      reference: [o(2017, 18)],
      verdict: 'no_certain_difference',
      basis: 'interval',
      direction: 'lower',
      label_nb: 'Ingen sikker forskjell fra landet',
      label_en: 'No certain difference from Norway',
      qualifiers_nb: [],
      nb: [
        '13 % mot 18 % for landet i 2017, 5 prosentpoeng lavere (28 % lavere).',
        'omfatter tallet for landet, så det er ingen sikker forskjell.',
      ],
      en: ['includes the figure for Norway, so there is no certain difference.'],
    },
    {
      name: 'interval includes the reference and inside the tolerance → about the same',
      series: [o(2020, 12.5, { respondents: 100 })],
      reference: [o(2020, 12)],
      verdict: 'about_same',
      basis: 'interval',
      label_nb: 'Omtrent som landet',
      nb: ['4 % høyere', 'Forskjellen er under toleransen på 10 %.'],
    },
    {
      name: 'interval excludes the reference even inside the tolerance → worse (a certain difference)',
      series: [o(2020, 12.5, { ci_low: 12.2, ci_high: 12.8 })],
      reference: [o(2020, 12)],
      verdict: 'worse',
      basis: 'interval',
    },
    {
      name: 'no interval, 25 against 15 → possibly worse, direction and size, uncertainty unknown',
      series: [o(2015, 25)],
      reference: [o(2015, 15)],
      verdict: 'worse',
      basis: 'difference',
      label_nb: 'Mulig verre enn landet',
      label_en: 'Possibly worse than Norway',
      qualifiers_nb: ['usikkerheten er ukjent'],
      nb: [
        'Mulig verre enn landet: 25 % mot 15 % for landet i 2015, 10 prosentpoeng høyere (67 % høyere). Usikkerheten er ukjent, så forskjellen er ikke bekreftet (regelen teller en forskjell på minst 10 %).',
      ],
      en: [
        'Possibly worse than Norway',
        'The uncertainty is unknown, so the difference is not confirmed',
      ],
    },
    {
      name: 'no interval, higher is better, exactly 10 % lower → possibly worse (the edge counts)',
      polarity: 'higher_better',
      series: [o(2020, 9)],
      reference: [o(2020, 10)],
      verdict: 'worse',
      basis: 'difference',
      direction: 'lower',
    },
    {
      name: 'no interval, 9 % apart → about the same (inside the tolerance)',
      series: [o(2020, 10.9)],
      reference: [o(2020, 10)],
      verdict: 'about_same',
      basis: 'difference',
      direction: 'higher',
      qualifiers_nb: [],
      nb: ['Omtrent som landet', 'Forskjellen er under toleransen på 10 %.'],
      en: ['About the same as Norway', 'within the tolerance of 10%'],
    },
    {
      name: 'tie → the same',
      series: [o(2020, 12)],
      reference: [o(2020, 12)],
      verdict: 'about_same',
      direction: 'same',
      label_nb: 'Samme som landet',
      nb: ['Samme som landet: begge har 12 % i 2020.'],
      en: ['The same as Norway: both have 12% in 2020.'],
    },
    {
      name: 'tie with an interval → the same',
      series: [o(2020, 12, { respondents: 500 })],
      reference: [o(2020, 12)],
      verdict: 'about_same',
      basis: 'interval',
    },
    {
      name: 'neutral, 70 % higher, no interval → higher, neither better nor worse, uncertainty unknown',
      polarity: 'neutral',
      unit: 'per_1000',
      series: [o([2013, 2015], 96.8)],
      reference: [o([2013, 2015], 56.8)],
      verdict: 'higher',
      basis: 'difference',
      direction: 'higher',
      label_nb: 'Høyere enn landet',
      label_en: 'Higher than Norway',
      qualifiers_nb: ['verken bedre eller verre', 'usikkerheten er ukjent'],
      nb: [
        'Høyere enn landet: 96,8 per 1\u00a0000 mot 56,8 per 1\u00a0000 for landet i 2013–2015, 70 % høyere.',
        'For denne indikatoren er høyere verken bedre eller verre.',
        'Usikkerheten er ukjent',
      ],
      en: ['Higher than Norway', '70% higher', 'neither better nor worse'],
    },
    {
      name: 'neutral with an interval below → lower',
      polarity: 'neutral',
      series: [o(2020, 5, { ci_low: 3, ci_high: 8 })],
      reference: [o(2020, 12)],
      verdict: 'lower',
      basis: 'interval',
      direction: 'lower',
      qualifiers_nb: ['verken bedre eller verre'],
      nb: ['Lavere enn landet', 'verken bedre eller verre'],
    },
    {
      name: 'neutral with an interval that includes the reference → no certain difference',
      polarity: 'neutral',
      series: [o(2020, 8, { ci_low: 3, ci_high: 14 })],
      reference: [o(2020, 12)],
      verdict: 'no_certain_difference',
    },
    {
      name: 'neutral inside the tolerance → about the same',
      polarity: 'neutral',
      unit: 'per_1000',
      series: [o(2020, 105)],
      reference: [o(2020, 100)],
      verdict: 'about_same',
    },
    {
      name: 'reference of 0, any difference is beyond the tolerance',
      series: [o(2020, 2)],
      reference: [o(2020, 0)],
      verdict: 'worse',
      basis: 'difference',
      nb: ['2 prosentpoeng høyere.'],
    },
    {
      name: 'multi-year period matched exactly',
      unit: 'per_1000',
      series: [o([2011, 2013], 160)],
      reference: [o([2010, 2012], 131), o([2011, 2013], 130.6)],
      verdict: 'worse',
      nb: ['160 per 1\u00a0000 mot 130,6 per 1\u00a0000 for landet i 2011–2013'],
    },
    {
      name: 'reference only for the year before → compared, and said so',
      series: [o(2020, 25)],
      reference: [o(2019, 15), o(2016, 20)],
      verdict: 'worse',
      nb: [
        '25 % i 2020 mot 15 % for landet i 2019',
        'Tallet for landet er fra 2019, fordi landet ikke har tall for 2020.',
      ],
      en: ['The figure for Norway is from 2019'],
    },
    {
      name: 'reference only two years off → no reference',
      series: [o(2020, 25)],
      reference: [o(2018, 15)],
      verdict: 'cannot_judge',
      reason: 'no_reference',
      label_nb: 'Kan ikke vurderes',
      nb: ['Kan ikke vurderes: landet har ikke tall for 2020 eller året før eller etter.'],
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
      name: 'fewer than 20 answers → too few',
      series: [o(2017, 40, { respondents: 12 })],
      reference: [o(2017, 18)],
      verdict: 'too_few',
      reason: 'few_respondents',
      label_nb: 'For få til å vurdere',
      label_en: 'Too few to judge',
      nb: ['For få til å vurdere: bare 12 svarte i 2017 (minst 20 trengs).'],
      en: ['only 12 answered in 2017'],
    },
    {
      name: '20 answers is enough',
      series: [o(2017, 40, { respondents: 20 })],
      reference: [o(2017, 18)],
      verdict: 'worse',
    },
    {
      name: 'a share out of fewer than 20 → too few',
      series: [o(2017, 40, { numerator: 4, denominator: 10 })],
      reference: [o(2017, 18)],
      verdict: 'too_few',
      reason: 'few_respondents',
    },
    {
      name: 'a rate on 6 cases → too few (FHI: 6 or less)',
      unit: 'per_1000',
      series: [o(2020, 3, { numerator: 6, denominator: 2000 })],
      reference: [o(2020, 1)],
      verdict: 'too_few',
      reason: 'small_numerator',
      nb: ['bygger på 6 tilfeller (mer enn 6 trengs)'],
    },
    {
      name: 'a rate on 7 cases is judged',
      unit: 'per_1000',
      series: [o(2020, 3.5, { numerator: 7, denominator: 2000 })],
      reference: [o(2020, 1)],
      verdict: 'worse',
      basis: 'interval',
    },
    {
      name: 'a count is not compared with a place of another size',
      unit: 'count',
      polarity: 'neutral',
      series: [o(2020, 40)],
      reference: [o(2020, 7000)],
      verdict: 'cannot_judge',
      reason: 'count',
      nb: ['40 i 2020 er et antall, og antall kan ikke sammenlignes'],
    },
    {
      name: 'a count of 4 → too few',
      unit: 'count',
      polarity: 'neutral',
      series: [o(2021, 4)],
      reference: [],
      verdict: 'too_few',
      reason: 'small_numerator',
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
      name: 'a rate with 0 events is too few, even with an interval',
      polarity: 'higher_worse',
      unit: 'per_10000',
      series: [o(2020, 0, { numerator: 0, denominator: 1500 })],
      reference: [o(2020, 34)],
      verdict: 'too_few',
      reason: 'small_numerator',
    },
    {
      name: 'a 0 % share of 33 is judged by its Wilson interval (no certain difference)',
      series: [o(2017, 0, { respondents: 33 })],
      reference: [o(2017, 2)],
      verdict: 'no_certain_difference',
      basis: 'interval',
      nb: ['0 % mot 2 % for landet i 2017, 2 prosentpoeng lavere (100 % lavere)', '0–10,4 %'],
    },
  ];

  it.each(cases)('$name', (c) => {
    const v = judge(c.polarity ?? 'higher_worse', c.series, c.reference, c.unit ?? 'percent');
    expect(v.verdict).toBe(c.verdict);
    expect(v.reason).toBe(c.reason);
    if (c.basis !== undefined) expect(v.basis).toBe(c.basis);
    if (c.direction !== undefined) expect(v.direction).toBe(c.direction);
    if (c.label_nb !== undefined) expect(verdictLabel(v, 'nb')).toBe(c.label_nb);
    if (c.label_en !== undefined) expect(verdictLabel(v, 'en')).toBe(c.label_en);
    if (c.qualifiers_nb !== undefined) expect(verdictQualifiers(v, 'nb')).toEqual(c.qualifiers_nb);
    const nb = verdictSentence(v, 'nb');
    const en = verdictSentence(v, 'en');
    for (const x of c.nb ?? []) expect(nb).toContain(x);
    for (const x of c.en ?? []) expect(en).toContain(x);
    expect(nb.startsWith(verdictLabel(v, 'nb'))).toBe(true);
    expect(en.startsWith(verdictLabel(v, 'en'))).toBe(true);
    if (v.verdict === 'cannot_judge' || v.verdict === 'too_few') expect(v.basis).toBeNull();
  });

  it('never says "about the same" for a difference of 25 % or more, whatever the polarity or basis', () => {
    for (const polarity of ['higher_worse', 'higher_better', 'neutral'])
      for (const extra of [{}, { respondents: 30 }, { respondents: 3000 }])
        for (const [value, ref] of [
          [25, 20],
          [15, 20],
          [10, 40],
          [96.8, 56.8],
        ] as const) {
          const v = judge(polarity, [o(2020, value, extra)], [o(2020, ref)]);
          expect(v.verdict).not.toBe('about_same');
          for (const lang of ['nb', 'en'] as const)
            expect(verdictLabel(v, lang)).not.toMatch(
              /omtrent som|samme som|about the same|the same as/i,
            );
        }
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
    expect(v.referencePlace).toEqual({ kind: 'country', code: '0', name: 'Norge' });
    expect(v.rule).toMatchObject({ tolerance: 0.1, minRespondents: 20, smallNumerator: 6 });
  });

  it('names a county or group reference by its name', () => {
    const v = judgeRisk({
      indicator: ind('higher_better', 'per_10000'),
      series: [o(2016, 24.3)],
      reference: [o(2016, 37)],
      referencePlace: { kind: 'group', code: 'G-X', name: 'Kommuner under 2 000 innbyggere' },
      placeName: 'Flå',
    });
    expect(verdictLabel(v, 'nb')).toBe('Mulig verre enn Kommuner under 2 000 innbyggere');
    expect(verdictSentence(v, 'nb')).toContain('34 % lavere');
  });

  it('worseBy is positive when worse, whatever the polarity', () => {
    const v = judge('higher_better', [o(2020, 8)], [o(2020, 10)]);
    expect(v.verdict).toBe('worse');
    expect(v.worseBy).toBeCloseTo(0.2);
    expect(judge('neutral', [o(2020, 8)], [o(2020, 10)]).worseBy).toBeNull();
  });

  it('can refuse to judge without an interval, and still states both figures', () => {
    const s = riskSettings({ judgeWithoutInterval: false });
    const v = judge('higher_worse', [o(2020, 25)], [o(2020, 15)], 'percent', s);
    expect(v.verdict).toBe('cannot_judge');
    expect(v.reason).toBe('no_uncertainty');
    expect(v.referenceValue).toBe(15);
    expect(verdictSentence(v, 'nb')).toContain('usikkerheten i tallet for 2020 er ukjent');
    expect(verdictSentence(v, 'nb')).toContain('25 % mot 15 % for landet i 2020');
    const w = judge(
      'higher_worse',
      [o(2020, 25, { respondents: 300 })],
      [o(2020, 15)],
      'percent',
      s,
    );
    expect(w.verdict).toBe('worse');
  });

  it('thresholds are settings, and the sentences quote them', () => {
    const s = riskSettings({ tolerance: 0.05, minRespondents: 10, smallNumerator: 2 });
    const v = judge('higher_worse', [o(2020, 13)], [o(2020, 12)], 'percent', s);
    expect(v.verdict).toBe('worse');
    expect(verdictSentence(v, 'nb')).toContain('minst 5 %');
    expect(
      judge('higher_worse', [o(2020, 40, { respondents: 12 })], [o(2020, 18)], 'percent', s)
        .verdict,
    ).toBe('worse');
    const within = riskSettings({ referenceWithinYears: 2 });
    const far = judge('higher_worse', [o(2020, 25)], [o(2017, 15)], 'percent', within);
    expect(verdictSentence(far, 'nb')).toContain('innen 2 år');
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
    const t = { trend: v.trend, periods: v.trendPeriods };
    if (c.nb) expect(trendSentence(t, 'nb')).toContain(c.nb);
    if (c.en) expect(trendSentence(t, 'en')).toContain(c.en);
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
      smallNumerator: 6,
      tolerance: 0.1,
      referenceWithinYears: 1,
      trendMinPeriods: 3,
      trendWindow: 3,
      flatRelative: 0.05,
      flatPoints: 1,
    });
  });
});
