/**
 * The `risk` rules (DESIGN.md, "Derived"): a place's latest figure against a reference (Norway, its
 * county or a comparison group) and the direction of its recent trend, with plain-language
 * sentences in bokmål and English. Pure functions; docs/how-we-judge.md states the rules in words.
 */
import { NORWAY, type Polarity } from './contract.ts';
import { formatPeriod, periodMid, type Period } from './period.ts';
import { formatValue } from '../i18n/format.ts';
import type { Lang } from '../i18n/i18n.ts';
import {
  confidenceLevel,
  observationInterval,
  Z95,
  type IntervalMethod,
  type Obs,
} from './intervals.ts';

/** An observation row (contract names), as the rules read it. */
export type { Obs } from './intervals.ts';

/** Which place a municipality is compared with. */
export type ReferenceKind = 'country' | 'county' | 'group';

/** The thresholds of the risk rules; all are user settings (see docs/how-we-judge.md). */
export interface RiskSettings {
  /** What to compare with: Norway, the municipality's county, or a comparison group. */
  reference: ReferenceKind;
  /** The `geo` code of the comparison group when `reference` is 'group'. */
  groupCode: string | null;
  /** Fewer respondents than this (or, for a share with no respondents, a smaller denominator): cannot judge. */
  minRespondents: number;
  /** z of the two-sided interval (1.96 = 95 %). */
  z: number;
  /** Judge a figure that has no interval by the size of the difference alone ('appears worse'). */
  judgeWithoutInterval: boolean;
  /** Without an interval, a relative difference of at least this (0.10 = 10 %) counts as a difference. */
  differenceThreshold: number;
  /** A reference period may end this many years from the place's period when none matches exactly. */
  referenceToleranceYears: number;
  /** The trend needs at least this many figures. */
  trendMinPeriods: number;
  /** The trend uses at most this many of the latest figures. */
  trendWindow: number;
  /** A fitted change smaller than this share of the mean level (0.05 = 5 %) is flat. */
  flatRelative: number;
  /** For percent: a fitted change smaller than this many percentage points is flat. */
  flatPoints: number;
}

/** The default settings. */
export const DEFAULT_RISK_SETTINGS: Readonly<RiskSettings> = Object.freeze({
  reference: 'country',
  groupCode: null,
  minRespondents: 20,
  z: Z95,
  judgeWithoutInterval: true,
  differenceThreshold: 0.1,
  referenceToleranceYears: 1,
  trendMinPeriods: 3,
  trendWindow: 3,
  flatRelative: 0.05,
  flatPoints: 1,
});

/** The defaults with some settings replaced. */
export function riskSettings(partial: Partial<RiskSettings> = {}): RiskSettings {
  return { ...DEFAULT_RISK_SETTINGS, ...partial };
}

/** The `geo` code to compare with under these settings (null: a group was chosen but none set). */
export function referenceCode(settings: RiskSettings, countyCode: string | null): string | null {
  if (settings.reference === 'country') return NORWAY;
  if (settings.reference === 'county') return countyCode;
  return settings.groupCode;
}

/** The place against the reference, in the indicator's own sense of better and worse. */
export type Verdict = 'worse' | 'better' | 'similar' | 'cannot_judge';
/** Why a figure cannot be judged. */
export type VerdictReason =
  'no_data' | 'suppressed' | 'too_few' | 'no_reference' | 'no_uncertainty';
/** 'interval': the uncertainty interval decided; 'difference': no interval, the size of the difference did. */
export type Basis = 'interval' | 'difference';
/** rising/falling are used only for neutral indicators, where up is neither better nor worse. */
export type Trend = 'worsening' | 'improving' | 'flat' | 'rising' | 'falling' | 'unknown';
/** Why there is no trend: no figures, or fewer than the trend needs. */
export type TrendReason = 'no_data' | 'one_period' | 'two_periods' | 'too_few_periods';

/** The indicator fields the rules read. */
export interface RiskIndicator {
  id: string;
  unit: string;
  polarity: Polarity | string;
  name_nb: string;
  name_en: string;
}

/** One place, one indicator, one sex and age: its figures and the reference place's figures. */
export interface RiskInput {
  indicator: RiskIndicator;
  series: readonly Obs[];
  reference: readonly Obs[];
  referenceName: string;
  /** The reference's name in English sentences (Norge → Norway); defaults to referenceName. */
  referenceName_en?: string;
  placeName: string;
}

/** The outcome of the rules for one place × indicator, with the evidence and the sentences. */
export interface RiskVerdict {
  indicatorId: string;
  placeName: string;
  referenceName: string;
  verdict: Verdict;
  /** Why the figure cannot be judged (only with verdict 'cannot_judge'). */
  reason?: VerdictReason;
  /** What decided the verdict (null when it cannot be judged). */
  basis: Basis | null;
  intervalMethod: IntervalMethod | null;
  /** The place's figure against the reference's, regardless of polarity. */
  direction: 'higher' | 'lower' | 'same' | null;
  /** The latest figure (ok, or the suppressed one that stopped the judgement). */
  latest: Obs | null;
  reference: Obs | null;
  referenceValue: number | null;
  /** false when the reference figure is for a nearby period, not the same one. */
  referenceExact: boolean | null;
  /** value − reference, in the unit (percentage points for percent). */
  difference: number | null;
  /** (value − reference) / |reference|; null when the reference is 0. */
  relativeDifference: number | null;
  /** relativeDifference signed so that positive is worse (null for neutral indicators). */
  worseBy: number | null;
  interval: [number, number] | null;
  trend: Trend;
  trendReason?: TrendReason;
  /** Least-squares slope per year over the trend's figures. */
  trendSlope: number | null;
  /** The periods the trend used, oldest first. */
  trendPeriods: Period[];
  sentence_nb: string;
  sentence_en: string;
  trendSentence_nb: string;
  trendSentence_en: string;
}

const isNum = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);
const isOk = (o: Obs): boolean => o.status === 'ok' && isNum(o.value);
const periodOf = (o: Obs): Period => ({ from: o.period_from, to: o.period_to });
const byPeriod = (a: Obs, b: Obs): number =>
  a.period_to - b.period_to || a.period_from - b.period_from;

/** The figure with its unit in words (`14 %`, `8,4 per 1 000`), as sentences show it. */
export function formatFigure(value: number, unit: string, lang: Lang): string {
  return formatValue(value, unit, lang) + perSuffix(unit, lang);
}

/** A range of figures with the unit once (`14–22 %`, `4,8–18,4 per 1 000`). */
export function formatRange(low: number, high: number, unit: string, lang: Lang): string {
  const bare = (v: number) => formatValue(v, unit === 'percent' ? 'ratio' : unit, lang);
  const range = `${bare(low)}–${bare(high)}`;
  if (unit === 'percent') return lang === 'nb' ? `${range} %` : `${range}%`;
  return range + perSuffix(unit, lang);
}

function perSuffix(unit: string, lang: Lang): string {
  if (unit === 'per_1000') return lang === 'nb' ? ' per 1\u00a0000' : ' per 1,000';
  if (unit === 'per_10000') return lang === 'nb' ? ' per 10\u00a0000' : ' per 10,000';
  return '';
}

const NB_NUM = ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti'];
const EN_NUM = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];
const numberWord = (n: number, lang: Lang): string =>
  (lang === 'nb' ? NB_NUM[n] : EN_NUM[n]) ?? String(n);

/** The latest status-ok figure of a series, or null. */
export function latestOk(series: readonly Obs[]): Obs | null {
  const ok = series.filter(isOk).sort(byPeriod);
  return ok[ok.length - 1] ?? null;
}

/**
 * The reference figure for a period: the same period (from and to) if it has an ok figure, else the
 * ok figure whose period ends closest (within `tolerance` years; on a tie the later one).
 */
export function matchReference(
  reference: readonly Obs[],
  period: Period,
  tolerance: number,
): { obs: Obs; exact: boolean } | null {
  const ok = reference.filter(isOk);
  const exact = ok.find((o) => o.period_from === period.from && o.period_to === period.to);
  if (exact) return { obs: exact, exact: true };
  const mid = periodMid(period);
  const near = ok
    .filter((o) => Math.abs(o.period_to - period.to) <= tolerance)
    .sort(
      (a, b) =>
        Math.abs(a.period_to - period.to) - Math.abs(b.period_to - period.to) ||
        Math.abs(periodMid(periodOf(a)) - mid) - Math.abs(periodMid(periodOf(b)) - mid) ||
        b.period_to - a.period_to,
    );
  const best = near[0];
  return best ? { obs: best, exact: false } : null;
}

/** The result of the trend rule. */
export interface TrendResult {
  trend: Trend;
  reason?: TrendReason;
  slope: number | null;
  periods: Period[];
}

/**
 * The trend over the latest `trendWindow` ok figures (at least `trendMinPeriods`): the sign of the
 * least-squares slope against period midpoints, flat when the fitted change over the span is below
 * `flatRelative` of the mean level or (percent) below `flatPoints` points; polarity gives the words.
 */
export function judgeTrend(
  series: readonly Obs[],
  unit: string,
  polarity: string,
  settings: RiskSettings = DEFAULT_RISK_SETTINGS,
): TrendResult {
  const ok = series.filter(isOk).sort(byPeriod);
  const pts = ok.slice(-Math.max(settings.trendWindow, settings.trendMinPeriods));
  const periods = pts.map(periodOf);
  if (pts.length < Math.max(2, settings.trendMinPeriods)) {
    const reason: TrendReason =
      pts.length === 0
        ? 'no_data'
        : pts.length === 1
          ? 'one_period'
          : pts.length === 2
            ? 'two_periods'
            : 'too_few_periods';
    return { trend: 'unknown', reason, slope: null, periods };
  }
  const xs = pts.map((o) => periodMid(periodOf(o)));
  const ys = pts.map((o) => o.value as number);
  const n = pts.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    sxy += dx * ((ys[i] as number) - my);
    sxx += dx * dx;
  }
  if (sxx === 0) return { trend: 'unknown', reason: 'too_few_periods', slope: null, periods };
  const slope = sxy / sxx;
  const change = slope * (Math.max(...xs) - Math.min(...xs));
  const flat =
    change === 0 ||
    Math.abs(change) < settings.flatRelative * Math.abs(my) ||
    (unit === 'percent' && Math.abs(change) < settings.flatPoints);
  if (flat) return { trend: 'flat', slope, periods };
  const up = change > 0;
  const trend: Trend =
    polarity === 'higher_worse'
      ? up
        ? 'worsening'
        : 'improving'
      : polarity === 'higher_better'
        ? up
          ? 'improving'
          : 'worsening'
        : up
          ? 'rising'
          : 'falling';
  return { trend, slope, periods };
}

/** The trend in one plain sentence ("Utviklingen de siste tre målingene (2015–2020): bedre."). */
export function trendSentence(t: TrendResult, lang: Lang): string {
  const nb = lang === 'nb';
  if (t.trend === 'unknown') {
    const k = t.periods.length;
    if (k === 0)
      return nb ? 'Utviklingen kan ikke vurderes: ingen målinger.' : 'No trend: no figures.';
    if (k === 1)
      return nb
        ? 'Utviklingen kan ikke vurderes: bare én måling.'
        : 'No trend yet: only one figure.';
    return nb
      ? `Utviklingen kan ikke vurderes: bare ${numberWord(k, lang)} målinger.`
      : `No trend yet: only ${numberWord(k, lang)} figures.`;
  }
  const first = t.periods[0];
  const last = t.periods[t.periods.length - 1];
  const span = first && last ? formatPeriod({ from: first.from, to: last.to }) : '';
  const k = numberWord(t.periods.length, lang);
  const word = nb
    ? {
        worsening: 'verre',
        improving: 'bedre',
        flat: 'omtrent uendret',
        rising: 'økende (verken bedre eller verre for denne indikatoren)',
        falling: 'synkende (verken bedre eller verre for denne indikatoren)',
      }[t.trend]
    : {
        worsening: 'worse',
        improving: 'better',
        flat: 'about the same',
        rising: 'rising (neither better nor worse for this indicator)',
        falling: 'falling (neither better nor worse for this indicator)',
      }[t.trend];
  return nb
    ? `Utviklingen de siste ${k} målingene (${span}): ${word}.`
    : `The trend over the last ${k} figures (${span}): ${word}.`;
}

/** The size of the sample behind a share: respondents, else (percent) the denominator. */
function sampleSize(o: Obs, unit: string): number | null {
  if (isNum(o.respondents)) return o.respondents;
  if (unit === 'percent' && isNum(o.denominator)) return o.denominator;
  return null;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Judges one place × indicator (one sex and age) against the reference: the latest ok figure
 * against the reference's figure for the same period (or the nearest one ending within a year),
 * by the uncertainty interval when there is one, else by the size of the difference; plus the trend.
 */
export function judgeRisk(
  input: RiskInput,
  settings: RiskSettings = DEFAULT_RISK_SETTINGS,
): RiskVerdict {
  const { indicator, referenceName: ref, placeName: place } = input;
  const refEn = input.referenceName_en ?? ref;
  const unit = indicator.unit;
  const polarity = indicator.polarity;
  const trend = judgeTrend(input.series, unit, polarity, settings);
  const base: RiskVerdict = {
    indicatorId: indicator.id,
    placeName: place,
    referenceName: ref,
    verdict: 'cannot_judge',
    basis: null,
    intervalMethod: null,
    direction: null,
    latest: null,
    reference: null,
    referenceValue: null,
    referenceExact: null,
    difference: null,
    relativeDifference: null,
    worseBy: null,
    interval: null,
    trend: trend.trend,
    trendSlope: trend.slope,
    trendPeriods: trend.periods,
    sentence_nb: '',
    sentence_en: '',
    trendSentence_nb: trendSentence(trend, 'nb'),
    trendSentence_en: trendSentence(trend, 'en'),
  };
  if (trend.reason) base.trendReason = trend.reason;
  const cannot = (reason: VerdictReason, nb: string, en: string, latest: Obs | null = null) => ({
    ...base,
    reason,
    latest,
    sentence_nb: `Kan ikke vurderes: ${nb}`,
    sentence_en: `Cannot be judged: ${en}`,
  });

  // Missing rows are placeholders; the latest ok or suppressed row decides what can be said.
  const rows = input.series.filter((o) => isOk(o) || o.status === 'suppressed').sort(byPeriod);
  const last = rows[rows.length - 1];
  if (!last) {
    return cannot(
      'no_data',
      `${place} har ingen tall for denne indikatoren.`,
      `${place} has no figures for this indicator.`,
    );
  }
  if (!isOk(last)) {
    const p = formatPeriod(periodOf(last));
    return cannot(
      'suppressed',
      `tallet for ${p} er skjult fordi det bygger på for få personer.`,
      `the figure for ${p} is hidden because it is based on too few people.`,
      last,
    );
  }
  const latest = last;
  const value = latest.value as number;
  const period = periodOf(latest);
  const p = formatPeriod(period);
  const n = sampleSize(latest, unit);
  if (n !== null && n < settings.minRespondents) {
    return cannot(
      'too_few',
      `bare ${n} svarte i ${p} (minst ${settings.minRespondents} trengs).`,
      `only ${n} answered in ${p} (at least ${settings.minRespondents} are needed).`,
      latest,
    );
  }
  const match = matchReference(input.reference, period, settings.referenceToleranceYears);
  if (!match) {
    return cannot(
      'no_reference',
      `${ref} har ikke tall for ${p} eller året før eller etter.`,
      `${refEn} has no figure for ${p} or a year either side.`,
      latest,
    );
  }
  const refValue = match.obs.value as number;
  const difference = value - refValue;
  const relativeDifference = refValue === 0 ? null : difference / Math.abs(refValue);
  const ci = observationInterval(latest, unit, settings.z);
  const interval: [number, number] | null = ci ? [ci.low, ci.high] : null;
  const withEvidence = {
    ...base,
    latest,
    reference: match.obs,
    referenceValue: refValue,
    referenceExact: match.exact,
    difference,
    relativeDifference,
    interval,
    intervalMethod: ci?.method ?? null,
  };
  if (!ci && !settings.judgeWithoutInterval) {
    const c = cannot(
      'no_uncertainty',
      `usikkerheten i tallet for ${p} er ukjent.`,
      `the uncertainty of the figure for ${p} is unknown.`,
      latest,
    );
    return {
      ...withEvidence,
      reason: c.reason,
      sentence_nb: c.sentence_nb,
      sentence_en: c.sentence_en,
    };
  }

  // Higher, lower or the same as the reference, by the interval or else by the difference.
  const basis: Basis = ci ? 'interval' : 'difference';
  let direction: 'higher' | 'lower' | 'same';
  if (difference === 0) direction = 'same';
  else if (ci) direction = ci.low > refValue ? 'higher' : ci.high < refValue ? 'lower' : 'same';
  else {
    const big =
      relativeDifference === null || Math.abs(relativeDifference) >= settings.differenceThreshold;
    direction = big ? (difference > 0 ? 'higher' : 'lower') : 'same';
  }
  const worseSign = polarity === 'higher_worse' ? 1 : polarity === 'higher_better' ? -1 : 0;
  const verdict: Verdict =
    direction === 'same' || worseSign === 0
      ? 'similar'
      : (direction === 'higher') === worseSign > 0
        ? 'worse'
        : 'better';
  const worseBy =
    worseSign === 0 || relativeDifference === null ? null : worseSign * relativeDifference;

  const sentence = (lang: Lang): string => {
    const nb = lang === 'nb';
    const name = nb ? ref : refEn;
    const v = formatFigure(value, unit, lang);
    const rv = formatFigure(refValue, unit, lang);
    const rp = formatPeriod(periodOf(match.obs));
    const periodNote = match.exact
      ? ''
      : nb
        ? ` Tallet for ${name} er fra ${rp}, fordi ${name} ikke har tall for ${p}.`
        : ` The figure for ${name} is from ${rp}, because ${name} has no figure for ${p}.`;
    const level = Math.round(confidenceLevel(settings.z));
    const range = interval ? formatRange(interval[0], interval[1], unit, lang) : '';
    const neutralNote = nb
      ? ' For denne indikatoren er høyere verken bedre eller verre.'
      : ' For this indicator, higher is neither better nor worse.';

    if (difference === 0) {
      return nb
        ? `Samme som ${name}: begge har ${v} i ${p}.${periodNote}`
        : `Same as ${name}: both have ${v} in ${p}.${periodNote}`;
    }
    if (basis === 'interval') {
      const where = nb
        ? direction === 'higher'
          ? 'ligger over'
          : direction === 'lower'
            ? 'ligger under'
            : 'omfatter'
        : direction === 'higher'
          ? 'lies above'
          : direction === 'lower'
            ? 'lies below'
            : 'includes';
      const evidence = nb
        ? `${place} har ${v} i ${p}, og ${level} %-intervallet ${range} ${where} tallet for ${name}, ${rv}.`
        : `${place} has ${v} in ${p}, and the ${level}% interval ${range} ${where} the figure for ${name}, ${rv}.`;
      const head =
        verdict === 'worse'
          ? nb
            ? `Verre enn ${name}`
            : `Worse than ${name}`
          : verdict === 'better'
            ? nb
              ? `Bedre enn ${name}`
              : `Better than ${name}`
            : direction === 'higher'
              ? nb
                ? `Høyere enn ${name}`
                : `Higher than ${name}`
              : direction === 'lower'
                ? nb
                  ? `Lavere enn ${name}`
                  : `Lower than ${name}`
                : nb
                  ? `Omtrent som ${name}`
                  : `About the same as ${name}`;
      const note = worseSign === 0 && direction !== 'same' ? neutralNote : '';
      return `${head}: ${evidence}${note}${periodNote}`;
    }
    // No interval: the size of the difference decided; say so.
    const figures = match.exact
      ? nb
        ? `${v} mot ${rv} i ${p}; usikkerheten er ukjent.`
        : `${v} against ${rv} in ${p}; the uncertainty is unknown.`
      : nb
        ? `${v} i ${p} mot ${rv} i ${rp}; usikkerheten er ukjent.`
        : `${v} in ${p} against ${rv} in ${rp}; the uncertainty is unknown.`;
    const hl = nb
      ? direction === 'higher'
        ? 'høyere'
        : 'lavere'
      : direction === 'higher'
        ? 'higher'
        : 'lower';
    const thr = formatValue(settings.differenceThreshold * 100, 'percent', lang);
    if (verdict === 'worse' || verdict === 'better') {
      const wb = nb
        ? verdict === 'worse'
          ? 'verre'
          : 'bedre'
        : verdict === 'worse'
          ? 'worse'
          : 'better';
      return nb
        ? `Ser ut til å være ${wb} enn ${name}: ${hl}, ${figures}${periodNote}`
        : `Appears ${wb} than ${name}: ${hl}, ${figures}${periodNote}`;
    }
    if (direction === 'same') {
      return nb
        ? `Ser ut til å være omtrent som ${name} (under ${thr} forskjell): ${figures}${periodNote}`
        : `Appears about the same as ${name} (less than ${thr} apart): ${figures}${periodNote}`;
    }
    return nb
      ? `${cap(hl)} enn ${name}: ${figures}${neutralNote}${periodNote}`
      : `${cap(hl)} than ${name}: ${figures}${neutralNote}${periodNote}`;
  };

  return {
    ...withEvidence,
    verdict,
    basis,
    direction,
    worseBy,
    sentence_nb: sentence('nb'),
    sentence_en: sentence('en'),
  };
}
