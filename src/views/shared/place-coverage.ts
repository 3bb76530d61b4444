import type { ResultRow } from '../../arrow/to-rows.ts';
import type { Connector } from '../../db/connector.ts';
import { NORWAY } from '../../domain/contract.ts';
import {
  coverageMatrix,
  gapList,
  isActive,
  linkedMeasures,
  overdueMeasures,
  unfollowedMeasures,
  worseningDespiteMeasure,
  type CoverageIndicator,
  type CoverageLink,
  type CoverageMeasure,
  type CoverageMatrix,
  type GapItem,
  type MeasureFilters,
  type OverdueItem,
  type UnfollowedItem,
  type WorseningDespiteItem,
} from '../../domain/coverage.ts';
import { parseDueText } from '../../domain/due-text.ts';
import type { Obs } from '../../domain/intervals.ts';
import { judgeRisk, riskSettings, type RiskSettings, type RiskVerdict } from '../../domain/risk.ts';
import { placeByCode, pickerPlaces } from '../../sql/catalog.ts';
import {
  allThemes,
  placeIndicators,
  placeLinks,
  placeMeasures,
  placeObservations,
  placePlans,
} from '../../sql/coverage.ts';

/** What a place is compared with: Norway, its county, or a comparison group's code (`G-…`). */
export type Reference = 'country' | 'county' | `G-${string}`;

/** Reads a reference from a URL parameter; anything unknown is Norway. */
export function referenceFrom(param: string | undefined): Reference {
  if (param === 'county') return 'county';
  if (param && /^G-[A-Za-z0-9-]+$/.test(param)) return param as `G-${string}`;
  return 'country';
}

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

/** An indicator of the place with its verdict and the measures that follow it. */
export interface IndicatorCoverage {
  indicator: ResultRow & CoverageIndicator;
  verdict: RiskVerdict;
  /** Active linked measures in the year (directly or via the theme). */
  activeMeasures: number;
  /** Of those, linked to the indicator itself. */
  directMeasures: number;
  gap: boolean;
  /** The place's figures the verdict was made on (for the tile's sparkline). */
  series: Obs[];
  /** The source of the latest figure (every figure on screen shows where it came from). */
  source: ResultRow | null;
}

/** Everything Oversikt and Dekning show for one place. */
export interface PlaceCoverage {
  places: ResultRow[];
  place: ResultRow | null;
  referenceName: string;
  referenceName_en: string;
  /** The geo code the figures were compared with. */
  referenceCode: string;
  themes: ResultRow[];
  plans: ResultRow[];
  measures: PlaceMeasure[];
  year: number;
  /** The last year any of the place's plans runs to (null: no plans). */
  lastPlanYear: number | null;
  indicators: IndicatorCoverage[];
  gaps: GapItem[];
  unfollowed: UnfollowedItem[];
  overdue: OverdueItem[];
  worseningDespite: WorseningDespiteItem[];
  matrix: CoverageMatrix;
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

const toObs = (r: ResultRow): Obs => ({
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

/** The sex and age a place's series of one indicator is judged on: all sexes, its most common age. */
function mainBreakdown(rows: ResultRow[]): { sex: string; age: string } {
  const sex = rows.some((r) => r.sex === 'all') ? 'all' : String(rows[0]?.sex ?? 'all');
  const ages = new Map<string, number>();
  for (const r of rows)
    if (r.sex === sex) ages.set(String(r.age), (ages.get(String(r.age)) ?? 0) + 1);
  const age =
    [...ages.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'all';
  return { sex, age };
}

/**
 * A measure with no deadline of its own runs to the end of its plan, unless its text says it is
 * continuous: then a plan that has ended does not keep it active for ever.
 */
function withPlanDue(r: ResultRow): PlaceMeasure {
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

/** Loads a place's figures, measures and links and applies the risk and coverage rules. */
export async function loadPlaceCoverage(
  db: Connector,
  s: CoverageState,
  settings: Partial<RiskSettings> = {},
  now = new Date().getFullYear(),
): Promise<PlaceCoverage> {
  const [places, placeRows, themes, plans, measureRows, linkRows, indicatorRows] =
    await Promise.all([
      db.query(pickerPlaces()),
      db.query(placeByCode(s.geo)),
      db.query(allThemes()),
      db.query(placePlans(s.geo)),
      db.query(placeMeasures(s.geo)),
      db.query(placeLinks(s.geo)),
      db.query(placeIndicators(s.geo)),
    ]);
  const place = placeRows[0] ?? null;
  const county =
    place?.parent_code && place.parent_code !== NORWAY ? String(place.parent_code) : null;
  const group = s.reference.startsWith('G-')
    ? places.find((p) => p.code === s.reference)
    : undefined;
  const refCode = group ? String(group.code) : s.reference === 'county' && county ? county : NORWAY;
  const refName =
    refCode === NORWAY
      ? { nb: 'landet', en: 'Norway' }
      : group
        ? { nb: String(group.name), en: String(group.name) }
        : { nb: String(place?.parent_name ?? refCode), en: String(place?.parent_name ?? refCode) };
  const obsRows = await db.query(placeObservations(s.geo, [refCode]));

  const lastPlanYear = plans.reduce<number | null>(
    (m, p) => (num(p.period_to) !== null ? Math.max(m ?? 0, Number(p.period_to)) : m),
    null,
  );
  const year = s.year ?? (lastPlanYear !== null && lastPlanYear < now ? lastPlanYear : now);
  const measures = measureRows.map(withPlanDue);
  const explicitDue = new Set(
    measureRows
      .filter((r) => num(r.due_year) !== null || parseDueText(str(r.due_text)).dueYear !== null)
      .map((r) => String(r.id)),
  );
  const links: CoverageLink[] = linkRows.map((l) => ({
    measure_id: String(l.measure_id),
    theme_id: str(l.theme_id),
    indicator_id: str(l.indicator_id),
    expected_direction: String(l.expected_direction),
  }));
  const rs = riskSettings({
    ...settings,
    reference: group ? 'group' : refCode === NORWAY ? 'country' : 'county',
    groupCode: group ? refCode : null,
  });
  const indicators = indicatorRows.map((r) => ({
    ...r,
    id: String(r.id),
    theme_id: String(r.theme_id),
    name_nb: String(r.name_nb),
    name_en: String(r.name_en),
    unit: String(r.unit),
    polarity: String(r.polarity),
  }));
  const verdicts = new Map<string, RiskVerdict>();
  const seriesOf = new Map<string, Obs[]>();
  const sourceOf = new Map<string, ResultRow>();
  // Group the figures by indicator once; the loop below then reads only each indicator's own rows.
  const byIndicator = new Map<string, ResultRow[]>();
  for (const r of obsRows) {
    const k = String(r.indicator_id);
    const list = byIndicator.get(k);
    if (list) list.push(r);
    else byIndicator.set(k, [r]);
  }
  for (const ind of indicators) {
    const rows = byIndicator.get(ind.id) ?? [];
    const { sex, age } = mainBreakdown(rows.filter((r) => r.geo_code === s.geo));
    const at = (geo: string) =>
      rows.filter((r) => r.geo_code === geo && r.sex === sex && r.age === age);
    const own = at(s.geo);
    const pick = (geo: string) => (geo === s.geo ? own : at(geo)).map(toObs);
    seriesOf.set(ind.id, pick(s.geo));
    const latestRow = own.at(-1);
    if (latestRow) sourceOf.set(ind.id, latestRow);
    verdicts.set(
      ind.id,
      judgeRisk(
        {
          indicator: {
            id: ind.id,
            unit: ind.unit,
            polarity: ind.polarity,
            name_nb: ind.name_nb,
            name_en: ind.name_en,
          },
          series: pick(s.geo),
          reference: pick(refCode),
          referenceName: refName.nb,
          referenceName_en: refName.en,
          placeName: String(place?.name ?? s.geo),
        },
        rs,
      ),
    );
  }
  const input = {
    indicators,
    verdicts,
    measures,
    links,
    themes: themes.map((t) => ({
      id: String(t.id),
      name_nb: String(t.name_nb),
      name_en: String(t.name_en),
    })),
    year,
    filters: { ...s.filters, activeInYear: year },
  };
  const gaps = gapList(input);
  const gapIds = new Set(gaps.map((g) => g.indicator_id));
  const filtered = measures.filter(
    (m) => !s.filters.planIds?.length || s.filters.planIds.includes(m.plan_id),
  );
  return {
    places,
    place,
    referenceName: refName.nb,
    referenceName_en: refName.en,
    referenceCode: refCode,
    themes,
    plans,
    measures,
    year,
    lastPlanYear,
    indicators: indicators.map((ind) => {
      const linked = linkedMeasures(ind, filtered, links).filter((l) => isActive(l.measure, year));
      return {
        indicator: ind,
        verdict: verdicts.get(ind.id) as RiskVerdict,
        activeMeasures: linked.length,
        directMeasures: linked.filter((l) => l.via === 'indicator').length,
        gap: gapIds.has(ind.id),
        series: seriesOf.get(ind.id) ?? [],
        source: sourceOf.get(ind.id) ?? null,
      };
    }),
    gaps,
    unfollowed: unfollowedMeasures(input),
    // Only a deadline the plan states can be missed; a measure that just ran out with its plan is not overdue.
    overdue: overdueMeasures({ ...input, measures: measures.filter((m) => explicitDue.has(m.id)) }),
    worseningDespite: worseningDespiteMeasure(input),
    matrix: coverageMatrix(input),
  };
}
