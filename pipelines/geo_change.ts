import { failOn, idsOf, loadCurated, uniqueBy, type PipelineIO } from './lib/curated.ts';
import { tableBuild, type TableBuild } from './lib/table.ts';

/** data/geo_change.parquet: older codes carried onto today's. */
export function build(io: PipelineIO): TableBuild {
  const geo = idsOf(loadCurated(io, 'geo'), 'code');
  const rows = loadCurated(io, 'geo_change');
  const olds = idsOf(rows, 'old_code');
  failOn([
    ...uniqueBy(rows, (r) => `${r.old_code}→${r.new_code}`, 'old_code'),
    // A new code is today's code or itself changed later (a chain such as 0615 → 3039 → 3320).
    ...rows
      .filter((r) => !geo.has(String(r.row.new_code)) && !olds.has(String(r.row.new_code)))
      .map((r) => ({
        file: r.file,
        line: r.line,
        column: 'new_code',
        rule: 'must be a code in geo or the old_code of a later change',
        value: String(r.row.new_code),
      })),
  ]);
  return tableBuild(io, 'geo_change', rows);
}
