import type { SeriesRow } from '../sql/rows.ts';
import { rowsToSeries, type ChartSeries } from '../charts/series.ts';
import { NORWAY } from '../domain/contract.ts';
import { translate, translateMaybe, type Lang } from '../i18n/i18n.ts';
import type { TrendSlide } from '../queries/slide-data.ts';

/** An age group in words: a known one (`age.grade_8_10`), else `0_17` → "0–17 år", `18_plus` → "18 år og over". */
export function ageLabel(age: string, lang: Lang): string {
  const known = translateMaybe(lang, `age.${age}`);
  if (known) return known;
  const range = /^(\d+)_(\d+)$/.exec(age);
  if (range) return translate(lang, 'mote.ageRange', { from: range[1] ?? '', to: range[2] ?? '' });
  const plus = /^(\d+)_plus$/.exec(age);
  if (plus) return translate(lang, 'mote.agePlus', { from: plus[1] ?? '' });
  return age;
}

/**
 * A line's label on a slide: the place (Norway in English), with the sex when it is not "all",
 * and the age when the place has lines for several ages.
 */
export function slideSeriesLabel(r: SeriesRow, lang: Lang, withAge = false): string {
  const place = r.geo_code === NORWAY ? translate(lang, 'mote.norway') : r.geo_name;
  const extra = [
    r.sex !== 'all' ? translateMaybe(lang, `sex.${r.sex}`) : null,
    withAge ? ageLabel(r.age, lang) : null,
  ].filter(Boolean);
  return extra.length > 0 ? `${place} (${extra.join(', ')})` : place;
}

/** The lines of a pinned chart: the place first, then its county and Norway. */
export function slideSeries(slide: TrendSlide, lang: Lang): ChartSeries[] {
  const ages = new Map<string, Set<string>>();
  for (const r of slide.rows) {
    ages.set(r.geo_code, (ages.get(r.geo_code) ?? new Set()).add(r.age));
  }
  return rowsToSeries(slide.rows, slide.place.code, (r) =>
    slideSeriesLabel(r, lang, (ages.get(r.geo_code)?.size ?? 0) > 1),
  );
}

/** The place's own line: its all-sexes series if there is one, else its first. */
export function mainSeries(series: readonly ChartSeries[]): ChartSeries | null {
  const main = series.filter((s) => s.role === 'main');
  return main.find((s) => s.key.split('|')[1] === 'all') ?? main[0] ?? null;
}
