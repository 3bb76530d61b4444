import { relative } from 'node:path';
import { checkUnit } from '../src/domain/validate.ts';
import { failOn, idsOf, loadCurated, refersTo, uniqueBy, type PipelineIO } from './lib/curated.ts';
import { tableBuild, type TableBuild } from './lib/table.ts';
import { populationPath, populationRows } from './population.ts';

/** The observation key: one figure per indicator, place, period, sex and age. */
export const observationKey = (r: Record<string, unknown>): string =>
  [r.indicator_id, r.geo_code, r.period_from, r.period_to, r.sex, r.age].join('|');

/**
 * data/observation.parquet: every figure, one row each: the curated observation files (seed plans,
 * FHI series) and the population table (curated/population/population.csv).
 */
export function build(io: PipelineIO): TableBuild {
  const indicators = loadCurated(io, 'indicator');
  const unitOf = new Map(indicators.map((r) => [String(r.row.id), String(r.row.unit)]));
  const rows = [...loadCurated(io, 'observation'), ...populationRows(io)];
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
  const built = tableBuild(io, 'observation', rows);
  return { ...built, inputs: [...built.inputs, relative(io.root, populationPath(io))] };
}
