import { describe, expect, it } from 'vitest';
import {
  drawnSeries,
  rowsToSeries,
  type ChartSeries,
  type SeriesPoint,
} from '../../src/charts/series.ts';
import { summarise } from '../../src/charts/summary.ts';
import { compareAges } from '../../src/charts/age-order.ts';
import { breakdowns, lineStyle, panelsOf } from '../../src/charts/series-style.ts';
import {
  layoutTrend,
  MARGINS,
  LARGE_MARGINS,
  withRoomForTicks,
} from '../../src/charts/trend-layout.ts';
import { formatValue } from '../../src/i18n/format.ts';
import { translate } from '../../src/i18n/i18n.ts';
import { seriesRowOf } from './rows.ts';

const pt = (from: number, value: number | null, status = 'ok', to = from): SeriesPoint => ({
  from,
  to,
  value,
  status,
  ciLow: null,
  ciHigh: null,
  respondents: null,
  note: null,
  sourceId: 's',
});
const series = (
  role: ChartSeries['role'],
  place: string,
  points: SeriesPoint[],
  sex = 'all',
  breakdown: string | null = null,
): ChartSeries => ({
  key: `${place}|${sex}`,
  label: breakdown ? `${place} (${breakdown})` : place,
  place,
  breakdown,
  role,
  sex,
  age: 'all',
  points,
});
const tNb = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) =>
  translate('nb', k, v);
const tEn = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) =>
  translate('en', k, v);

describe('trend layout', () => {
  it('places a point per figure and a gap (never a zero) per suppressed period', () => {
    const s = series('main', 'Flå', [pt(2015, 20), pt(2016, null, 'suppressed'), pt(2017, 10)]);
    const l = layoutTrend([s], 600, 300, 'percent');
    expect(l.points.map((p) => p.point.value)).toEqual([20, 10]);
    expect(l.gaps).toHaveLength(1);
    expect(l.gaps[0]?.point.status).toBe('suppressed');
    // The line breaks at the gap: two separate moves, no segment through 2016.
    expect(l.paths[0]?.d.match(/M/g)).toHaveLength(2);
    expect(l.points.every((p) => p.cy < l.innerHeight)).toBe(true);
  });

  it('draws a multi-year period as a span centred on its middle year', () => {
    const l = layoutTrend([series('main', 'SL', [pt(2009, 30, 'ok', 2011)])], 600, 300, 'per_1000');
    const p = l.points[0]!;
    expect(p.x1).toBeCloseTo(l.x(2009));
    expect(p.x2).toBeCloseTo(l.x(2011));
    expect(p.cx).toBeCloseTo(l.x(2010));
  });

  it('labels fewer years on a small panel, so the labels never overlap', () => {
    const years = series(
      'main',
      'Halden',
      Array.from({ length: 20 }, (_, k) => pt(2005 + k, 100 + k)),
    );
    const gaps = (l: ReturnType<typeof layoutTrend>) =>
      l.xTicks.slice(1).map((t, k) => l.x(t) - l.x(l.xTicks[k] as number));
    const wide = layoutTrend([years], 900, 300, 'count');
    expect(wide.xTicks).toEqual([2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]);
    // A panel of small multiples, 220 px wide: every other year would be 18 px apart.
    const small = layoutTrend([years], 220, 200, 'count');
    expect(small.xTicks.length).toBeGreaterThanOrEqual(2);
    expect(small.xTicks.every((t) => t % 5 === 0)).toBe(true);
    expect(Math.min(...gaps(small))).toBeGreaterThanOrEqual(36);
  });

  it('starts the y axis at zero and caps percent at 100', () => {
    const l = layoutTrend([series('main', 'A', [pt(2015, 96), pt(2016, 99)])], 600, 300, 'percent');
    expect(l.y.domain()).toEqual([0, 100]);
  });

  it('handles an empty and an all-suppressed series', () => {
    expect(layoutTrend([], 600, 300, 'percent').points).toEqual([]);
    const l = layoutTrend(
      [series('main', 'A', [pt(2015, null, 'suppressed'), pt(2016, null, 'missing')])],
      600,
      300,
      'percent',
    );
    expect(l.points).toEqual([]);
    expect(l.gaps).toHaveLength(2);
  });
});

describe('summary sentence', () => {
  const main = series('main', 'Averøy', [pt(2015, 25), pt(2018, 20), pt(2020, 10)]);
  const norway = series('country', 'Norge', [pt(2020, 4)]);

  it('states the first and latest figure and the change, in bokmål and English', () => {
    expect(summarise([main, norway], 'percent', 'nb', tNb)).toBe(
      'Averøy: fra 25 % i 2015 til 10 % i 2020 (ned 15 prosentpoeng). Til sammenligning: Norge 4 % (2020).',
    );
    expect(summarise([main], 'percent', 'en', tEn)).toBe(
      'Averøy: from 25% in 2015 to 10% in 2020 (down 15 percentage points).',
    );
  });

  it('counts periods without a figure and never reads them as zero', () => {
    const s = series('main', 'Flå', [pt(2015, 20), pt(2016, null, 'suppressed')]);
    expect(summarise([s], 'percent', 'nb', tNb)).toBe('Flå: 20 % i 2015. 1 periode(r) uten tall.');
  });

  it('reads as a few sentences with breakdowns: one for the place, one for its groups, one for the references', () => {
    const lines = [
      series('main', 'Skien', [pt(2019, 10), pt(2023, 15)]),
      series('main', 'Skien', [pt(2019, 14), pt(2023, 21)], 'female', 'Jenter/kvinner'),
      series('main', 'Skien', [pt(2019, 6), pt(2023, 9)], 'male', 'Gutter/menn'),
      series('county', 'Telemark', [pt(2023, 14)]),
      series('county', 'Telemark', [pt(2023, 20)], 'female', 'Jenter/kvinner'),
      series('country', 'Norge', [pt(2023, 13)]),
    ];
    const text = summarise(lines, 'percent', 'nb', tNb);
    expect(text).toBe(
      'Skien: fra 10 % i 2019 til 15 % i 2023 (opp 5 prosentpoeng). ' +
        'Siste tall for gruppene: Jenter/kvinner 21 % (2023), Gutter/menn 9 % (2023). ' +
        'Til sammenligning: Telemark 14 % (2023), Norge 13 % (2023).',
    );
    expect(text.split('. ').length).toBe(3);
  });
});

describe('line styles and small multiples', () => {
  const six = [
    series('main', 'Skien', [pt(2023, 15)]),
    series('main', 'Skien', [pt(2023, 21)], 'female', 'Jenter'),
    series('main', 'Skien', [pt(2023, 9)], 'male', 'Gutter'),
    series('county', 'Telemark', [pt(2023, 14)]),
    series('county', 'Telemark', [pt(2023, 20)], 'female', 'Jenter'),
    series('county', 'Telemark', [pt(2023, 8)], 'male', 'Gutter'),
    series('country', 'Norge', [pt(2023, 13)]),
  ];

  it('gives every line its own colour, dash or marker, and the place the strongest line', () => {
    const styles = six.map((s) => lineStyle(s, six));
    const keys = styles.map((st) => `${st.color}|${st.dash}|${st.marker}`);
    expect(new Set(keys).size).toBe(six.length);
    const mainWidth = styles[0]?.width ?? 0;
    for (const st of styles.slice(1)) expect(st.width).toBeLessThan(mainWidth);
    // The place's breakdowns differ from each other in colour, dash and marker alike.
    const [, girls, boys] = styles;
    expect(girls?.color).not.toBe(boys?.color);
    expect(girls?.dash).not.toBe(boys?.dash);
    expect(girls?.marker).not.toBe(boys?.marker);
  });

  it('splits many lines with breakdowns into small multiples, one per breakdown of the place', () => {
    const panels = panelsOf(six);
    expect(panels.map((p) => p.key)).toEqual(['all|all', 'female|all', 'male|all']);
    expect(panels[1]?.series.map((s) => s.label)).toEqual([
      'Skien (Jenter)',
      'Telemark (Jenter)',
      'Norge',
    ]);
    expect(panelsOf(six.slice(0, 3)).map((p) => p.key)).toEqual([null]);
  });
});

describe('rowsToSeries', () => {
  it('puts the chosen place first and gives references their roles', () => {
    const rows = [
      seriesRowOf({
        geo_code: '0',
        geo_level: 'country',
        geo_name: 'Norge',
        sex: 'all',
        age: 'all',
        period_from: 2020,
        period_to: 2020,
        value: 4,
        status: 'ok',
        source_id: 's',
      }),
      seriesRowOf({
        geo_code: '1554',
        geo_level: 'municipality',
        geo_name: 'Averøy',
        sex: 'all',
        age: 'all',
        period_from: 2020,
        period_to: 2020,
        value: 3,
        status: 'ok',
        source_id: 's',
      }),
      seriesRowOf({
        geo_code: '15',
        geo_level: 'county',
        geo_name: 'Møre og Romsdal',
        sex: 'all',
        age: 'all',
        period_from: 2020,
        period_to: 2020,
        value: null,
        status: 'suppressed',
        source_id: 's',
      }),
    ];
    const s = rowsToSeries(rows, '1554', { place: (r) => r.geo_name, breakdown: () => null });
    expect(s.map((x) => [x.label, x.role])).toEqual([
      ['Averøy', 'main'],
      ['Møre og Romsdal', 'county'],
      ['Norge', 'country'],
    ]);
    expect(s[1]?.points[0]).toMatchObject({ value: null, status: 'suppressed' });
  });
});

describe('ages in reading order', () => {
  it('puts all ages first, then ages by their years (2 before 10), then grades', () => {
    const ages = [
      'all',
      '10_10',
      '2_2',
      '105_plus',
      '0_17',
      '18_plus',
      '0_74',
      'grade_10',
      'grade_8',
      'vgs',
    ];
    expect([...ages].sort(compareAges)).toEqual([
      'all',
      '0_17',
      '0_74',
      '2_2',
      '10_10',
      '18_plus',
      '105_plus',
      'grade_8',
      'grade_10',
      'vgs',
    ]);
  });

  it('heads a chart of age bands with all ages, in its panels and its sentence', () => {
    const band = (age: string, v: number): ChartSeries => ({
      ...series('main', 'Halden', [pt(2023, v), pt(2024, v + 10)]),
      key: `Halden|all|${age}`,
      age,
      breakdown: age === 'all' ? 'Alle aldre' : age,
      label: `Halden (${age})`,
    });
    const lines = [
      band('0_17', 6000),
      band('80_plus', 1500),
      band('all', 31000),
      band('13_19', 2600),
    ];
    expect(breakdowns(lines)).toEqual(['all|all', 'all|0_17', 'all|13_19', 'all|80_plus']);
    expect(summarise(lines, 'count', 'nb', tNb)).toContain('Halden (all)');
  });
});

describe('counts of places of different sizes', () => {
  const halden = series('main', 'Halden', [pt(2023, 31_444), pt(2024, 31_935)]);
  const norway = series('country', 'Norge', [pt(2023, 5_488_984), pt(2024, 5_550_203)]);
  const county = series('county', 'Østfold', [pt(2024, 312_152)]);

  it('draw the place’s own line only, on its own scale; other units draw every line', () => {
    const drawn = drawnSeries([halden, county, norway], 'count');
    expect(drawn).toEqual([halden]);
    const layout = layoutTrend(drawn, 400, 240, 'count');
    expect(Math.max(...layout.yTicks)).toBeLessThanOrEqual(40_000);
    expect(layout.points.map((p) => p.point.value)).toEqual([31_444, 31_935]);
    expect(drawnSeries([halden, norway], 'percent')).toEqual([halden, norway]);
    // A chart of references only (no line of the place) keeps them all.
    expect(drawnSeries([county, norway], 'count')).toEqual([county, norway]);
  });

  it('widen the left margin for long tick labels, so they do not run into the axis title', () => {
    const labels = layoutTrend([norway], 400, 240, 'count').yTicks.map((v) =>
      formatValue(v, 'count', 'nb'),
    );
    expect(labels.at(-1)).toMatch(/^\d\s\d{3}\s\d{3}$/u);
    const m = withRoomForTicks(MARGINS, labels, false);
    // Seven digits and two spaces at 12 px, 8 px to the axis and the title's 20 px band.
    expect(m.left).toBeGreaterThanOrEqual(Math.ceil(7 * 0.62 * 12 + 2 * 0.3 * 12 + 28));
    expect({ ...m, left: MARGINS.left }).toEqual(MARGINS);
    // Short labels keep the usual margins, on screen and on a slide.
    expect(withRoomForTicks(MARGINS, ['0', '25', '50'], false)).toBe(MARGINS);
    expect(withRoomForTicks(LARGE_MARGINS, ['0', '25', '50'], true)).toBe(LARGE_MARGINS);
    expect(withRoomForTicks(LARGE_MARGINS, labels, true).left).toBeGreaterThan(LARGE_MARGINS.left);
  });
});
