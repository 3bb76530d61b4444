import type {
  CoverageIndicator,
  CoverageMatrix,
  CoverageMeasure,
  MeasureFilters,
  OverdueItem,
  Tier,
  Uncovered,
  UnfollowedItem,
  WorseningDespiteItem,
} from '../../domain/coverage.ts';
import type { Obs } from '../../domain/intervals.ts';
import type { ReferencePlace, RiskVerdict } from '../../domain/risk/types.ts';
import type {
  PlaceDetailRow,
  PlaceIndicatorRow,
  PlaceObsRow,
  PlaceRow,
  PlanRow,
  ThemeRow,
} from '../../sql/rows.ts';
import type { Reference } from '../reference.ts';
import type { GroupObsRow } from '../similar.ts';
import type { KostraGroupRow, RateRow } from '../../sql/similar-rows.ts';

/** Which place, year and filters the coverage views show (from the URL). */
export interface CoverageState {
  geo: string;
  /** The year measures must be active in; null = the current year, or the last plan year if earlier. */
  year: number | null;
  /** 'country', 'county', or the code of a comparison group (`G-…`). */
  reference: Reference;
  filters: Omit<MeasureFilters, 'activeInYear'>;
}

/** A measure as the coverage views use it (contract fields plus its plan's title and period). */
export type PlaceMeasure = CoverageMeasure & {
  plan_title: string;
  plan_from: number | null;
  plan_to: number | null;
  responsible: string | null;
  citation: string;
  goal: string | null;
};

/** An indicator of the place as the coverage views read it. */
export type PlaceIndicator = PlaceIndicatorRow & CoverageIndicator;

/** An indicator of the place with its verdict, tier and the measures that follow it. */
export interface IndicatorCoverage {
  indicator: PlaceIndicator;
  verdict: RiskVerdict;
  /** Its tier (null when the place has no figures for it). */
  tier: Tier | null;
  /** Active linked measures in the year (directly or via the theme, passing the filters). */
  activeMeasures: number;
  /** Of those, linked to the indicator itself. */
  directMeasures: number;
  /** Figures and no active measure in the year: on Dekning's first list. */
  uncovered: boolean;
  /** The sex and age band the verdict was made on. */
  breakdown: { sex: string; age: string };
  /** The place's figures the verdict was made on (for the tile's sparkline). */
  series: Obs[];
  /** The latest figure's row, with its source (every figure on screen shows where it came from). */
  source: PlaceObsRow | null;
  /** When compared with a group computed from members: the group's row, with members and method. */
  referenceGroup?: GroupObsRow | null;
  /** For a count: its rates per 1 000 or 10 000 of the population band, by period (src/sql/rates.ts). */
  rates?: RateRow[];
}

/** Everything Oversikt and Dekning show for one place. */
export interface PlaceCoverage {
  places: PlaceRow[];
  /** KOSTRA groups imported in this session (offered as references). */
  kostra?: KostraGroupRow[];
  place: PlaceDetailRow | null;
  /** The place the figures were compared with. */
  reference: ReferencePlace;
  /** When the reference is a group computed from members: which kind, and its population year. */
  computedGroup?: { kind: 'size' | 'kostra'; year: number | null } | null;
  themes: ThemeRow[];
  plans: PlanRow[];
  measures: PlaceMeasure[];
  year: number;
  /** The last year any of the place's plans runs to (null: no plans). */
  lastPlanYear: number | null;
  indicators: IndicatorCoverage[];
  /** How many indicators with figures fall in each tier. */
  tiers: Record<Tier, number>;
  /** What has figures and no active measure, ranked by tier, and the whole themes. */
  uncovered: Uncovered;
  unfollowed: UnfollowedItem[];
  overdue: OverdueItem[];
  worseningDespite: WorseningDespiteItem[];
  matrix: CoverageMatrix;
}
