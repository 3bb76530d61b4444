import Papa from 'papaparse';
import { parseSchoolYearPeriod } from '../../src/domain/school-year.ts';
import type { PipelineProblem } from './errors.ts';

/**
 * How to read one of FHI's series as republished by Telemark fylkeskommune: long CSVs with place
 * names (no codes), a period column, a sex column, a value column, and dimension columns that must
 * hold the one value we expect (so a file with more breakdowns is never merged silently).
 */
export interface FhiSpec {
  /** File name under fhi/. */
  file: string;
  sourceId: string;
  place: string;
  /** `year`: `2016`; `school-year`: `2016/17-2018/19`, with the date-like year column it must agree with. */
  period:
    | { column: string; kind: 'year' }
    | { column: string; kind: 'school-year'; dateColumn: string; lastColumn: string };
  sex: string;
  /** `fraction`: shares as 0–1 (stored as percent); `empty`: what an empty cell means, if allowed. */
  value: { column: string; fraction?: boolean; empty?: string };
  age: { column: string; map: Record<string, string> };
  /** One indicator, or one per value of a column. */
  indicator: string | { column: string; map: Record<string, string> };
  /** Columns whose every row must hold exactly this value. */
  fixed: Record<string, string>;
  /** Columns with no meaning for the figures (a sort key). */
  ignore?: string[];
}

/** A figure of such a file, with today's code for its place. */
export interface FhiFigure {
  indicator_id: string;
  geo_code: string;
  period_from: number;
  period_to: number;
  sex: 'all' | 'male' | 'female';
  age: string;
  value: number | null;
  status: 'ok' | 'missing' | 'suppressed';
  source_id: string;
  note: string | null;
  line: number;
}

const SEX: Record<string, FhiFigure['sex']> = {
  'kjønn samlet': 'all',
  begge: 'all',
  gutter: 'male',
  menn: 'male',
  jenter: 'female',
  kvinner: 'female',
};

const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** FHI's symbols as statuses (formats/README.md): never a number. */
const SYMBOLS: Record<string, { status: FhiFigure['status']; note: string }> = {
  '.': { status: 'missing', note: "'.' in FHI's file: no figure for this year (e.g. no survey)." },
  '..': { status: 'missing', note: "'..' in FHI's file: figure missing." },
  ':': { status: 'suppressed', note: "':' in FHI's file: withheld because too few answered." },
};

/** Percent from a fraction without float noise (0.059000000000000004 → 5.9). */
export const fractionToPercent = (f: number): number => Math.round(f * 100 * 1e9) / 1e9;

/**
 * Reads one FHI file into figures. `placeCode` maps a place name to today's code (or explains why
 * not). Every problem is returned with its line; nothing is guessed or dropped.
 */
export function readFhiSeries(
  text: string,
  spec: FhiSpec,
  placeCode: (name: string) => { code: string } | { error: string },
): { figures: FhiFigure[]; problems: PipelineProblem[] } {
  const file = `fhi/${spec.file}`;
  const problems: PipelineProblem[] = [];
  const figures: FhiFigure[] = [];
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const header = parsed.meta.fields ?? [];
  const indicatorColumn = typeof spec.indicator === 'string' ? [] : [spec.indicator.column];
  const periodColumns =
    spec.period.kind === 'year'
      ? [spec.period.column]
      : [spec.period.column, spec.period.dateColumn, spec.period.lastColumn];
  const known = new Set([
    spec.place,
    spec.sex,
    spec.value.column,
    spec.age.column,
    ...periodColumns,
    ...indicatorColumn,
    ...Object.keys(spec.fixed),
    ...(spec.ignore ?? []),
  ]);
  for (const h of header)
    if (!known.has(h))
      problems.push({
        file,
        line: 1,
        column: h,
        rule: 'unexpected column (a breakdown this reader does not know)',
        value: h,
      });
  for (const k of known)
    if (!header.includes(k))
      problems.push({ file, line: 1, column: k, rule: 'column missing from header', value: '' });
  if (problems.length > 0) return { figures, problems };
  parsed.data.forEach((r, i) => {
    const line = i + 2;
    const figure = rowFigure(r, line, spec, placeCode, (column, rule, value) =>
      problems.push({ file, line, column, rule, value }),
    );
    if (figure) figures.push(figure);
  });
  return { figures, problems };
}

type Bad = (column: string, rule: string, value: string) => void;

/** One row as a figure, or null after reporting what is wrong with it. */
function rowFigure(
  r: Record<string, string>,
  line: number,
  spec: FhiSpec,
  placeCode: (name: string) => { code: string } | { error: string },
  report: Bad,
): FhiFigure | null {
  const bad: (...a: Parameters<Bad>) => null = (...a) => (report(...a), null);
  const indicatorColumn = typeof spec.indicator === 'string' ? '' : spec.indicator.column;
  for (const [c, v] of Object.entries(spec.fixed))
    if (r[c] !== v)
      bad(c, `must be ${JSON.stringify(v)} (the only breakdown embedded)`, r[c] ?? '');
  const place = placeCode((r[spec.place] ?? '').trim());
  if ('error' in place) return bad(spec.place, place.error, r[spec.place] ?? '');
  const sex = SEX[(r[spec.sex] ?? '').trim().toLowerCase()];
  if (!sex)
    return bad(spec.sex, 'must be kjønn samlet, gutter/menn or jenter/kvinner', r[spec.sex] ?? '');
  const age = spec.age.map[(r[spec.age.column] ?? '').trim()];
  if (!age)
    return bad(
      spec.age.column,
      `must be one of ${Object.keys(spec.age.map).join(', ')}`,
      r[spec.age.column] ?? '',
    );
  const indicator =
    typeof spec.indicator === 'string'
      ? spec.indicator
      : spec.indicator.map[(r[spec.indicator.column] ?? '').trim()];
  if (!indicator)
    return bad(indicatorColumn, 'not a breakdown this reader knows', r[indicatorColumn] ?? '');
  const periodText = (r[spec.period.column] ?? '').trim();
  let period: { from: number; to: number } | null;
  let note: string | null = null;
  if (spec.period.kind === 'year') {
    period = /^\d{4}$/.test(periodText)
      ? { from: Number(periodText), to: Number(periodText) }
      : null;
  } else {
    period = parseSchoolYearPeriod(periodText);
    const date = (r[spec.period.dateColumn] ?? '').trim();
    const last = (r[spec.period.lastColumn] ?? '').trim();
    if (
      period &&
      (date !== `${period.to}-01-01` || parseSchoolYearPeriod(last)?.from !== period.to)
    )
      return bad(
        spec.period.dateColumn,
        `must agree with ${periodText} (${period.to}-01-01, last school year ${period.to}/…)`,
        `${date} ${last}`,
      );
    note = `School years ${periodText.replace('-', '–')} (surveys in the autumn terms ${period?.from}–${period?.to}).`;
  }
  if (!period)
    return bad(
      spec.period.column,
      spec.period.kind === 'year' ? 'must be a year' : 'must be school years like 2016/17-2018/19',
      periodText,
    );
  const raw = (r[spec.value.column] ?? '').trim();
  let value: number | null = null;
  let status: FhiFigure['status'] = 'ok';
  if (NUMBER.test(raw)) {
    value = Number(raw);
    if (spec.value.fraction) {
      if (value < 0 || value > 1)
        return bad(spec.value.column, 'a share given as a fraction must lie in 0–1', raw);
      value = fractionToPercent(value);
    }
  } else {
    const symbol =
      raw === '' && spec.value.empty
        ? { status: 'missing' as const, note: spec.value.empty }
        : SYMBOLS[raw];
    if (!symbol)
      return bad(spec.value.column, "must be a number or one of FHI's symbols . .. :", raw);
    status = symbol.status;
    note = note ? `${note} ${symbol.note}` : symbol.note;
  }
  return {
    indicator_id: indicator,
    geo_code: place.code,
    period_from: period.from,
    period_to: period.to,
    sex,
    age,
    value,
    status,
    source_id: spec.sourceId,
    note,
    line,
  };
}
