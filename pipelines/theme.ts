import { failOn, loadCurated, uniqueBy, type PipelineIO } from './lib/curated.ts';
import { tableBuild, type TableBuild } from './lib/table.ts';

/** data/theme.parquet: the risk areas that group indicators and measures. */
export function build(io: PipelineIO): TableBuild {
  const rows = loadCurated(io, 'theme');
  failOn(uniqueBy(rows, (r) => String(r.id), 'id'));
  return tableBuild(io, 'theme', rows);
}
