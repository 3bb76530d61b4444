import { isClosed, matchesFilters } from './measures.ts';
import type { CoverageInput } from './types.ts';

/** A measure that no indicator follows. */
export interface UnfollowedItem {
  measure_id: string;
  plan_id: string;
  title: string;
  /** Themes it is linked to (theme-only links), if any. */
  theme_ids: string[];
}

/**
 * Measures with no link to an indicator (a theme-only link does not count as following one);
 * done and cancelled measures are left out, and the filters apply. In input order.
 */
export function unfollowedMeasures(
  input: Pick<CoverageInput, 'measures' | 'links' | 'filters'>,
): UnfollowedItem[] {
  const followed = new Set(
    input.links.filter((l) => l.indicator_id !== null).map((l) => l.measure_id),
  );
  const out: UnfollowedItem[] = [];
  for (const m of input.measures) {
    if (isClosed(m) || !matchesFilters(m, input.filters) || followed.has(m.id)) continue;
    const themeIds = input.links
      .filter((l) => l.measure_id === m.id && l.theme_id !== null)
      .map((l) => l.theme_id as string);
    out.push({
      measure_id: m.id,
      plan_id: m.plan_id,
      title: m.title,
      theme_ids: [...new Set(themeIds)],
    });
  }
  return out;
}
