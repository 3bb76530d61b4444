import Papa from 'papaparse';
import type { PipelineProblem } from './errors.ts';
import { rowFigure } from './fhi-row.ts';

export { fractionToPercent } from './fhi-row.ts';

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
