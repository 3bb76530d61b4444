import { parseDueText } from '../due-text.ts';
import { dueYearOf, isClosed, matchesFilters } from './measures.ts';
import type { CoverageInput } from './types.ts';

/** A measure past its deadline and not done. */
export interface OverdueItem {
  measure_id: string;
  plan_id: string;
  title: string;
  status: string;
  due_year: number;
  due_text: string | null;
  years_overdue: number;
}

/**
 * Measures whose due year is before `year` and that are not done or cancelled (continuous due
 * texts are never overdue); the plan, target group and level filters apply. Oldest deadline first.
 */
export function overdueMeasures(
  input: Pick<CoverageInput, 'measures' | 'year' | 'filters'>,
): OverdueItem[] {
  const filters = { ...(input.filters ?? {}), activeInYear: undefined };
  const out: OverdueItem[] = [];
  for (const m of input.measures) {
    if (isClosed(m) || !matchesFilters(m, filters)) continue;
    const due = dueYearOf(m);
    if (due === null || due >= input.year || parseDueText(m.due_text).continuous) continue;
    out.push({
      measure_id: m.id,
      plan_id: m.plan_id,
      title: m.title,
      status: m.status,
      due_year: due,
      due_text: m.due_text,
      years_overdue: input.year - due,
    });
  }
  return out.sort((a, b) => a.due_year - b.due_year || a.measure_id.localeCompare(b.measure_id));
}
