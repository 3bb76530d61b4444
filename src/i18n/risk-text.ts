/**
 * The risk rules' verdicts in words: short labels for marks, the qualifiers after them, and full
 * sentences that name both figures, the reference, the period and the rule that decided.
 */
import { confidenceLevel } from '../domain/intervals.ts';
import { formatPeriod, type Period } from '../domain/period.ts';
import type { ReferencePlace, RiskVerdict, Trend, TrendResult } from '../domain/risk/types.ts';
import { fill, joinList } from './fill.ts';
import { formatDiff, formatFigure, formatRange, formatValue } from './format.ts';
import type { Lang } from './i18n.ts';
import { placeName } from './place-names.ts';
import type { RiskWords } from './risk-words.ts';
import { riskWordsEn } from './risk-words-en.ts';
import { riskWordsNb } from './risk-words-nb.ts';
import { riskWordsNn } from './risk-words-nn.ts';

const WORDS: Record<Lang, RiskWords> = { nb: riskWordsNb, nn: riskWordsNn, en: riskWordsEn };

/** The rule words of a language. */
export const riskWords = (lang: Lang): RiskWords => WORDS[lang];

/** How a sentence names the reference: Norway in words, a county or group by its name. */
export function referenceLabel(ref: ReferencePlace, lang: Lang): string {
  return ref.kind === 'country'
    ? WORDS[lang].country
    : (ref.names?.[lang] ?? placeName(ref.code, ref.name, lang));
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

type LabelKey = keyof RiskWords['label'];
type LabelInput = Pick<RiskVerdict, 'verdict' | 'basis' | 'difference'>;

/** Which label a verdict takes: "possibly" when no interval was known, "the same" for a tie. */
function labelKey(v: LabelInput): LabelKey {
  const possible = v.basis === 'difference';
  switch (v.verdict) {
    case 'worse':
      return possible ? 'possiblyWorse' : 'worse';
    case 'better':
      return possible ? 'possiblyBetter' : 'better';
    case 'no_certain_difference':
      return 'noCertainDifference';
    case 'about_same':
      return v.difference === 0 ? 'same' : 'aboutSame';
    case 'too_few':
      return 'tooFew';
    case 'cannot_judge':
      return 'cannotJudge';
    default:
      return v.verdict;
  }
}

/** The short label of a verdict ("Høyere enn landet", "Ingen sikker forskjell fra landet"). */
export function verdictLabel(v: RiskVerdict, lang: Lang): string {
  return fill(WORDS[lang].label[labelKey(v)], { ref: referenceLabel(v.referencePlace, lang) });
}

/** Verdicts counted by label, in the labels' order ("2 mulig verre enn landet og 1 …"). */
export function verdictCountWords(vs: readonly LabelInput[], ref: string, lang: Lang): string {
  const w = WORDS[lang];
  const counts = new Map<LabelKey, number>();
  for (const v of vs) counts.set(labelKey(v), (counts.get(labelKey(v)) ?? 0) + 1);
  const order = Object.keys(w.verdictCount) as LabelKey[];
  const parts = order
    .filter((k) => (counts.get(k) ?? 0) > 0)
    .map((k) => fill(w.verdictCount[k], { n: counts.get(k) ?? 0, ref }));
  return joinList(parts, w.and);
}

/** The words after a label: "verken bedre eller verre", "usikkerheten er ukjent". */
export function verdictQualifiers(v: RiskVerdict, lang: Lang): string[] {
  const q = WORDS[lang].qualifier;
  const out: string[] = [];
  if (v.verdict === 'higher' || v.verdict === 'lower') out.push(q.neutral);
  if (v.basis === 'difference' && v.verdict !== 'about_same') out.push(q.unknown);
  return out;
}

const pct = (share: number, lang: Lang): string => formatValue(share * 100, 'percent', lang);

/** The size of the difference: "70 % høyere", "1 prosentpoeng lavere (25 % lavere)". */
function sizeWords(v: RiskVerdict, lang: Lang): string {
  const w = WORDS[lang];
  const d = v.difference ?? 0;
  const dir = d > 0 ? w.higher : w.lower;
  const r = v.relativeDifference;
  const rel =
    r === null
      ? null
      : Math.abs(r) < 0.005
        ? w.size.underOne
        : formatValue(Math.round(Math.abs(r) * 100), 'percent', lang);
  if (v.unit === 'percent') {
    const points = formatDiff(d, 'percent', lang);
    return rel === null
      ? fill(w.size.pointsOnly, { points, dir })
      : fill(w.size.points, { points, dir, rel });
  }
  return rel === null ? dir : fill(w.size.relative, { rel, dir });
}

const periodOf = (o: { period_from: number; period_to: number }): Period => ({
  from: o.period_from,
  to: o.period_to,
});

/** The rule that decided, as a sentence. */
function ruleWords(v: RiskVerdict, lang: Lang, ref: string): string {
  const w = WORDS[lang].rule;
  const tol = pct(v.rule.tolerance, lang);
  const level = Math.round(confidenceLevel(v.rule.z));
  const range = v.interval ? formatRange(v.interval[0], v.interval[1], v.unit, lang) : '';
  const vars = { level, range, ref, tol };
  if (v.verdict === 'about_same') return fill(w.inside, vars);
  if (v.basis === 'difference') return fill(w.unknown, vars);
  if (v.verdict === 'no_certain_difference') return fill(w.includes, vars);
  return fill(v.direction === 'higher' ? w.above : w.below, vars);
}

/**
 * The verdict in one or more sentences, naming both figures, the reference, the period and the
 * rule that decided ("Høyere enn landet: 96,8 mot 56,8 per 1 000 for landet i 2013–2015, 70 %
 * høyere. Usikkerheten er ukjent, …").
 */
export function verdictSentence(v: RiskVerdict, lang: Lang): string {
  const w = WORDS[lang];
  const ref = referenceLabel(v.referencePlace, lang);
  const label = verdictLabel(v, lang);
  const latest = v.latest;
  const p = latest ? formatPeriod(periodOf(latest)) : '';
  const fig = (x: number) => formatFigure(x, v.unit, lang);
  const vv = latest?.value !== null && latest?.value !== undefined ? fig(latest.value) : '';
  const compared = v.referenceValue !== null && v.reference !== null;
  const figures = compared
    ? fill(v.referenceExact ? w.figures.exact : w.figures.near, {
        v: vv,
        rv: fig(v.referenceValue as number),
        ref,
        p,
        rp: formatPeriod(periodOf(v.reference as NonNullable<RiskVerdict['reference']>)),
      })
    : '';
  if (v.verdict === 'too_few' || v.verdict === 'cannot_judge') {
    const reason = v.reason ?? 'no_data';
    const within = v.rule.referenceWithinYears;
    const tpl =
      reason === 'no_reference' && within !== 1
        ? w.notJudged.no_reference_within
        : w.notJudged[reason];
    const n =
      reason === 'small_numerator'
        ? v.numerator
        : reason === 'few_members'
          ? (v.reference?.members ?? null)
          : v.sampleSize;
    const min =
      reason === 'small_numerator'
        ? v.rule.smallNumerator
        : reason === 'few_members'
          ? (v.rule.minGroupMembers ?? 0)
          : v.rule.minRespondents;
    const why = fill(tpl, { place: v.placeName, p, n: n ?? '', min, ref, v: vv, within });
    return `${label}: ${why}${figures ? ` ${cap(figures)}.` : ''}`;
  }
  const periodNote =
    compared && !v.referenceExact
      ? ` ${fill(w.rule.periodNote, { ref, p, rp: formatPeriod(periodOf(v.reference as NonNullable<RiskVerdict['reference']>)) })}`
      : '';
  if (v.difference === 0) return `${label}: ${fill(w.figures.equal, { v: vv, p })}.${periodNote}`;
  const neutral = v.verdict === 'higher' || v.verdict === 'lower' ? ` ${w.rule.neutral}` : '';
  return `${label}: ${figures}, ${sizeWords(v, lang)}. ${ruleWords(v, lang, ref)}${neutral}${periodNote}`;
}

/** The trend's short label ("Stabil", "Utvikler seg i feil retning"). */
export const trendLabel = (trend: Trend, lang: Lang): string => WORDS[lang].trendLabel[trend];

/** The trend in one plain sentence ("Utviklingen de siste tre målingene (2015–2020): bedre."). */
export function trendSentence(t: Pick<TrendResult, 'trend' | 'periods'>, lang: Lang): string {
  const w = WORDS[lang];
  const n = t.periods.length;
  const k = w.numbers[n] ?? String(n);
  if (t.trend === 'unknown') {
    if (n === 0) return w.trend.none;
    if (n === 1) return w.trend.one;
    return fill(w.trend.few, { k });
  }
  const first = t.periods[0];
  const last = t.periods[n - 1];
  const span = first && last ? formatPeriod({ from: first.from, to: last.to }) : '';
  return fill(w.trend.over, { k, span, word: w.trendWord[t.trend] });
}

/** A verdict's trend sentence. */
export const verdictTrendSentence = (v: RiskVerdict, lang: Lang): string =>
  trendSentence({ trend: v.trend, periods: v.trendPeriods }, lang);
