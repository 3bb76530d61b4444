import { compareAges } from './age-order.ts';
import type { ChartSeries, SeriesRole } from './series.ts';

/** How a line is drawn: colour, dash, marker and width, so lines differ by more than colour. */
export interface LineStyle {
  color: string;
  dash: string;
  marker: 'circle' | 'square' | 'diamond' | 'triangle';
  width: number;
}

/** The breakdown a line shows (`all|grade_8_10`, `female|grade_8_10`). */
export const breakdownKey = (s: Pick<ChartSeries, 'sex' | 'age'>): string => `${s.sex}|${s.age}`;

const SEX_ORDER: Record<string, number> = { all: 0, female: 1, male: 2 };

/** The breakdowns of a chart, all sexes first, then girls/women, boys/men, then by age. */
export function breakdowns(series: readonly ChartSeries[]): string[] {
  const keys = [...new Set(series.map(breakdownKey))];
  return keys.sort((a, b) => {
    const [sa = '', aa = ''] = a.split('|');
    const [sb = '', ab = ''] = b.split('|');
    return (SEX_ORDER[sa] ?? 9) - (SEX_ORDER[sb] ?? 9) || compareAges(aa, ab);
  });
}

/** The line style of each role for its first breakdown: the place strongest, references lighter. */
export const ROLE_BASE: Record<SeriesRole, LineStyle> = {
  main: { color: '#0b4f9c', dash: '', marker: 'circle', width: 3 },
  county: { color: '#0e6b4e', dash: '8 4', marker: 'square', width: 2 },
  country: { color: '#4a4a4a', dash: '3 3', marker: 'diamond', width: 2 },
  group: { color: '#7a2f8a', dash: '10 3 2 3', marker: 'triangle', width: 2 },
};

// The place's other breakdowns: their own hue, dash and marker (each ≥ 4.5:1 on white), thinner
// than its main line but thicker than the references.
const MAIN_VARIANTS: LineStyle[] = [
  { color: '#b03a00', dash: '7 3', marker: 'square', width: 2.5 },
  { color: '#5b2a86', dash: '2 3', marker: 'triangle', width: 2.5 },
  { color: '#006d75', dash: '10 3 2 3', marker: 'diamond', width: 2.5 },
  { color: '#7a5200', dash: '4 2', marker: 'circle', width: 2.5 },
];
const REF_DASHES = ['2 2', '12 3', '6 2 2 2', '1 3'];
const REF_MARKERS: LineStyle['marker'][] = ['triangle', 'circle', 'square', 'diamond'];

/**
 * The style of a line among the chart's lines: the role's own for the first breakdown; for the
 * others a distinct colour, dash and marker (the place's), or a distinct dash and marker in the
 * role's colour (the references'). Deterministic, so a legend drawn apart matches the chart.
 */
export function lineStyle(s: ChartSeries, all: readonly ChartSeries[]): LineStyle {
  const order = breakdowns(all);
  const b = Math.max(0, order.indexOf(breakdownKey(s)));
  const base = ROLE_BASE[s.role];
  if (b === 0) return base;
  if (s.role === 'main') return MAIN_VARIANTS[(b - 1) % MAIN_VARIANTS.length] as LineStyle;
  return {
    ...base,
    dash: REF_DASHES[(b - 1) % REF_DASHES.length] as string,
    marker: REF_MARKERS[(b - 1) % REF_MARKERS.length] as LineStyle['marker'],
    width: 1.5,
  };
}

/** A panel of small multiples: one breakdown's lines. */
export interface Panel {
  /** The breakdown key, or null for a single chart of every line. */
  key: string | null;
  series: ChartSeries[];
}

/** Lines that one chart reads well: more than this and the breakdowns become small multiples. */
export const MAX_LINES = 5;

/**
 * One chart, or small multiples when the place has several breakdowns and there are too many
 * lines to tell apart: a panel per breakdown of the place, each with the references' matching
 * line (or their all-sexes line when they have no such breakdown).
 */
export function panelsOf(series: readonly ChartSeries[]): Panel[] {
  const mainKeys = breakdowns(series.filter((s) => s.role === 'main'));
  if (mainKeys.length < 2 || series.length <= MAX_LINES)
    return [{ key: null, series: [...series] }];
  return mainKeys.map((key) => {
    const own = series.filter((s) => breakdownKey(s) === key);
    const roles = new Set(own.map((s) => s.role));
    const [, age = 'all'] = key.split('|');
    const fallback = series.filter(
      (s) => !roles.has(s.role) && s.role !== 'main' && s.sex === 'all' && s.age === age,
    );
    return { key, series: [...own, ...fallback] };
  });
}
