import type { RiskVerdict } from '../risk/types.ts';

/** The indicator fields coverage reads. */
export interface CoverageIndicator {
  id: string;
  theme_id: string;
  name_nb: string;
  name_en: string;
}

/** The measure fields coverage reads (contract names; lists are `|`-joined). */
export interface CoverageMeasure {
  id: string;
  plan_id: string;
  title: string;
  status: string;
  start_year: number | null;
  due_year: number | null;
  due_text: string | null;
  prevention_level: string | null;
  target_groups: string | null;
}

/** A `measure_link` row. */
export interface CoverageLink {
  measure_id: string;
  theme_id: string | null;
  indicator_id: string | null;
  expected_direction: string;
}

/** A `theme` row. */
export interface CoverageTheme {
  id: string;
  name_nb: string;
  name_en: string;
}

/** The verdict fields coverage reads (a full RiskVerdict will do). */
export type CoverageVerdict = Pick<
  RiskVerdict,
  'verdict' | 'basis' | 'reason' | 'trend' | 'worseBy' | 'relativeDifference' | 'trendPeriods'
>;

/** Verdicts by indicator id (for one place, sex and age). */
export type VerdictLookup =
  ReadonlyMap<string, CoverageVerdict> | Readonly<Record<string, CoverageVerdict>>;

/** Which measures count: some plans, one target group, one prevention level, active in a year. */
export interface MeasureFilters {
  planIds?: readonly string[];
  targetGroup?: string;
  preventionLevel?: string;
  /** Only measures active in this year (the lists use `year` when unset). */
  activeInYear?: number;
}

/** Everything the coverage functions read; each takes the parts it needs. */
export interface CoverageInput {
  indicators: readonly CoverageIndicator[];
  verdicts: VerdictLookup;
  measures: readonly CoverageMeasure[];
  links: readonly CoverageLink[];
  themes: readonly CoverageTheme[];
  /** The year measures must be active in (injected, so tests and meetings can pick one). */
  year: number;
  filters?: MeasureFilters;
}

/** The verdict of one indicator, from a Map or a plain object. */
export function verdictOf(verdicts: VerdictLookup, id: string): CoverageVerdict | undefined {
  if (verdicts instanceof Map) return verdicts.get(id);
  return Object.prototype.hasOwnProperty.call(verdicts, id)
    ? (verdicts as Readonly<Record<string, CoverageVerdict>>)[id]
    : undefined;
}
