import type { ResultRow } from '../../arrow/to-rows.ts';
import type { CoverageLink } from '../../domain/coverage.ts';
import { parseDueText } from '../../domain/due-text.ts';
import type { Obs } from '../../domain/intervals.ts';
import type { PlaceIndicator, PlaceMeasure } from './types.ts';

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** An observation row as the risk rules read it. */
export const toObs = (r: ResultRow): Obs => ({
  period_from: Number(r.period_from),
  period_to: Number(r.period_to),
  value: num(r.value),
  status: String(r.status),
  ci_low: num(r.ci_low),
  ci_high: num(r.ci_high),
  numerator: num(r.numerator),
  denominator: num(r.denominator),
  respondents: num(r.respondents),
});

/** An indicator row with the fields the rules need as text. */
export const toIndicator = (r: ResultRow): PlaceIndicator => ({
  ...r,
  id: String(r.id),
  theme_id: String(r.theme_id),
  name_nb: String(r.name_nb),
  name_en: String(r.name_en),
  unit: String(r.unit),
  polarity: String(r.polarity),
  source_kind: str(r.source_kind),
});

/** A `measure_link` row. */
export const toLink = (l: ResultRow): CoverageLink => ({
  measure_id: String(l.measure_id),
  theme_id: str(l.theme_id),
  indicator_id: str(l.indicator_id),
  expected_direction: String(l.expected_direction),
});

/** Whether the plan itself states a deadline for the measure (only such a deadline can be missed). */
export const hasOwnDeadline = (r: ResultRow): boolean =>
  num(r.due_year) !== null || parseDueText(str(r.due_text)).dueYear !== null;

/**
 * A measure with no deadline of its own runs to the end of its plan, unless its text says it is
 * continuous: then a plan that has ended does not keep it active for ever.
 */
export function toPlaceMeasure(r: ResultRow): PlaceMeasure {
  const dueText = str(r.due_text);
  const due = num(r.due_year) ?? (parseDueText(dueText).continuous ? null : num(r.plan_to));
  return {
    id: String(r.id),
    plan_id: String(r.plan_id),
    title: String(r.title),
    status: String(r.status),
    start_year: num(r.start_year) ?? num(r.plan_from),
    due_year: due,
    due_text: dueText,
    prevention_level: str(r.prevention_level),
    target_groups: str(r.target_groups),
    plan_title: String(r.plan_title),
    plan_from: num(r.plan_from),
    plan_to: num(r.plan_to),
    responsible: str(r.responsible),
    citation: String(r.citation),
    goal: str(r.goal),
  };
}

/** The last year any plan runs to (null: no plans with an end). */
export function lastPlanYearOf(plans: readonly ResultRow[]): number | null {
  const ends = plans.map((p) => num(p.period_to)).filter((y): y is number => y !== null);
  return ends.length > 0 ? Math.max(...ends) : null;
}
