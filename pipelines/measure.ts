import { parseDueText } from '../src/domain/due-text.ts';
import { failOn, idsOf, loadCurated, refersTo, uniqueBy, type PipelineIO } from './lib/curated.ts';
import { tableBuild, type TableBuild } from './lib/table.ts';

/** data/measure.parquet: every measure (tiltak) of every plan, with its due year parsed. */
export function build(io: PipelineIO): TableBuild {
  const rows = loadCurated(io, 'measure');
  failOn([
    ...uniqueBy(rows, (r) => String(r.id), 'id'),
    ...refersTo(rows, 'plan_id', idsOf(loadCurated(io, 'plan')), 'plan'),
  ]);
  for (const r of rows) {
    const due = parseDueText(r.row.due_text as string | null);
    r.row.due_year = due.dueYear;
    // "Fra 2019" names the start; the plan's own start year, when given, wins.
    if (r.row.start_year === null && due.startYear !== null) r.row.start_year = due.startYear;
  }
  return tableBuild(io, 'measure', rows);
}
