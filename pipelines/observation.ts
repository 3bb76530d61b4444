import { checkUnit } from '../src/domain/validate.ts';
import { failOn, idsOf, loadCurated, refersTo, uniqueBy, type PipelineIO } from './lib/curated.ts';
import { tableBuild, type TableBuild } from './lib/table.ts';

/** The observation key: one figure per indicator, place, period, sex and age. */
export const observationKey = (r: Record<string, unknown>): string =>
  [r.indicator_id, r.geo_code, r.period_from, r.period_to, r.sex, r.age].join('|');

/** data/observation.parquet: every figure, one row each. */
export function build(io: PipelineIO): TableBuild {
  const indicators = loadCurated(io, 'indicator');
  const unitOf = new Map(indicators.map((r) => [String(r.row.id), String(r.row.unit)]));
  const rows = loadCurated(io, 'observation');
  failOn([
    ...refersTo(rows, 'indicator_id', idsOf(indicators), 'indicator'),
    ...refersTo(rows, 'geo_code', idsOf(loadCurated(io, 'geo'), 'code'), 'geo code'),
    ...refersTo(rows, 'source_id', idsOf(loadCurated(io, 'source')), 'source'),
    ...uniqueBy(rows, observationKey, 'key'),
    ...rows.flatMap((r) => {
      const issue = checkUnit(unitOf.get(String(r.row.indicator_id)) ?? '', r.row);
      return issue ? [{ file: r.file, line: r.line, ...issue }] : [];
    }),
  ]);
  return tableBuild(io, 'observation', rows);
}
