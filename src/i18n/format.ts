import { joinList } from './fill.ts';
import { localeOf, type Lang } from './lang.ts';

/** Formats a figure in the unit it is measured in, Norwegian (bokmål and nynorsk alike) or English style (`12,5 %` / `12.5%`). */
export function formatValue(value: number, unit: string, lang: Lang): string {
  const locale = localeOf(lang);
  const digits = unit === 'count' ? 0 : Number.isInteger(value) ? 0 : 1;
  const n = value.toLocaleString(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: unit === 'count' ? 0 : 1,
  });
  if (unit === 'percent') return lang === 'en' ? `${n}%` : `${n} %`;
  return n;
}

/** A difference between two figures, in the unit's own words (percentage points for percent). */
export function formatDiff(diff: number, unit: string, lang: Lang): string {
  const locale = localeOf(lang);
  const n = Math.abs(diff).toLocaleString(locale, { maximumFractionDigits: 1 });
  if (unit === 'percent') return lang === 'en' ? `${n} percentage points` : `${n} prosentpoeng`;
  return n;
}

function perSuffix(unit: string, lang: Lang): string {
  if (unit === 'per_1000') return lang === 'en' ? ' per 1,000' : ' per 1\u00a0000';
  if (unit === 'per_10000') return lang === 'en' ? ' per 10,000' : ' per 10\u00a0000';
  if (unit === 'per_100000') return lang === 'en' ? ' per 100,000' : ' per 100\u00a0000';
  return '';
}

/** The figure with its unit in words (`14 %`, `8,4 per 1 000`), as sentences show it. */
export function formatFigure(value: number, unit: string, lang: Lang): string {
  return formatValue(value, unit, lang) + perSuffix(unit, lang);
}

/** A range of figures with the unit once (`14–22 %`, `4,8–18,4 per 1 000`). */
export function formatRange(low: number, high: number, unit: string, lang: Lang): string {
  const bare = (v: number) => formatValue(v, unit === 'percent' ? 'ratio' : unit, lang);
  const range = `${bare(low)}–${bare(high)}`;
  if (unit === 'percent') return lang === 'en' ? `${range}%` : `${range} %`;
  return range + perSuffix(unit, lang);
}

/** `a`, `a og b`, `a, b og c` (`and` in English; bokmål and nynorsk both say `og`). */
export function listWords(items: readonly string[], lang: Lang): string {
  return joinList(items, lang === 'en' ? ' and ' : ' og ');
}
