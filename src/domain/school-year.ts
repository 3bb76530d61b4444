import type { Period } from './period.ts';

const SCHOOL_YEAR = /^(\d{4})\s*\/\s*(\d{2}|\d{4})$/;

/** One school year (`2016/17` or `2016/2017`) as the calendar year it starts in; null if malformed. */
function startYear(text: string): number | null {
  const m = SCHOOL_YEAR.exec(text.trim());
  if (!m) return null;
  const start = Number(m[1]);
  const end = m[2] as string;
  const next = end.length === 2 ? (start + 1) % 100 : start + 1;
  return Number(end) === next ? start : null;
}

/**
 * Parses a school-year period as Udir and FHI write it: one school year (`2016/17`) or a span of
 * school years (`2016/17-2018/19`, also with `–` or `_`). The period is given in the calendar years
 * the surveys were taken: a school year's survey (Elevundersøkelsen) runs in the autumn term, so
 * `2016/17` is 2016 and `2016/17-2018/19` is 2016–2018 (three surveys). Null for anything else,
 * for a school year whose halves do not follow each other (`2016/18`), or for a span that runs
 * backwards.
 */
export function parseSchoolYearPeriod(text: string): Period | null {
  const parts = text.trim().split(/\s*[-–—_]\s*/);
  if (parts.length < 1 || parts.length > 2) return null;
  const years = parts.map(startYear);
  if (years.some((y) => y === null)) return null;
  const from = years[0] as number;
  const to = years.at(-1) as number;
  return from <= to ? { from, to } : null;
}
