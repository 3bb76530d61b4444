/**
 * The `coverage` rules (DESIGN.md, "Derived"): which risks lack an active measure, which measures
 * follow no indicator, which are past their deadline, where things worsen despite a measure, and a
 * theme × prevention level / target group matrix. Pure functions over plain rows.
 */
import { PREVENTION_LEVELS, TARGET_GROUPS } from './contract.ts';
import { parseDueText } from './due-text.ts';
import { formatPeriod, type Period } from './period.ts';
import type { RiskVerdict } from './risk.ts';

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
  'verdict' | 'trend' | 'worseBy' | 'relativeDifference' | 'referenceName' | 'trendPeriods'
>;

/** Verdicts by indicator id (for one place, sex and age). */
export type VerdictLookup =
  ReadonlyMap<string, CoverageVerdict> | Readonly<Record<string, CoverageVerdict>>;

/** Which measures count: some plans, one target group, one prevention level, active in a year. */
export interface MeasureFilters {
  planIds?: readonly string[];
  targetGroup?: string;
  preventionLevel?: string;
  /** Only measures active in this year (gapList and coverageMatrix use `year` when unset). */
  activeInYear?: number;
}

/** Everything the coverage functions read; each takes the parts it needs. */
export interface CoverageInput {
  indicators: readonly CoverageIndicator[];
  verdicts: VerdictLookup;
  measures: readonly CoverageMeasure[];
  links: readonly CoverageLink[];
  themes: readonly CoverageTheme[];
  /** The current year (injected, so tests and meetings can pick one). */
  year: number;
  filters?: MeasureFilters;
}

const CLOSED = new Set(['done', 'cancelled']);

/** Splits a `|`-joined list (`children|youth`) into trimmed, non-empty items. */
export function splitList(text: string | null | undefined): string[] {
  return (text ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The due year of a measure: its due_year, else the year its due text names, else null. */
export function dueYearOf(m: CoverageMeasure): number | null {
  return m.due_year ?? parseDueText(m.due_text).dueYear;
}

/**
 * Whether a measure is active in a year: not done or cancelled; started by then (or no start year);
 * due that year or later, or no due year, or a continuous due text ("Kontinuerlig", "Årlig").
 */
export function isActive(m: CoverageMeasure, year: number): boolean {
  if (CLOSED.has(m.status)) return false;
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

function verdictOf(verdicts: VerdictLookup, id: string): CoverageVerdict | undefined {
  if (verdicts instanceof Map) return verdicts.get(id);
  return Object.prototype.hasOwnProperty.call(verdicts, id)
    ? (verdicts as Readonly<Record<string, CoverageVerdict>>)[id]
    : undefined;
}

/** How serious a risk is: worse and worsening, worse, or worsening only. */
export type Severity = 'worse_and_worsening' | 'worse' | 'worsening';
const SEVERITY_RANK: Record<Severity, number> = { worse_and_worsening: 0, worse: 1, worsening: 2 };

/** The severity of a verdict, or null when it is no risk. */
export function severityOf(v: Pick<CoverageVerdict, 'verdict' | 'trend'>): Severity | null {
  const worse = v.verdict === 'worse';
  const worsening = v.trend === 'worsening';
  if (worse && worsening) return 'worse_and_worsening';
  if (worse) return 'worse';
  if (worsening) return 'worsening';
  return null;
}

/** A risk with no active linked measure. */
export interface GapItem {
  indicator_id: string;
  theme_id: string;
  name_nb: string;
  name_en: string;
  severity: Severity;
  verdict: CoverageVerdict['verdict'];
  trend: CoverageVerdict['trend'];
  worseBy: number | null;
  /** Linked measures (by the filters) that are not active in the year. */
  inactiveMeasureIds: string[];
  reason_nb: string;
  reason_en: string;
}

/**
 * Risks (verdict worse, or trend worsening) with no active linked measure (direct or via the theme,
 * counting only measures that pass the filters), most serious first: worse and worsening, worse,
 * worsening; then by how much worse than the reference; then by indicator id.
 */
export function gapList(
  input: Pick<CoverageInput, 'indicators' | 'verdicts' | 'measures' | 'links' | 'year' | 'filters'>,
): GapItem[] {
  const filters = input.filters ?? {};
  const year = filters.activeInYear ?? input.year;
  const measures = input.measures.filter((m) =>
    matchesFilters(m, { ...filters, activeInYear: undefined }),
  );
  const items: GapItem[] = [];
  for (const ind of input.indicators) {
    const v = verdictOf(input.verdicts, ind.id);
    if (!v) continue;
    const severity = severityOf(v);
    if (!severity) continue;
    const linked = linkedMeasures(ind, measures, input.links);
    if (linked.some((l) => isActive(l.measure, year))) continue;
    const inactive = linked.map((l) => l.measure.id);
    const ref = v.referenceName;
    const what_nb = {
      worse_and_worsening: `Verre enn ${ref}, og utviklingen går i feil retning`,
      worse: `Verre enn ${ref}`,
      worsening: 'Utviklingen går i feil retning',
    }[severity];
    const what_en = {
      worse_and_worsening: `Worse than ${ref}, and getting worse`,
      worse: `Worse than ${ref}`,
      worsening: 'Getting worse',
    }[severity];
    const k = inactive.length;
    const none_nb =
      k === 0
        ? `ingen tiltak er knyttet til indikatoren eller temaet.`
        : `ingen av de ${k} tilknyttede tiltakene er aktive i ${year}.`;
    const none_en =
      k === 0
        ? `no measure is linked to the indicator or its theme.`
        : `none of the ${k} linked measures is active in ${year}.`;
    items.push({
      indicator_id: ind.id,
      theme_id: ind.theme_id,
      name_nb: ind.name_nb,
      name_en: ind.name_en,
      severity,
      verdict: v.verdict,
      trend: v.trend,
      worseBy: v.worseBy,
      inactiveMeasureIds: inactive,
      reason_nb: `${what_nb}; ${k === 1 ? `det ene tilknyttede tiltaket er ikke aktivt i ${year}.` : none_nb}`,
      reason_en: `${what_en}; ${k === 1 ? `the one linked measure is not active in ${year}.` : none_en}`,
    });
  }
  return items.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (b.worseBy ?? -Infinity) - (a.worseBy ?? -Infinity) ||
      a.indicator_id.localeCompare(b.indicator_id),
  );
}

/** A measure that no indicator follows. */
export interface UnfollowedItem {
  measure_id: string;
  plan_id: string;
  title: string;
  /** Themes it is linked to (theme-only links), if any. */
  theme_ids: string[];
  reason_nb: string;
  reason_en: string;
}

/**
 * Measures with no link to an indicator (a theme-only link does not count as following one);
 * done and cancelled measures are left out, and the filters apply. In input order.
 */
export function unfollowedMeasures(
  input: Pick<CoverageInput, 'measures' | 'links' | 'filters'> & {
    themes?: readonly CoverageTheme[];
  },
): UnfollowedItem[] {
  const followed = new Set(
    input.links.filter((l) => l.indicator_id !== null).map((l) => l.measure_id),
  );
  const themeName = new Map((input.themes ?? []).map((t) => [t.id, t]));
  const out: UnfollowedItem[] = [];
  for (const m of input.measures) {
    if (CLOSED.has(m.status) || !matchesFilters(m, input.filters) || followed.has(m.id)) continue;
    const themeIds = [
      ...new Set(
        input.links
          .filter((l) => l.measure_id === m.id && l.theme_id !== null)
          .map((l) => l.theme_id as string),
      ),
    ];
    const names = (lang: 'nb' | 'en') =>
      themeIds
        .map((id) => {
          const t = themeName.get(id);
          return t ? (lang === 'nb' ? t.name_nb : t.name_en) : id;
        })
        .join(', ');
    out.push({
      measure_id: m.id,
      plan_id: m.plan_id,
      title: m.title,
      theme_ids: themeIds,
      reason_nb:
        themeIds.length > 0
          ? `Ingen indikator følger tiltaket; det er bare knyttet til temaet ${names('nb')}.`
          : 'Ingen indikator følger tiltaket, og det er ikke knyttet til noe tema.',
      reason_en:
        themeIds.length > 0
          ? `No indicator follows this measure; it is linked only to the theme ${names('en')}.`
          : 'No indicator follows this measure, and it is linked to no theme.',
    });
  }
  return out;
}

/** A measure past its deadline and not done. */
export interface OverdueItem {
  measure_id: string;
  plan_id: string;
  title: string;
  status: string;
  due_year: number;
  due_text: string | null;
  years_overdue: number;
  reason_nb: string;
  reason_en: string;
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
    if (CLOSED.has(m.status) || !matchesFilters(m, filters)) continue;
    const due = dueYearOf(m);
    if (due === null || due >= input.year || parseDueText(m.due_text).continuous) continue;
    const said = m.due_text && m.due_text.trim() !== '' ? ` («${m.due_text.trim()}»)` : '';
    const saidEn = m.due_text && m.due_text.trim() !== '' ? ` ("${m.due_text.trim()}")` : '';
    out.push({
      measure_id: m.id,
      plan_id: m.plan_id,
      title: m.title,
      status: m.status,
      due_year: due,
      due_text: m.due_text,
      years_overdue: input.year - due,
      reason_nb: `Fristen var ${due}${said}, og tiltaket er ikke merket som gjennomført.`,
      reason_en: `It was due in ${due}${saidEn} and is not marked as done.`,
    });
  }
  return out.sort((a, b) => a.due_year - b.due_year || a.measure_id.localeCompare(b.measure_id));
}

/** An indicator that worsens although a linked measure started before its latest period. */
export interface WorseningDespiteItem {
  indicator_id: string;
  theme_id: string;
  name_nb: string;
  name_en: string;
  last_period: Period;
  measures: { measure_id: string; via: 'indicator' | 'theme'; start_year: number }[];
  reason_nb: string;
  reason_en: string;
}

/**
 * Indicators whose trend is worsening although a linked measure (direct or via the theme; not
 * cancelled; passing the filters) started before the latest period of the trend began.
 */
export function worseningDespiteMeasure(
  input: Pick<CoverageInput, 'indicators' | 'verdicts' | 'measures' | 'links' | 'filters'>,
): WorseningDespiteItem[] {
  const filters = { ...(input.filters ?? {}), activeInYear: undefined };
  const measures = input.measures.filter(
    (m) => m.status !== 'cancelled' && matchesFilters(m, filters),
  );
  const out: WorseningDespiteItem[] = [];
  for (const ind of input.indicators) {
    const v = verdictOf(input.verdicts, ind.id);
    const last = v?.trendPeriods[v.trendPeriods.length - 1];
    if (!v || v.trend !== 'worsening' || !last) continue;
    const started = linkedMeasures(ind, measures, input.links)
      .filter((l) => l.measure.start_year !== null && l.measure.start_year < last.from)
      .map((l) => ({
        measure_id: l.measure.id,
        via: l.via,
        start_year: l.measure.start_year as number,
      }))
      .sort((a, b) => a.start_year - b.start_year || a.measure_id.localeCompare(b.measure_id));
    const first = started[0];
    if (!first) continue;
    const p = formatPeriod(last);
    const k = started.length;
    out.push({
      indicator_id: ind.id,
      theme_id: ind.theme_id,
      name_nb: ind.name_nb,
      name_en: ind.name_en,
      last_period: last,
      measures: started,
      reason_nb:
        k === 1
          ? `Utviklingen går i feil retning, selv om et tilknyttet tiltak startet i ${first.start_year}, før målingen i ${p}.`
          : `Utviklingen går i feil retning, selv om ${k} tilknyttede tiltak startet før målingen i ${p} (det første i ${first.start_year}).`,
      reason_en:
        k === 1
          ? `Getting worse, although a linked measure started in ${first.start_year}, before the figure for ${p}.`
          : `Getting worse, although ${k} linked measures started before the figure for ${p} (the first in ${first.start_year}).`,
    });
  }
  return out;
}

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
  verdict: CoverageVerdict['verdict'] | null;
  trend: CoverageVerdict['trend'] | null;
  /** A risk (worse or worsening) with no active linked measure. */
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

/**
 * Themes (and their indicators) × counts of linked active measures (in `filters.activeInYear ??
 * year`, passing the filters) by prevention level and by target group; a measure at two levels
 * counts once in each. Themes in input order, then indicators in input order.
 */
export function coverageMatrix(input: CoverageInput): CoverageMatrix {
  const filters = input.filters ?? {};
  const year = filters.activeInYear ?? input.year;
  const active = input.measures.filter(
    (m) => matchesFilters(m, { ...filters, activeInYear: undefined }) && isActive(m, year),
  );
  const activeById = new Map(active.map((m) => [m.id, m]));
  const levels = new Set<string>(PREVENTION_LEVELS);
  const groups = new Set<string>(TARGET_GROUPS);
  const count = (ms: readonly CoverageMeasure[]): CoverageCounts => {
    const by_level: Record<string, number> = {};
    const by_group: Record<string, number> = {};
    for (const key of PREVENTION_LEVELS) by_level[key] = 0;
    for (const key of TARGET_GROUPS) by_group[key] = 0;
    for (const m of ms) {
      const ls = splitList(m.prevention_level);
      for (const l of ls.length > 0 ? ls : [UNSPECIFIED]) {
        levels.add(l);
        by_level[l] = (by_level[l] ?? 0) + 1;
      }
      const gs = splitList(m.target_groups);
      for (const g of gs.length > 0 ? gs : [UNSPECIFIED]) {
        groups.add(g);
        by_group[g] = (by_group[g] ?? 0) + 1;
      }
    }
    return { measure_ids: ms.map((m) => m.id), by_level, by_group };
  };
  const themes = input.themes.map((t): CoverageThemeRow => {
    const inds = input.indicators.filter((i) => i.theme_id === t.id);
    const themeMeasures = new Map<string, CoverageMeasure>();
    for (const l of input.links) {
      const m = activeById.get(l.measure_id);
      if (!m) continue;
      if (l.theme_id === t.id || inds.some((i) => i.id === l.indicator_id))
        themeMeasures.set(m.id, m);
    }
    const rows = inds.map((ind): CoverageIndicatorRow => {
      const linked = linkedMeasures(ind, active, input.links);
      const v = verdictOf(input.verdicts, ind.id);
      return {
        indicator_id: ind.id,
        name_nb: ind.name_nb,
        name_en: ind.name_en,
        ...count(linked.map((l) => l.measure)),
        direct_measure_ids: linked.filter((l) => l.via === 'indicator').map((l) => l.measure.id),
        theme_measure_ids: linked.filter((l) => l.via === 'theme').map((l) => l.measure.id),
        verdict: v?.verdict ?? null,
        trend: v?.trend ?? null,
        gap: v !== undefined && severityOf(v) !== null && linked.length === 0,
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
