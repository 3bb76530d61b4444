import { failOn, idsOf, loadCurated, refersTo, uniqueBy, type PipelineIO } from './lib/curated.ts';
import { tableBuild, type TableBuild } from './lib/table.ts';

/** data/geo.parquet: Norway, counties, municipalities and comparison groups. */
export function build(io: PipelineIO): TableBuild {
  const rows = loadCurated(io, 'geo');
  failOn([
    ...uniqueBy(rows, (r) => String(r.code), 'code'),
    ...refersTo(rows, 'parent_code', idsOf(rows, 'code'), 'geo code'),
  ]);
  return tableBuild(io, 'geo', rows);
}
