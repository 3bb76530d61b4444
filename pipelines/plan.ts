import { failOn, idsOf, loadCurated, refersTo, uniqueBy, type PipelineIO } from './lib/curated.ts';
import { tableBuild, type TableBuild } from './lib/table.ts';

/** data/plan.parquet: the municipal plans the measures come from. */
export function build(io: PipelineIO): TableBuild {
  const rows = loadCurated(io, 'plan');
  failOn([
    ...uniqueBy(rows, (r) => String(r.id), 'id'),
    ...refersTo(rows, 'geo_code', idsOf(loadCurated(io, 'geo'), 'code'), 'geo code'),
  ]);
  return tableBuild(io, 'plan', rows);
}
