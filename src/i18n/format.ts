import type { Lang } from './i18n.ts';

/** Formats a figure in the unit it is measured in, Norwegian or English style (`12,5 %` / `12.5%`). */
export function formatValue(value: number, unit: string, lang: Lang): string {
  const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
  const digits = unit === 'count' ? 0 : Number.isInteger(value) ? 0 : 1;
  const n = value.toLocaleString(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: unit === 'count' ? 0 : 1,
  });
  if (unit === 'percent') return lang === 'nb' ? `${n} %` : `${n}%`;
  return n;
}

/** A difference between two figures, in the unit's own words (percentage points for percent). */
export function formatDiff(diff: number, unit: string, lang: Lang): string {
  const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
  const n = Math.abs(diff).toLocaleString(locale, { maximumFractionDigits: 1 });
  if (unit === 'percent') return lang === 'nb' ? `${n} prosentpoeng` : `${n} percentage points`;
  return n;
}
