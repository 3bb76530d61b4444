/**
 * The generic long CSV: one figure per row, our own column names (src/ingest/README.md):
 * indicator_id, geo_code, period (or period_from, period_to), sex, age, value, ci_low, ci_high,
 * numerator, denominator, respondents, status, note; and, to create an indicator or a comparison
 * group, indicator_name, unit, source_kind, polarity, theme_id, geo_name.
 */
import type { ColumnMapping } from '../mapping.ts';
import type {
  CsvInput,
  MappedPlan,
  ParsedInput,
  ReadContext,
  ReadOutput,
  Reader,
} from '../types.ts';
import { col, asCsv } from './common.ts';
import { mappedRows, readMapped } from './mapped.ts';

/** Our column names, as a mapping. */
function genericMapping(header: readonly string[]): ColumnMapping {
  const has = (n: string): string | undefined => (col(header, n) >= 0 ? n : undefined);
  const m: ColumnMapping = { place: 'geo_code', value: 'value' };
  const optional = {
    indicator: has('indicator_id'),
    period: has('period'),
    periodFrom: has('period_from'),
    periodTo: has('period_to'),
    sex: has('sex'),
    age: has('age'),
    ciLow: has('ci_low'),
    ciHigh: has('ci_high'),
    numerator: has('numerator'),
    denominator: has('denominator'),
    respondents: has('respondents'),
    status: has('status'),
    note: has('note'),
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) Object.assign(m, { [k]: v });
  return m;
}

function plan(csv: CsvInput, ctx: ReadContext): MappedPlan {
  const h = csv.header;
  const extra = {
    indicatorName: col(h, 'indicator_name'),
    unit: col(h, 'unit'),
    sourceKind: col(h, 'source_kind'),
    polarity: col(h, 'polarity'),
    themeId: col(h, 'theme_id'),
    geoName: col(h, 'geo_name'),
  };
  return {
    rows: mappedRows(h, genericMapping(h), ctx, extra, true),
    source: { title: ctx.fileName, publisher: 'Egen import (generisk CSV)' },
  };
}

export const genericLong: Reader = {
  id: 'generic-long',
  detect(input: ParsedInput): number {
    if (input.kind !== 'csv') return 0;
    const h = input.header;
    const core = col(h, 'geo_code') >= 0 && col(h, 'value') >= 0;
    const period = col(h, 'period') >= 0 || col(h, 'period_from') >= 0;
    if (!core || !period) return 0;
    return col(h, 'indicator_id') >= 0 ? 1 : 0.7;
  },
  read(input: ParsedInput, ctx: ReadContext): ReadOutput {
    const csv = asCsv(input, 'generic-long');
    return readMapped(csv, plan(csv, ctx), ctx);
  },
  mapped: plan,
};
