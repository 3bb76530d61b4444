import { NORWAY } from '../domain/contract.ts';
import { placeName, translate, translateMaybe, type Lang } from '../i18n/i18n.ts';
import type { SeriesRow } from '../sql/rows.ts';
import type { SeriesLabels } from './series.ts';

/**
 * An age group in words: a known one (`age.grade_8_10`), else `0_17` → "0–17 år", `18_plus` →
 * "18 år og over", `grade_7` → "7. trinn", `grade_5_7` → "5.–7. trinn".
 */
export function ageLabel(age: string, lang: Lang): string {
  const known = translateMaybe(lang, `age.${age}`);
  if (known) return known;
  const range = /^(\d+)_(\d+)$/.exec(age);
  if (range) return translate(lang, 'mote.ageRange', { from: range[1] ?? '', to: range[2] ?? '' });
  const plus = /^(\d+)_plus$/.exec(age);
  if (plus) return translate(lang, 'mote.agePlus', { from: plus[1] ?? '' });
  const grades = /^grade_(\d+)_(\d+)$/.exec(age);
  if (grades)
    return translate(lang, 'mote.gradeRange', { from: grades[1] ?? '', to: grades[2] ?? '' });
  const grade = /^grade_(\d+)$/.exec(age);
  if (grade) return translate(lang, 'mote.grade', { n: grade[1] ?? '' });
  return age;
}

/**
 * How a chart names its lines: the place (Norway in the chart's language), and as the breakdown
 * the sex when it is not "all" and the age when a place has lines for several ages.
 */
export function seriesLabels(rows: readonly SeriesRow[], lang: Lang): SeriesLabels {
  const ages = new Map<string, Set<string>>();
  for (const r of rows) ages.set(r.geo_code, (ages.get(r.geo_code) ?? new Set()).add(r.age));
  return {
    place: (r) =>
      r.geo_code === NORWAY
        ? translate(lang, 'mote.norway')
        : placeName(r.geo_code, r.geo_name, lang),
    breakdown: (r) => {
      const parts = [
        r.sex !== 'all' ? (translateMaybe(lang, `sex.${r.sex}`) ?? r.sex) : null,
        (ages.get(r.geo_code)?.size ?? 0) > 1 ? ageLabel(r.age, lang) : null,
      ].filter((p): p is string => p !== null);
      return parts.length > 0 ? parts.join(', ') : null;
    },
  };
}
