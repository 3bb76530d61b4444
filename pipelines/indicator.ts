import { failOn, idsOf, loadCurated, refersTo, uniqueBy, type PipelineIO } from './lib/curated.ts';
import { tableBuild, type TableBuild } from './lib/table.ts';

/** data/indicator.parquet: the indicator catalogue. */
export function build(io: PipelineIO): TableBuild {
  const themes = idsOf(loadCurated(io, 'theme'));
  const rows = loadCurated(io, 'indicator');
  failOn([
    ...uniqueBy(rows, (r) => String(r.id), 'id'),
    ...refersTo(rows, 'theme_id', themes, 'theme'),
  ]);
  return tableBuild(io, 'indicator', rows);
}
