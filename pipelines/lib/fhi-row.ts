/**
 * One row of an FHI series file as a figure: sexes, ages, periods and FHI's symbols read as the
 * contract wants them.
 */
import { parseSchoolYearPeriod } from '../../src/domain/school-year.ts';
import type { FhiFigure, FhiSpec } from './fhi-series.ts';

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

export type Bad = (column: string, rule: string, value: string) => void;

/** One row as a figure, or null after reporting what is wrong with it. */
export function rowFigure(
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
