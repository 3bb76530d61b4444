import { parseDueText } from '../due-text.ts';
import type { CoverageLink, CoverageMeasure, CoverageIndicator, MeasureFilters } from './types.ts';

const CLOSED = new Set(['done', 'cancelled']);

/** Whether a measure is done or cancelled. */
export const isClosed = (m: Pick<CoverageMeasure, 'status'>): boolean => CLOSED.has(m.status);

/** Splits a `|`-joined list (`children|youth`) into trimmed, non-empty items. */
export function splitList(text: string | null | undefined): string[] {
  return (text ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The due year of a measure: its due_year, else the year its due text names, else null. */
export function dueYearOf(m: Pick<CoverageMeasure, 'due_year' | 'due_text'>): number | null {
  return m.due_year ?? parseDueText(m.due_text).dueYear;
}

/**
 * Whether a measure is active in a year: not done or cancelled; started by then (or no start year);
 * due that year or later, or no due year, or a continuous due text ("Kontinuerlig", "Årlig").
 */
export function isActive(m: CoverageMeasure, year: number): boolean {
  if (isClosed(m)) return false;
  if (m.start_year !== null && m.start_year > year) return false;
  const due = dueYearOf(m);
  return due === null || due >= year || parseDueText(m.due_text).continuous;
}

/** Whether a measure passes the filters (plan, target group, prevention level, active in year). */
export function matchesFilters(m: CoverageMeasure, filters: MeasureFilters = {}): boolean {
  if (filters.planIds && filters.planIds.length > 0 && !filters.planIds.includes(m.plan_id))
    return false;
  if (filters.targetGroup && !splitList(m.target_groups).includes(filters.targetGroup))
    return false;
  if (filters.preventionLevel && !splitList(m.prevention_level).includes(filters.preventionLevel))
    return false;
  if (filters.activeInYear !== undefined && !isActive(m, filters.activeInYear)) return false;
  return true;
}

/** The measures that pass the plan, target-group and level filters, whatever their year. */
export function filteredMeasures<M extends CoverageMeasure>(
  measures: readonly M[],
  filters: MeasureFilters = {},
): M[] {
  return measures.filter((m) => matchesFilters(m, { ...filters, activeInYear: undefined }));
}

/** A measure linked to an indicator, directly ('indicator') or through the indicator's theme. */
export interface LinkedMeasure {
  measure: CoverageMeasure;
  via: 'indicator' | 'theme';
  expected_direction: string;
}

/**
 * The measures linked to an indicator: links naming the indicator (via 'indicator') and links
 * naming its theme (via 'theme'); a measure linked both ways is listed once, as 'indicator'.
 */
export function linkedMeasures(
  indicator: Pick<CoverageIndicator, 'id' | 'theme_id'>,
  measures: readonly CoverageMeasure[],
  links: readonly CoverageLink[],
): LinkedMeasure[] {
  const byId = new Map(measures.map((m) => [m.id, m]));
  const out = new Map<string, LinkedMeasure>();
  for (const l of links) {
    const m = byId.get(l.measure_id);
    if (!m) continue;
    if (l.indicator_id === indicator.id) {
      out.set(m.id, { measure: m, via: 'indicator', expected_direction: l.expected_direction });
    } else if (l.theme_id !== null && l.theme_id === indicator.theme_id && !out.has(m.id)) {
      out.set(m.id, { measure: m, via: 'theme', expected_direction: l.expected_direction });
    }
  }
  return [...out.values()];
}
