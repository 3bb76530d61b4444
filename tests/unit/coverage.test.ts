import { describe, expect, it } from 'vitest';
import {
  coverageMatrix,
  dueYearOf,
  isActive,
  linkedMeasures,
  matchesFilters,
  overdueMeasures,
  splitList,
  tierCounts,
  tierOf,
  uncovered,
  unfollowedMeasures,
  worseningDespiteMeasure,
  type CoverageIndicator,
  type CoverageInput,
  type CoverageLink,
  type CoverageMeasure,
  type CoverageVerdict,
} from '../../src/domain/coverage.ts';
import { judgeRisk, type Obs } from '../../src/domain/risk.ts';
import { mainBreakdown } from '../../src/queries/coverage/judge-place.ts';
import {
  despiteReason,
  inactivePlansNote,
  noMeasureReason,
  overdueReason,
  unfollowedReason,
} from '../../src/i18n/coverage-text.ts';

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
  basis: CoverageVerdict['basis'] = 'interval',
): CoverageVerdict => ({
  verdict,
  basis: verdict === 'too_few' || verdict === 'cannot_judge' ? null : basis,
  reason:
    verdict === 'cannot_judge'
      ? 'no_reference'
      : verdict === 'too_few'
        ? 'few_respondents'
        : undefined,
  trend,
  worseBy,
  relativeDifference: worseBy,
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

describe('tiers', () => {
  it.each<[string, CoverageVerdict, string]>([
    ['worse by the interval', v('worse', 'flat', 0.3), 'clear_risk'],
    ['worse by the interval and worsening', v('worse', 'worsening', 0.3), 'clear_risk'],
    ['worse, uncertainty unknown', v('worse', 'flat', 0.3, 2023, 'difference'), 'possible_risk'],
    [
      'no certain difference but worsening',
      v('no_certain_difference', 'worsening'),
      'possible_risk',
    ],
    ['better but worsening', v('better', 'worsening', -0.2), 'possible_risk'],
    ['cannot judge but worsening', v('cannot_judge', 'worsening'), 'possible_risk'],
    ['neutral, higher', v('higher', 'rising'), 'notable_difference'],
    [
      'neutral, lower, unknown uncertainty',
      v('lower', 'falling', null, 2023, 'difference'),
      'notable_difference',
    ],
    ['better', v('better', 'improving', -0.2), 'no_signal'],
    ['about the same', v('about_same', 'flat'), 'no_signal'],
    ['no certain difference', v('no_certain_difference', 'flat'), 'no_signal'],
    ['too few', v('too_few', 'unknown'), 'cannot_judge'],
    ['cannot judge', v('cannot_judge', 'flat'), 'cannot_judge'],
  ])('%s', (_, verdict, tier) => expect(tierOf(verdict)).toBe(tier));
});

describe('uncovered', () => {
  const indicators = [
    i('clear-worsening', 't1'),
    i('clear-small', 't1'),
    i('possible', 't2'),
    i('worsening', 't3'),
    i('same', 't3'),
    i('higher', 't8'),
    i('too-few', 't8'),
    i('covered', 't4'),
    i('covered-by-theme', 't5'),
    i('inactive-only', 't6'),
    i('no-verdict', 't7'),
    i('no-figures', 't7'),
  ];
  const verdicts = new Map<string, CoverageVerdict>([
    ['clear-worsening', v('worse', 'worsening', 0.05)],
    ['clear-small', v('worse', 'flat', 0.12)],
    ['possible', v('worse', 'improving', 0.6, 2023, 'difference')],
    ['worsening', v('no_certain_difference', 'worsening', 0.02)],
    ['same', v('about_same', 'flat', 0.01)],
    ['higher', v('higher', 'rising', null)],
    ['too-few', v('too_few', 'unknown')],
    ['covered', v('worse', 'worsening', 0.9)],
    ['covered-by-theme', v('worse', 'worsening', 0.9)],
    ['inactive-only', v('worse', 'flat', 0.3)],
    ['no-figures', { ...v('cannot_judge', 'unknown'), reason: 'no_data' }],
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
  const themes = [{ id: 't3', name_nb: 'Tema 3', name_en: 'Theme 3' }];
  const input = { indicators, verdicts, measures, links, year: 2025, themes };

  it('lists everything with figures and no active measure, ranked by tier, then by seriousness', () => {
    expect(uncovered(input).items.map((g) => [g.indicator_id, g.tier])).toEqual([
      ['clear-worsening', 'clear_risk'],
      ['inactive-only', 'clear_risk'],
      ['clear-small', 'clear_risk'],
      ['possible', 'possible_risk'],
      ['worsening', 'possible_risk'],
      ['higher', 'notable_difference'],
      ['same', 'no_signal'],
      ['too-few', 'cannot_judge'],
    ]);
  });

  it('counts what has figures, and leaves out what has none', () => {
    const got = uncovered(input);
    expect(got.withFigures).toBe(10);
    expect(got.items.map((g) => g.indicator_id)).not.toContain('no-figures');
    expect(got.items.map((g) => g.indicator_id)).not.toContain('no-verdict');
    expect(tierCounts(indicators, verdicts)).toEqual({
      clear_risk: 5,
      possible_risk: 2,
      notable_difference: 1,
      no_signal: 1,
      cannot_judge: 1,
    });
  });

  it('names the whole themes with figures and no active measure, never hiding one', () => {
    const themesOut = uncovered(input).themes;
    expect(themesOut.map((t) => [t.theme_id, t.indicator_ids])).toEqual([
      ['t1', ['clear-worsening', 'clear-small']],
      ['t2', ['possible']],
      ['t3', ['worsening', 'same']],
      ['t8', ['higher', 'too-few']],
      ['t6', ['inactive-only']],
    ]);
    const t3 = themesOut.find((t) => t.theme_id === 't3');
    expect(t3?.name_nb).toBe('Tema 3');
    expect(t3?.tiers).toMatchObject({ possible_risk: 1, no_signal: 1, clear_risk: 0 });
    expect(themesOut.find((t) => t.theme_id === 't6')?.inactiveMeasureIds).toEqual([
      'm-done',
      'm-future',
    ]);
  });

  it('names the linked measures that are not active', () => {
    const got = uncovered(input).items;
    expect(got.find((g) => g.indicator_id === 'inactive-only')?.inactiveMeasureIds).toEqual([
      'm-done',
      'm-future',
    ]);
    expect(got.find((g) => g.indicator_id === 'clear-small')?.inactiveMeasureIds).toEqual([]);
  });

  it('accepts verdicts as a plain object', () => {
    const obj = Object.fromEntries(verdicts);
    expect(uncovered({ ...input, verdicts: obj })).toEqual(uncovered(input));
  });

  it('with a plan filter, measures from other plans do not cover', () => {
    const got = uncovered({ ...input, filters: { planIds: ['plan-b'] } }).items.map(
      (g) => g.indicator_id,
    );
    expect(got).toContain('covered');
    expect(got).toContain('covered-by-theme');
  });

  it('with a target group or level filter, only matching measures cover', () => {
    const byGroup = uncovered({ ...input, filters: { targetGroup: 'elderly' } }).items;
    expect(byGroup.map((g) => g.indicator_id)).toContain('covered');
    const byLevel = uncovered({ ...input, filters: { preventionLevel: 'universal' } }).items;
    expect(byLevel.map((g) => g.indicator_id)).not.toContain('covered');
  });

  it('activeInYear moves the year measures must be active in', () => {
    const got = uncovered({ ...input, filters: { activeInYear: 2031 } });
    expect(got.year).toBe(2031);
    expect(got.items.map((g) => g.indicator_id)).not.toContain('inactive-only'); // m-future covers t6 in 2031
  });

  it('works on real judgeRisk output', () => {
    const ok = (y: number, value: number): Obs => ({
      period_from: y,
      period_to: y,
      value,
      status: 'ok',
    });
    const verdict = judgeRisk({
      indicator: { id: 'x', unit: 'percent', polarity: 'higher_worse' },
      series: [ok(2016, 10), ok(2018, 14), ok(2020, 20)],
      reference: [ok(2020, 12)],
      referencePlace: { kind: 'country', code: '0', name: 'Norge' },
      placeName: 'Flå',
    });
    const got = uncovered({
      indicators: [i('x', 't')],
      verdicts: { x: verdict },
      measures: [],
      links: [],
      year: 2025,
    });
    expect(got.items.map((g) => g.tier)).toEqual(['possible_risk']);
  });

  it('says why in words', () => {
    const [none, , , , , , ,] = uncovered(input).items;
    expect(none && noMeasureReason(none, 2025, 'nb')).toBe(
      'Ingen tiltak er knyttet til indikatoren eller temaet.',
    );
    const two = uncovered(input).items.find((g) => g.indicator_id === 'inactive-only');
    expect(two && noMeasureReason(two, 2025, 'nb')).toBe(
      'Ingen av de 2 tilknyttede tiltakene er aktive i 2025.',
    );
    expect(two && noMeasureReason(two, 2025, 'en')).toBe(
      'None of the 2 linked measures is active in 2025.',
    );
    expect(noMeasureReason({ inactiveMeasureIds: ['a'] }, 2026, 'nb')).toBe(
      'Det ene tilknyttede tiltaket er ikke aktivt i 2026.',
    );
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
  const names: Record<string, string> = { 'youth-substance': 'Rusbruk blant unge' };

  it('theme-only links do not count as following an indicator; done measures are left out', () => {
    const got = unfollowedMeasures({ measures, links });
    expect(got.map((u) => [u.measure_id, u.theme_ids])).toEqual([
      ['theme-only', ['youth-substance']],
      ['none', []],
      ['other-plan', []],
    ]);
    const name = (id: string) => names[id] ?? id;
    expect(got[0] && unfollowedReason(got[0], name, 'nb')).toBe(
      'Ingen indikator følger tiltaket; det er bare knyttet til temaet Rusbruk blant unge.',
    );
    expect(got[1] && unfollowedReason(got[1], name, 'nb')).toContain('ikke knyttet til noe tema');
    expect(got[1] && unfollowedReason(got[1], name, 'en')).toBe(
      'No indicator follows this measure, and it is linked to no theme.',
    );
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
    expect(got[2] && overdueReason(got[2], 'nb')).toBe(
      'Fristen var 2023 («Høst 2023»), og tiltaket er ikke merket som gjennomført.',
    );
    expect(got[2] && overdueReason(got[2], 'en')).toBe(
      'It was due in 2023 ("Høst 2023") and is not marked as done.',
    );
    expect(got[1] && overdueReason(got[1], 'en')).toBe(
      'It was due in 2022 and is not marked as done.',
    );
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
    b: v('about_same', 'worsening', 0, 2023),
    c: v('worse', 'flat', 0.2, 2023),
    d: v('about_same', 'worsening', 0, 2023),
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
    expect(got[0] && despiteReason(got[0], 'nb')).toBe(
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
    expect(only[0] && despiteReason(only[0], 'en')).toBe(
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
    expect(a?.tier).toBe('clear_risk');
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
    expect(b?.gap).toBe(false); // no figures → not on the list
    expect(b?.tier).toBeNull();
  });

  it('counts in the year asked for', () => {
    const mx = coverageMatrix({ ...input, year: 2020 }); // before every start year
    expect(mx.themes.every((t) => t.measure_ids.length === 0)).toBe(true);
  });
});

describe('inactivePlansNote', () => {
  it('names the plans of the inactive measures, and when they ended', () => {
    const plan = { title: 'Ruspolitisk handlingsplan 2021–2024', to: 2024 };
    expect(inactivePlansNote([plan], 2026, 'nb')).toBe(
      'De hører til «Ruspolitisk handlingsplan 2021–2024», som gjaldt til 2024.',
    );
    expect(inactivePlansNote([plan], 2026, 'en')).toBe(
      'They belong to “Ruspolitisk handlingsplan 2021–2024”, which ran to 2024.',
    );
    expect(inactivePlansNote([{ title: 'Plan', to: 2030 }, plan], 2026, 'nb')).toBe(
      'De hører til «Plan» og «Ruspolitisk handlingsplan 2021–2024».',
    );
    expect(inactivePlansNote([], 2026, 'nb')).toBe('');
  });
});

describe('context themes and the judged breakdown', () => {
  it('population is shown but never a risk and never lacking measures', () => {
    const got = uncovered({
      indicators: [i('population', 'population'), i('x', 't1')],
      verdicts: { population: v('cannot_judge', 'rising'), x: v('about_same', 'flat') },
      measures: [],
      links: [],
      year: 2025,
    });
    expect(got.items.map((g) => g.indicator_id)).toEqual(['x']);
    expect(got.withFigures).toBe(1);
    expect(
      tierCounts([i('population', 'population')], { population: v('cannot_judge', 'rising') }),
    ).toMatchObject({ possible_risk: 0, cannot_judge: 0 });
  });

  it('judges on all ages when bands tie, else the widest, never 0–17 for everyone', () => {
    const rows = ['0_17', '18_plus', 'all', '80_plus'].flatMap((age) => [
      { sex: 'all', age },
      { sex: 'all', age },
    ]);
    expect(mainBreakdown(rows)).toEqual({ sex: 'all', age: 'all' });
    expect(mainBreakdown(rows.filter((r) => r.age !== 'all'))).toEqual({
      sex: 'all',
      age: '18_plus',
    });
    expect(mainBreakdown([{ sex: 'all', age: '0_74' }])).toEqual({ sex: 'all', age: '0_74' });
  });
});
