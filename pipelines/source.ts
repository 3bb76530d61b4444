import { failOn, loadCurated, uniqueBy, type PipelineIO } from './lib/curated.ts';
import { tableBuild, type TableBuild } from './lib/table.ts';

/** data/source.parquet: where every figure comes from, with the rows each source gave. */
export function build(io: PipelineIO): TableBuild {
  const rows = loadCurated(io, 'source');
  failOn(uniqueBy(rows, (r) => String(r.id), 'id'));
  const kept = new Map<string, number>();
  for (const o of loadCurated(io, 'observation')) {
    const id = String(o.row.source_id);
    kept.set(id, (kept.get(id) ?? 0) + 1);
  }
  for (const r of rows) {
    r.row.rows_kept = kept.get(String(r.row.id)) ?? 0;
    r.row.rows_rejected = 0;
  }
  return tableBuild(io, 'source', rows);
}
