import { PREVENTION_LEVELS, TARGET_GROUPS } from '../contract.ts';
import { filteredMeasures, isActive, linkedMeasures, splitList } from './measures.ts';
import { hasFigures, isContext, tierOf, type Tier } from './tiers.ts';
import { verdictOf, type CoverageInput, type CoverageMeasure } from './types.ts';

/** Counts of active measures by prevention level and by target group. */
export interface CoverageCounts {
  /** Ids of the active measures counted. */
  measure_ids: string[];
  by_level: Record<string, number>;
  by_group: Record<string, number>;
}

/** A matrix row for one indicator: measures linked directly or via its theme. */
export interface CoverageIndicatorRow extends CoverageCounts {
  indicator_id: string;
  name_nb: string;
  name_en: string;
  direct_measure_ids: string[];
  theme_measure_ids: string[];
  /** The indicator's tier (null when the place has no figures for it). */
  tier: Tier | null;
  /** Figures and no active linked measure: it is on the list of what lacks measures. */
  gap: boolean;
}

/** A matrix row for one theme: measures linked to the theme or to any of its indicators. */
export interface CoverageThemeRow extends CoverageCounts {
  theme_id: string;
  name_nb: string;
  name_en: string;
  indicators: CoverageIndicatorRow[];
}

/** The matrix, with its column keys (levels and groups; 'unspecified' when a measure names none). */
export interface CoverageMatrix {
  levels: string[];
  groups: string[];
  themes: CoverageThemeRow[];
}

/** The key counted when a measure names no prevention level or target group. */
export const UNSPECIFIED = 'unspecified';

/** Adds 1 under each of a measure's keys (or under 'unspecified' when it names none). */
function tally(into: Record<string, number>, keys: Set<string>, list: string | null): void {
  const items = splitList(list);
  for (const k of items.length > 0 ? items : [UNSPECIFIED]) {
    keys.add(k);
    into[k] = (into[k] ?? 0) + 1;
  }
}

/**
 * Themes (and their indicators) × counts of linked active measures (in `filters.activeInYear ??
 * year`, passing the filters) by prevention level and by target group; a measure at two levels
 * counts once in each. Themes in input order, then indicators in input order.
 */
export function coverageMatrix(input: CoverageInput): CoverageMatrix {
  const filters = input.filters ?? {};
  const year = filters.activeInYear ?? input.year;
  const active = filteredMeasures(input.measures, filters).filter((m) => isActive(m, year));
  const activeById = new Map(active.map((m) => [m.id, m]));
  const levels = new Set<string>(PREVENTION_LEVELS);
  const groups = new Set<string>(TARGET_GROUPS);
  const count = (ms: readonly CoverageMeasure[]): CoverageCounts => {
    const by_level: Record<string, number> = {};
    const by_group: Record<string, number> = {};
    for (const key of PREVENTION_LEVELS) by_level[key] = 0;
    for (const key of TARGET_GROUPS) by_group[key] = 0;
    for (const m of ms) {
      tally(by_level, levels, m.prevention_level);
      tally(by_group, groups, m.target_groups);
    }
    return { measure_ids: ms.map((m) => m.id), by_level, by_group };
  };
  const themes = input.themes.map((t): CoverageThemeRow => {
    const inds = input.indicators.filter((i) => i.theme_id === t.id);
    const themeMeasures = new Map<string, CoverageMeasure>();
    for (const l of input.links) {
      const m = activeById.get(l.measure_id);
      if (m && (l.theme_id === t.id || inds.some((i) => i.id === l.indicator_id)))
        themeMeasures.set(m.id, m);
    }
    const rows = inds.map((ind): CoverageIndicatorRow => {
      const linked = linkedMeasures(ind, active, input.links);
      const v = verdictOf(input.verdicts, ind.id);
      const figures = v !== undefined && hasFigures(v) && !isContext(ind);
      return {
        indicator_id: ind.id,
        name_nb: ind.name_nb,
        name_en: ind.name_en,
        ...count(linked.map((l) => l.measure)),
        direct_measure_ids: linked.filter((l) => l.via === 'indicator').map((l) => l.measure.id),
        theme_measure_ids: linked.filter((l) => l.via === 'theme').map((l) => l.measure.id),
        tier: figures ? tierOf(v) : null,
        gap: figures && linked.length === 0,
      };
    });
    return {
      theme_id: t.id,
      name_nb: t.name_nb,
      name_en: t.name_en,
      ...count([...themeMeasures.values()]),
      indicators: rows,
    };
  });
  // Every row carries every column, so the table is rectangular.
  for (const t of themes) {
    for (const c of [t, ...t.indicators]) {
      for (const l of levels) c.by_level[l] ??= 0;
      for (const g of groups) c.by_group[g] ??= 0;
    }
  }
  return { levels: [...levels], groups: [...groups], themes };
}
