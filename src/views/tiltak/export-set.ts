import { TABLES } from '../../domain/contract.ts';
import type { MeasureRow } from '../../domain/measure-overlay.ts';
import { measuresToCsv, measuresToIcs, measuresToJson } from '../../export/measures.ts';
import type { TiltakData } from '../../queries/tiltak.ts';
import type { MeasureListRow } from '../../sql/rows.ts';

const CONTRACT = TABLES.measure.map((c) => c.name);

/** A listed measure as the contract's measure row (what is exported, edited and kept). */
export const contractRow = (r: MeasureListRow): MeasureRow =>
  Object.fromEntries(CONTRACT.map((c) => [c, r[c as keyof MeasureListRow] ?? null]));

export type ExportFormat = 'csv' | 'json' | 'ics';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'ics'];
/** Every measure, or only those the filters show. */
export type ExportScope = 'all' | 'filtered';

/** A file to download: its name says the scope, its body holds only the scope's measures. */
export interface ExportFile {
  name: string;
  body: string;
  type: string;
}

/** The export of `rows` (all measures or the filtered ones) with their links, in one format. */
export function measureExport(
  data: TiltakData,
  rows: readonly MeasureListRow[],
  scope: ExportScope,
  format: ExportFormat,
  stamp: string,
): ExportFile {
  const base = scope === 'all' ? 'tiltak-alle' : 'tiltak-filtrerte';
  if (format === 'ics')
    return {
      name: `${base}-frister.ics`,
      body: measuresToIcs(
        rows.map((r) => ({ ...contractRow(r), plan_title: r.plan_title })),
        stamp,
      ),
      type: 'text/calendar',
    };
  const ids = new Set(rows.map((r) => r.id));
  const set = {
    measures: rows.map(contractRow),
    links: data.links.filter((l) => ids.has(l.measure_id)),
  };
  return format === 'json'
    ? { name: `${base}.json`, body: measuresToJson(set), type: 'application/json' }
    : { name: `${base}.csv`, body: measuresToCsv(set), type: 'text/csv;charset=utf-8' };
}

/** The calendar's DTSTAMP: now, in iCalendar's basic UTC form. */
export function icsStamp(now = new Date()): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}
