import { failOn, idsOf, loadCurated, refersTo, uniqueBy, type PipelineIO } from './lib/curated.ts';
import { tableBuild, type TableBuild } from './lib/table.ts';

/** data/measure_link.parquet: which themes and indicators each measure is meant to move. */
export function build(io: PipelineIO): TableBuild {
  const rows = loadCurated(io, 'measure_link');
  failOn([
    ...refersTo(rows, 'measure_id', idsOf(loadCurated(io, 'measure')), 'measure'),
    ...refersTo(rows, 'theme_id', idsOf(loadCurated(io, 'theme')), 'theme'),
    ...refersTo(rows, 'indicator_id', idsOf(loadCurated(io, 'indicator')), 'indicator'),
    ...uniqueBy(rows, (r) => `${r.measure_id}|${r.theme_id ?? ''}|${r.indicator_id ?? ''}`, 'link'),
  ]);
  return tableBuild(io, 'measure_link', rows);
}
