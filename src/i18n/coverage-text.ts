/** The coverage rules' findings in words: tiers, what lacks measures, and the measure lists. */
import type { OverdueItem } from '../domain/coverage/overdue.ts';
import { TIERS, type Tier } from '../domain/coverage/tiers.ts';
import type { UncoveredItem, UncoveredTheme } from '../domain/coverage/uncovered.ts';
import type { UnfollowedItem } from '../domain/coverage/unfollowed.ts';
import type { WorseningDespiteItem } from '../domain/coverage/worsening-despite.ts';
import { formatPeriod } from '../domain/period.ts';
import { fill, joinList } from './fill.ts';
import type { Lang } from './i18n.ts';
import { riskWords } from './risk-text.ts';

/** A tier's name ("Mulig risiko"). */
export const tierLabel = (tier: Tier, lang: Lang): string => riskWords(lang).tier[tier];

/** What a tier means, in a few words. */
export const tierHelp = (tier: Tier, lang: Lang): string => riskWords(lang).tierHelp[tier];

/** Why an indicator has no active measure ("Ingen av de 12 tilknyttede tiltakene er aktive i 2026."). */
export function noMeasureReason(
  item: Pick<UncoveredItem, 'inactiveMeasureIds'>,
  year: number,
  lang: Lang,
): string {
  const w = riskWords(lang).noMeasure;
  const k = item.inactiveMeasureIds.length;
  return fill(k === 0 ? w.none : k === 1 ? w.one : w.many, { k, year });
}

/**
 * Which plans the inactive linked measures belong to ("De hører til «Ruspolitisk handlingsplan
 * 2021–2024», som gjaldt til 2024."), or '' when there are none. Plans that all ended before the
 * year say when.
 */
export function inactivePlansNote(
  plans: readonly { title: string; to: number | null }[],
  year: number,
  lang: Lang,
): string {
  if (plans.length === 0) return '';
  const w = riskWords(lang);
  const quote = (t: string) => (lang === 'en' ? `“${t}”` : `«${t}»`);
  const names = joinList(
    plans.map((p) => quote(p.title)),
    w.and,
  );
  const ends = plans.map((p) => p.to);
  const ended = ends.every((to): to is number => to !== null && to < year);
  return ended
    ? fill(w.noMeasure.plansEnded, { plans: names, to: Math.max(...ends) })
    : fill(w.noMeasure.plans, { plans: names });
}

/** A whole theme without measures: "Rusbruk blant unge: 7 indikatorer med tall og …". */
export function uncoveredThemeLine(
  t: UncoveredTheme,
  year: number,
  lang: Lang,
  name: string,
): string {
  const w = riskWords(lang).theme;
  const n = t.indicator_ids.length;
  const k = t.inactiveMeasureIds.length;
  const head = fill(n === 1 ? w.line1 : w.line, { theme: name, n, year });
  if (k === 0) return head;
  return `${head} ${fill(k === 1 ? w.inactive1 : w.inactive, { k, year })}`;
}

/** Tier counts as words, leaving out the empty ones ("1 tydelig risiko og 2 mulig risiko"). */
export function tierCountWords(
  counts: Partial<Record<Tier, number>>,
  lang: Lang,
  only: readonly Tier[] = TIERS,
): string {
  const w = riskWords(lang);
  const parts = only
    .filter((t) => (counts[t] ?? 0) > 0)
    .map((t) => fill(w.tierCount[t], { n: counts[t] ?? 0 }));
  return joinList(parts, w.and);
}

/**
 * The headline over the tiles and the gap list: how the indicators with figures fall into tiers,
 * then how many have no active measure and how serious those are.
 */
export function coverageHeadline(
  h: { withFigures: number; tiers: Record<Tier, number>; uncovered: UncoveredItem[]; year: number },
  ref: string,
  lang: Lang,
): string {
  const w = riskWords(lang).headline;
  if (h.withFigures === 0) return w.noFigures;
  const tiers = fill(w.tiers, { n: h.withFigures, list: tierCountWords(h.tiers, lang) });
  const n = h.uncovered.length;
  if (n === 0) return `${tiers} ${fill(w.allCovered, { n: h.withFigures, year: h.year })}`;
  const risky: Partial<Record<Tier, number>> = {};
  for (const item of h.uncovered) risky[item.tier] = (risky[item.tier] ?? 0) + 1;
  const risks = tierCountWords(risky, lang, ['clear_risk', 'possible_risk']);
  const rest = risks ? fill(w.risks, { list: risks }) : fill(w.noRisk, { ref });
  return `${tiers} ${fill(n === 1 ? w.uncovered1 : w.uncovered, { n, year: h.year, rest })}`;
}

/** Why an indicator is on the "worsening despite a measure" list. */
export function despiteReason(item: WorseningDespiteItem, lang: Lang): string {
  const w = riskWords(lang).despite;
  const first = item.measures[0];
  const k = item.measures.length;
  return fill(k === 1 ? w.one : w.many, {
    k,
    start: first?.start_year ?? '',
    p: formatPeriod(item.last_period),
  });
}

/** Why a measure is overdue. */
export function overdueReason(item: OverdueItem, lang: Lang): string {
  const w = riskWords(lang).overdue;
  const said = item.due_text?.trim() ?? '';
  return fill(said ? w.dueSaid : w.due, { year: item.due_year, said });
}

/** Why a measure counts as followed by no indicator. */
export function unfollowedReason(
  item: UnfollowedItem,
  themeName: (id: string) => string,
  lang: Lang,
): string {
  const w = riskWords(lang).unfollowed;
  if (item.theme_ids.length === 0) return w.none;
  return fill(w.themes, { themes: item.theme_ids.map(themeName).join(', ') });
}
