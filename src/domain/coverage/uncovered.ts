import { filteredMeasures, isActive, linkedMeasures } from './measures.ts';
import { compareWithinTier, hasFigures, isContext, TIERS, tierOf, type Tier } from './tiers.ts';
import {
  verdictOf,
  type CoverageInput,
  type CoverageTheme,
  type CoverageVerdict,
} from './types.ts';

/** An indicator with figures for the place and no active measure in the year. */
export interface UncoveredItem {
  indicator_id: string;
  theme_id: string;
  name_nb: string;
  name_en: string;
  tier: Tier;
  verdict: CoverageVerdict;
  /** Measures linked to it (directly or via its theme, passing the filters) that are not active in the year. */
  inactiveMeasureIds: string[];
}

/** A theme whose every indicator with figures has no active measure in the year. */
export interface UncoveredTheme {
  theme_id: string;
  name_nb: string;
  name_en: string;
  /** Its indicators with figures, all without an active measure. */
  indicator_ids: string[];
  /** How many of them fall in each tier. */
  tiers: Record<Tier, number>;
  /** Measures linked to the theme or its indicators that are not active in the year. */
  inactiveMeasureIds: string[];
}

/** What has figures and no active measure: the items ranked by tier, and the whole themes. */
export interface Uncovered {
  year: number;
  /** Indicators with figures for the place (the denominator of the headline). */
  withFigures: number;
  items: UncoveredItem[];
  themes: UncoveredTheme[];
}

const zeroTiers = (): Record<Tier, number> =>
  Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;

/**
 * Every indicator that has figures for the place and no active linked measure (directly or via
 * its theme, counting only measures that pass the filters) in `filters.activeInYear ?? year`,
 * ranked by tier (clear risk first) and within a tier by how serious; plus the themes none of
 * whose indicators with figures has an active measure. Nothing with figures is left out.
 */
export function uncovered(
  input: Pick<
    CoverageInput,
    'indicators' | 'verdicts' | 'measures' | 'links' | 'year' | 'filters'
  > & { themes?: readonly CoverageTheme[] },
): Uncovered {
  const filters = input.filters ?? {};
  const year = filters.activeInYear ?? input.year;
  const measures = filteredMeasures(input.measures, filters);
  const items: UncoveredItem[] = [];
  const covered = new Set<string>();
  let withFigures = 0;
  for (const ind of input.indicators) {
    const v = verdictOf(input.verdicts, ind.id);
    if (!v || !hasFigures(v) || isContext(ind)) continue;
    withFigures++;
    const linked = linkedMeasures(ind, measures, input.links);
    if (linked.some((l) => isActive(l.measure, year))) {
      covered.add(ind.theme_id);
      continue;
    }
    items.push({
      indicator_id: ind.id,
      theme_id: ind.theme_id,
      name_nb: ind.name_nb,
      name_en: ind.name_en,
      tier: tierOf(v),
      verdict: v,
      inactiveMeasureIds: linked.map((l) => l.measure.id),
    });
  }
  const rank = (t: Tier) => TIERS.indexOf(t);
  const ordered = items
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) =>
        rank(a.item.tier) - rank(b.item.tier) ||
        (rank(a.item.tier) <= rank('notable_difference')
          ? compareWithinTier(a.item.verdict, b.item.verdict)
          : 0) ||
        a.i - b.i,
    )
    .map((x) => x.item);
  return { year, withFigures, items: ordered, themes: wholeThemes(items, covered, input.themes) };
}

/** The themes with figures where no indicator has an active measure, in the order they first appear. */
function wholeThemes(
  items: readonly UncoveredItem[],
  covered: ReadonlySet<string>,
  themes: readonly CoverageTheme[] = [],
): UncoveredTheme[] {
  const byId = new Map<string, UncoveredTheme>();
  for (const item of items) {
    if (covered.has(item.theme_id)) continue;
    let t = byId.get(item.theme_id);
    if (!t) {
      const theme = themes.find((x) => x.id === item.theme_id);
      t = {
        theme_id: item.theme_id,
        name_nb: theme?.name_nb ?? item.theme_id,
        name_en: theme?.name_en ?? item.theme_id,
        indicator_ids: [],
        tiers: zeroTiers(),
        inactiveMeasureIds: [],
      };
      byId.set(item.theme_id, t);
    }
    t.indicator_ids.push(item.indicator_id);
    t.tiers[item.tier]++;
    for (const id of item.inactiveMeasureIds)
      if (!t.inactiveMeasureIds.includes(id)) t.inactiveMeasureIds.push(id);
  }
  return [...byId.values()];
}

/** How many indicators with figures fall in each tier (all of them, covered or not). */
export function tierCounts(
  indicators: readonly { id: string; theme_id: string }[],
  verdicts: CoverageInput['verdicts'],
): Record<Tier, number> {
  const out = zeroTiers();
  for (const ind of indicators) {
    if (isContext(ind)) continue;
    const v = verdictOf(verdicts, ind.id);
    if (v && hasFigures(v)) out[tierOf(v)]++;
  }
  return out;
}
