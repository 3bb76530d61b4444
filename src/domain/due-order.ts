import { parseDueText } from './due-text.ts';

/** Where in a year a deadline text falls, so "Vår 2026" sorts before "Høst 2026". */
const WITHIN_YEAR: [RegExp, number][] = [
  [/\b(januar|january|jan)\b/i, 1],
  [/\b(februar|february|feb)\b/i, 2],
  [/\b(mars|march)\b/i, 3],
  [/\b(april|apr)\b/i, 4],
  [/\b(mai|may)\b/i, 5],
  [/\b(juni|june|jun)\b/i, 6],
  [/\b(juli|july|jul)\b/i, 7],
  [/\b(august|aug)\b/i, 8],
  [/\b(september|sept?)\b/i, 9],
  [/\b(oktober|october|okt|oct)\b/i, 10],
  [/\b(november|nov)\b/i, 11],
  [/\b(desember|december|des|dec)\b/i, 12],
  [/\b(vår|våren|spring)\b/i, 4.5],
  [/\b(sommer|sommeren|summer)\b/i, 7.5],
  [/\b(høst|høsten|autumn|fall)\b/i, 10.5],
  [/\b(vinter|vinteren|winter)\b/i, 12.5],
  [/\b(1\.\s*halvår|første halvår|first half)\b/i, 6],
  [/\b(2\.\s*halvår|andre halvår|second half)\b/i, 12],
];

/** The fields a deadline is sorted on (contract names). */
export interface DueFields {
  due_year: number | null;
  due_text: string | null;
  start_year: number | null;
}

/** The year a measure is due: its parsed year, else the year its text names. */
function dueYear(m: DueFields): number | null {
  return m.due_year ?? parseDueText(m.due_text).dueYear;
}

function withinYear(text: string): number {
  for (const [re, month] of WITHIN_YEAR) if (re.test(text)) return month;
  return 13;
}

/**
 * Compares two deadlines as dates: by due year (then the season or month the text names, then the
 * start year, then the plan's words). Deadlines with no year ("Kontinuerlig", "Årlig") come after
 * the dated ones in either direction, ordered by their words, and measures with no deadline words last;
 * `dir` is 1 ascending, −1 descending.
 */
export function compareDue(a: DueFields, b: DueFields, dir: 1 | -1 = 1): number {
  const ya = dueYear(a);
  const yb = dueYear(b);
  if (ya === null || yb === null) {
    if (ya !== yb) return ya === null ? 1 : -1;
    const sa = a.due_text?.trim() ?? '';
    const sb = b.due_text?.trim() ?? '';
    // No deadline words at all come last.
    if (sa === '' || sb === '') return sa === sb ? 0 : sa === '' ? 1 : -1;
    return sa.localeCompare(sb, 'nb');
  }
  const ta = a.due_text ?? '';
  const tb = b.due_text ?? '';
  const d =
    ya - yb ||
    withinYear(ta) - withinYear(tb) ||
    (a.start_year ?? 0) - (b.start_year ?? 0) ||
    ta.localeCompare(tb, 'nb');
  return d * dir;
}
