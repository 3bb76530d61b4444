import type { CoverageLink } from '../../domain/coverage.ts';
import { parseDueText } from '../../domain/due-text.ts';
import type { Obs } from '../../domain/intervals.ts';
import type { LinkRow, PlaceMeasureRow, PlaceObsRow, PlanRow } from '../../sql/rows.ts';
import type { PlaceMeasure } from './types.ts';

/** An observation row as the risk rules read it. */
export const toObs = (r: PlaceObsRow): Obs => ({
  period_from: r.period_from,
  period_to: r.period_to,
  value: r.value,
  status: r.status,
  ci_low: r.ci_low,
  ci_high: r.ci_high,
  numerator: r.numerator,
  denominator: r.denominator,
  respondents: r.respondents,
  // A group value computed from members carries how many members it rests on.
  ...('members_with' in r && typeof r.members_with === 'number'
    ? { members: r.members_with, membersOf: (r as { members_of?: number }).members_of ?? null }
    : {}),
});

/** A `measure_link` row as coverage reads it. */
export const toLink = (l: LinkRow): CoverageLink => ({ ...l });

/** Whether the plan itself states a deadline for the measure (only such a deadline can be missed). */
export const hasOwnDeadline = (r: PlaceMeasureRow): boolean =>
  r.due_year !== null || parseDueText(r.due_text).dueYear !== null;

/**
 * A measure with no deadline of its own runs to the end of its plan, unless its text says it is
 * continuous: then a plan that has ended does not keep it active for ever.
 */
export function toPlaceMeasure(r: PlaceMeasureRow): PlaceMeasure {
  const due = r.due_year ?? (parseDueText(r.due_text).continuous ? null : r.plan_to);
  return {
    id: r.id,
    plan_id: r.plan_id,
    title: r.title,
    status: r.status,
    start_year: r.start_year ?? r.plan_from,
    due_year: due,
    due_text: r.due_text,
    prevention_level: r.prevention_level,
    target_groups: r.target_groups,
    plan_title: r.plan_title,
    plan_from: r.plan_from,
    plan_to: r.plan_to,
    responsible: r.responsible,
    citation: r.citation,
    goal: r.goal,
  };
}

/** The last year any plan runs to (null: no plans with an end). */
export function lastPlanYearOf(plans: readonly PlanRow[]): number | null {
  const ends = plans.map((p) => p.period_to).filter((y): y is number => y !== null);
  return ends.length > 0 ? Math.max(...ends) : null;
}
