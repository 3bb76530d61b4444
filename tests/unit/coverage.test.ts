import { describe, expect, it } from 'vitest';
import {
  coverageMatrix,
  dueYearOf,
  gapList,
  isActive,
  linkedMeasures,
  matchesFilters,
  overdueMeasures,
  splitList,
  unfollowedMeasures,
  worseningDespiteMeasure,
  type CoverageIndicator,
  type CoverageInput,
  type CoverageLink,
  type CoverageMeasure,
  type CoverageVerdict,
} from '../../src/domain/coverage.ts';
import { judgeRisk, type Obs } from '../../src/domain/risk.ts';

const m = (id: string, over: Partial<CoverageMeasure> = {}): CoverageMeasure => ({
  id,
  plan_id: 'plan-a',
  title: `Tiltak ${id}`,
  status: 'unknown',
  start_year: 2022,
  due_year: null,
  due_text: null,
  prevention_level: 'universal',
  target_groups: 'youth',
  ...over,
});

const link = (
  measure_id: string,
  target: { theme?: string; indicator?: string },
  expected_direction = 'decrease',
): CoverageLink => ({
  measure_id,
  theme_id: target.theme ?? null,
  indicator_id: target.indicator ?? null,
  expected_direction,
});

const i = (id: string, theme_id: string): CoverageIndicator => ({
  id,
  theme_id,
  name_nb: `Indikator ${id}`,
  name_en: `Indicator ${id}`,
});

const v = (
  verdict: CoverageVerdict['verdict'],
  trend: CoverageVerdict['trend'],
  worseBy: number | null = null,
  last = 2023,
): CoverageVerdict => ({
  verdict,
  trend,
  worseBy,
  relativeDifference: worseBy,
  referenceName: 'Norge',
  trendPeriods: [
    { from: last - 4, to: last - 4 },
    { from: last - 2, to: last - 2 },
    { from: last, to: last },
  ],
});

describe('isActive', () => {
  it.each<[string, Partial<CoverageMeasure>, number, boolean]>([
    ['unknown status, started, no deadline', {}, 2025, true],
    ['done', { status: 'done' }, 2025, false],
    ['cancelled', { status: 'cancelled' }, 2025, false],
    ['planned counts as active', { status: 'planned' }, 2025, true],
    ['not started yet', { start_year: 2026 }, 2025, false],
    ['starts this year', { start_year: 2025 }, 2025, true],
    ['no start year', { start_year: null }, 2025, true],
    ['due this year', { due_year: 2025, due_text: '2025' }, 2025, true],
    ['due last year', { due_year: 2024, due_text: 'Høst 2024' }, 2025, false],
    ['due year only in the text', { due_year: null, due_text: 'Vår 2023' }, 2025, false],
    ['Kontinuerlig', { due_text: 'Kontinuerlig' }, 2030, true],
    [
      'Årlig with an old year is continuous',
      { due_year: 2019, due_text: 'Årlig fra 2019' },
      2025,
      true,
    ],
    ['Kontinuerlig but done', { due_text: 'Kontinuerlig', status: 'done' }, 2025, false],
  ])('%s', (_, over, year, expected) => expect(isActive(m('x', over), year)).toBe(expected));

  it('reads the due year from the text when the column is empty', () => {
    expect(dueYearOf(m('x', { due_text: '2019–2020' }))).toBe(2020);
    expect(dueYearOf(m('x', { due_year: 2021, due_text: 'Vår 2026' }))).toBe(2021);
    expect(dueYearOf(m('x'))).toBeNull();
  });
});

describe('lists and filters', () => {
  it('splits | lists', () => {
    expect(splitList('children| youth |')).toEqual(['children', 'youth']);
    expect(splitList(null)).toEqual([]);
  });

  it.each<[string, Partial<CoverageMeasure>, Parameters<typeof matchesFilters>[1], boolean]>([
    ['no filters', {}, {}, true],
    ['plan in list', {}, { planIds: ['plan-a', 'plan-b'] }, true],
    ['plan not in list', {}, { planIds: ['plan-b'] }, false],
    ['empty plan list = all plans', {}, { planIds: [] }, true],
    [
      'one of several groups',
      { target_groups: 'children|parents' },
      { targetGroup: 'parents' },
      true,
    ],
    ['group missing', { target_groups: 'children' }, { targetGroup: 'parents' }, false],
    [
      'one of two levels',
      { prevention_level: 'selective|indicated' },
      { preventionLevel: 'indicated' },
      true,
    ],
    ['level missing', { prevention_level: null }, { preventionLevel: 'universal' }, false],
    ['inactive in year', { status: 'done' }, { activeInYear: 2025 }, false],
  ])('%s', (_, over, filters, expected) =>
    expect(matchesFilters(m('x', over), filters)).toBe(expected),
  );
});

describe('linkedMeasures', () => {
  const measures = [m('a'), m('b'), m('c'), m('d')];
  const links = [
    link('a', { indicator: 'snus' }),
    link('b', { theme: 'youth-substance' }),
    link('c', { theme: 'youth-substance', indicator: 'snus' }),
    link('d', { theme: 'youth-mental-health' }),
    link('gone', { indicator: 'snus' }),
  ];

  it('marks direct and theme links, once per measure, and skips unknown measures', () => {
    const got = linkedMeasures(i('snus', 'youth-substance'), measures, links);
    expect(got.map((l) => [l.measure.id, l.via])).toEqual([
      ['a', 'indicator'],
      ['b', 'theme'],
      ['c', 'indicator'],
    ]);
  });

  it('a link to another indicator in the same theme counts through the theme', () => {
    const got = linkedMeasures(i('drunk', 'youth-substance'), measures, links);
    expect(got.map((l) => [l.measure.id, l.via])).toEqual([
      ['b', 'theme'],
      ['c', 'theme'],
    ]);
  });
});

describe('gapList', () => {
  const indicators = [
    i('worse-worsening', 't1'),
    i('worse-small', 't1'),
    i('worse-big', 't2'),
    i('worsening', 't3'),
    i('similar', 't3'),
    i('covered', 't4'),
    i('covered-by-theme', 't5'),
    i('inactive-only', 't6'),
    i('no-verdict', 't7'),
  ];
  const verdicts = new Map<string, CoverageVerdict>([
    ['worse-worsening', v('worse', 'worsening', 0.05)],
    ['worse-small', v('worse', 'flat', 0.12)],
    ['worse-big', v('worse', 'improving', 0.6)],
    ['worsening', v('similar', 'worsening', 0.02)],
    ['similar', v('similar', 'flat', 0.01)],
    ['covered', v('worse', 'worsening', 0.9)],
    ['covered-by-theme', v('worse', 'worsening', 0.9)],
    ['inactive-only', v('worse', 'flat', 0.3)],
  ]);
  const measures = [
    m('m-direct'),
    m('m-theme'),
    m('m-done', { status: 'done' }),
    m('m-future', { start_year: 2030 }),
  ];
  const links = [
    link('m-direct', { indicator: 'covered' }),
    link('m-theme', { theme: 't5' }),
    link('m-done', { indicator: 'inactive-only' }),
    link('m-future', { theme: 't6' }),
  ];
  const input = { indicators, verdicts, measures, links, year: 2025 };

  it('ranks worse-and-worsening, worse (by size), worsening; leaves out covered and non-risks', () => {
    expect(gapList(input).map((g) => [g.indicator_id, g.severity])).toEqual([
      ['worse-worsening', 'worse_and_worsening'],
      ['worse-big', 'worse'],
      ['inactive-only', 'worse'],
      ['worse-small', 'worse'],
      ['worsening', 'worsening'],
    ]);
  });

  it('explains each gap and names the inactive linked measures', () => {
    const gaps = gapList(input);
    const first = gaps[0];
    expect(first?.reason_nb).toBe(
      'Verre enn Norge, og utviklingen går i feil retning; ingen tiltak er knyttet til indikatoren eller temaet.',
    );
    expect(first?.reason_en).toContain('Worse than Norge, and getting worse');
    const inactive = gaps.find((g) => g.indicator_id === 'inactive-only');
    expect(inactive?.inactiveMeasureIds).toEqual(['m-done', 'm-future']);
    expect(inactive?.reason_nb).toContain('ingen av de 2 tilknyttede tiltakene er aktive i 2025');
    expect(inactive?.theme_id).toBe('t6');
  });

  it('accepts verdicts as a plain object', () => {
    const obj = Object.fromEntries(verdicts);
    expect(gapList({ ...input, verdicts: obj })).toEqual(gapList(input));
  });

  it('with a plan filter, measures from other plans do not cover a risk', () => {
    const got = gapList({ ...input, filters: { planIds: ['plan-b'] } }).map((g) => g.indicator_id);
    expect(got).toContain('covered');
    expect(got).toContain('covered-by-theme');
  });

  it('with a target group or level filter, only matching measures cover', () => {
    const byGroup = gapList({ ...input, filters: { targetGroup: 'elderly' } });
    expect(byGroup.map((g) => g.indicator_id)).toContain('covered');
    const byLevel = gapList({ ...input, filters: { preventionLevel: 'universal' } });
    expect(byLevel.map((g) => g.indicator_id)).not.toContain('covered');
  });

  it('activeInYear moves the year measures must be active in', () => {
    const got = gapList({ ...input, filters: { activeInYear: 2031 } }).map((g) => g.indicator_id);
    expect(got).not.toContain('inactive-only'); // m-future covers theme t6 in 2031
  });

  it('works on real judgeRisk output', () => {
    const ok = (y: number, value: number): Obs => ({
      period_from: y,
      period_to: y,
      value,
      status: 'ok',
    });
    const verdict = judgeRisk({
      indicator: { id: 'x', unit: 'percent', polarity: 'higher_worse', name_nb: 'X', name_en: 'X' },
      series: [ok(2016, 10), ok(2018, 14), ok(2020, 20)],
      reference: [ok(2020, 12)],
      referenceName: 'Norge',
      placeName: 'Flå',
    });
    const gaps = gapList({
      indicators: [i('x', 't')],
      verdicts: { x: verdict },
      measures: [],
      links: [],
      year: 2025,
    });
    expect(gaps.map((g) => g.severity)).toEqual(['worse_and_worsening']);
  });
});

describe('unfollowedMeasures', () => {
  const measures = [
    m('direct'),
    m('theme-only'),
    m('none'),
    m('done-none', { status: 'done' }),
    m('other-plan', { plan_id: 'plan-b' }),
  ];
  const links = [
    link('direct', { indicator: 'snus' }),
    link('theme-only', { theme: 'youth-substance' }),
    link('theme-only', { theme: 'youth-substance' }),
  ];
  const themes = [
    { id: 'youth-substance', name_nb: 'Rusbruk blant unge', name_en: 'Youth substance use' },
  ];

  it('theme-only links do not count as following an indicator; done measures are left out', () => {
    const got = unfollowedMeasures({ measures, links, themes });
    expect(got.map((u) => [u.measure_id, u.theme_ids])).toEqual([
      ['theme-only', ['youth-substance']],
      ['none', []],
      ['other-plan', []],
    ]);
    expect(got[0]?.reason_nb).toBe(
      'Ingen indikator følger tiltaket; det er bare knyttet til temaet Rusbruk blant unge.',
    );
    expect(got[0]?.reason_en).toContain('Youth substance use');
    expect(got[1]?.reason_nb).toContain('ikke knyttet til noe tema');
  });

  it('applies the filters', () => {
    const got = unfollowedMeasures({ measures, links, filters: { planIds: ['plan-b'] } });
    expect(got.map((u) => u.measure_id)).toEqual(['other-plan']);
  });
});

describe('overdueMeasures', () => {
  const measures = [
    m('late-2023', { due_year: 2023, due_text: 'Høst 2023' }),
    m('late-2021', { due_year: null, due_text: 'Vår 2021' }),
    m('due-now', { due_year: 2025, due_text: '2025' }),
    m('done-late', { due_year: 2020, due_text: '2020', status: 'done' }),
    m('cancelled-late', { due_year: 2020, status: 'cancelled' }),
    m('continuous', { due_text: 'Kontinuerlig' }),
    m('yearly-from', { due_year: 2019, due_text: 'Årlig fra 2019' }),
    m('no-deadline'),
    m('late-other-plan', { due_year: 2022, plan_id: 'plan-b' }),
  ];

  it('lists measures past their deadline and not done, oldest first', () => {
    const got = overdueMeasures({ measures, year: 2025 });
    expect(got.map((o) => [o.measure_id, o.due_year, o.years_overdue])).toEqual([
      ['late-2021', 2021, 4],
      ['late-other-plan', 2022, 3],
      ['late-2023', 2023, 2],
    ]);
    expect(got[2]?.reason_nb).toBe(
      'Fristen var 2023 («Høst 2023»), og tiltaket er ikke merket som gjennomført.',
    );
    expect(got[2]?.reason_en).toBe('It was due in 2023 ("Høst 2023") and is not marked as done.');
  });

  it('depends on the year and the filters', () => {
    expect(overdueMeasures({ measures, year: 2022 }).map((o) => o.measure_id)).toEqual([
      'late-2021',
    ]);
    expect(
      overdueMeasures({ measures, year: 2025, filters: { planIds: ['plan-a'] } }).map(
        (o) => o.measure_id,
      ),
    ).toEqual(['late-2021', 'late-2023']);
  });
});

describe('worseningDespiteMeasure', () => {
  const indicators = [i('a', 't1'), i('b', 't2'), i('c', 't3'), i('d', 't4')];
  const verdicts = {
    a: v('worse', 'worsening', 0.2, 2023),
    b: v('similar', 'worsening', 0, 2023),
    c: v('worse', 'flat', 0.2, 2023),
    d: v('similar', 'worsening', 0, 2023),
  };
  const measures = [
    m('early-direct', { start_year: 2018 }),
    m('early-theme', { start_year: 2019 }),
    m('same-year', { start_year: 2023 }),
    m('early-flat', { start_year: 2015 }),
    m('cancelled', { start_year: 2015, status: 'cancelled' }),
    m('no-start', { start_year: null }),
  ];
  const links = [
    link('early-direct', { indicator: 'a' }),
    link('early-theme', { theme: 't1' }),
    link('same-year', { indicator: 'b' }),
    link('no-start', { indicator: 'b' }),
    link('early-flat', { indicator: 'c' }),
    link('cancelled', { indicator: 'd' }),
  ];

  it('lists worsening indicators with a measure that started before the latest period', () => {
    const got = worseningDespiteMeasure({ indicators, verdicts, measures, links });
    expect(got.map((w) => w.indicator_id)).toEqual(['a']);
    expect(got[0]?.measures).toEqual([
      { measure_id: 'early-direct', via: 'indicator', start_year: 2018 },
      { measure_id: 'early-theme', via: 'theme', start_year: 2019 },
    ]);
    expect(got[0]?.last_period).toEqual({ from: 2023, to: 2023 });
    expect(got[0]?.reason_nb).toBe(
      'Utviklingen går i feil retning, selv om 2 tilknyttede tiltak startet før målingen i 2023 (det første i 2018).',
    );
  });

  it('uses the one-measure wording', () => {
    const got = worseningDespiteMeasure({
      indicators,
      verdicts,
      measures,
      links,
      filters: { targetGroup: 'youth', planIds: ['plan-a'] },
    }).filter((w) => w.indicator_id === 'a');
    expect(got).toHaveLength(1);
    const only = worseningDespiteMeasure({
      indicators,
      verdicts,
      measures: measures.filter((x) => x.id !== 'early-theme'),
      links,
    });
    expect(only[0]?.reason_en).toBe(
      'Getting worse, although a linked measure started in 2018, before the figure for 2023.',
    );
  });
});

describe('coverageMatrix', () => {
  const input: CoverageInput = {
    themes: [
      { id: 't1', name_nb: 'Tema 1', name_en: 'Theme 1' },
      { id: 't2', name_nb: 'Tema 2', name_en: 'Theme 2' },
    ],
    indicators: [i('a', 't1'), i('b', 't1'), i('c', 't2')],
    verdicts: { a: v('worse', 'flat', 0.2), c: v('worse', 'flat', 0.2) },
    measures: [
      m('theme-level', { prevention_level: 'universal|selective', target_groups: 'youth|parents' }),
      m('direct-a', { prevention_level: 'indicated', target_groups: 'youth' }),
      m('done', { status: 'done', prevention_level: 'indicated' }),
      m('no-level', { prevention_level: null, target_groups: null, plan_id: 'plan-b' }),
    ],
    links: [
      link('theme-level', { theme: 't1' }),
      link('direct-a', { indicator: 'a' }),
      link('done', { indicator: 'c' }),
      link('no-level', { indicator: 'b' }),
    ],
    year: 2025,
  };

  it('counts active measures by level and group for themes and indicators', () => {
    const mx = coverageMatrix(input);
    expect(mx.levels).toEqual([
      'universal',
      'selective',
      'indicated',
      'treatment',
      'system',
      'unspecified',
    ]);
    expect(mx.groups).toContain('unspecified');
    const t1 = mx.themes[0];
    expect(t1?.measure_ids.sort()).toEqual(['direct-a', 'no-level', 'theme-level']);
    expect(t1?.by_level).toMatchObject({
      universal: 1,
      selective: 1,
      indicated: 1,
      unspecified: 1,
    });
    expect(t1?.by_group).toMatchObject({ youth: 2, parents: 1, unspecified: 1, elderly: 0 });
    const a = t1?.indicators.find((r) => r.indicator_id === 'a');
    expect(a?.direct_measure_ids).toEqual(['direct-a']);
    expect(a?.theme_measure_ids).toEqual(['theme-level']);
    expect(a?.by_level).toMatchObject({ universal: 1, selective: 1, indicated: 1, unspecified: 0 });
    expect(a?.gap).toBe(false);
    expect(a?.verdict).toBe('worse');
    const t2 = mx.themes[1];
    expect(t2?.measure_ids).toEqual([]);
    const c = t2?.indicators[0];
    expect(c?.gap).toBe(true);
    expect(Object.keys(c?.by_level ?? {}).sort()).toEqual([...mx.levels].sort());
  });

  it('applies the filters', () => {
    const mx = coverageMatrix({
      ...input,
      filters: { planIds: ['plan-a'], preventionLevel: 'indicated' },
    });
    expect(mx.themes[0]?.measure_ids).toEqual(['direct-a']);
    const b = mx.themes[0]?.indicators.find((r) => r.indicator_id === 'b');
    expect(b?.measure_ids).toEqual([]);
    expect(b?.gap).toBe(false); // no verdict → no risk
  });

  it('counts in the year asked for', () => {
    const mx = coverageMatrix({ ...input, year: 2020 }); // before every start year
    expect(mx.themes.every((t) => t.measure_ids.length === 0)).toBe(true);
  });
});
