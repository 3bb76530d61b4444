/** Helpers the readers share: header lookup, records with width checks, file names, groups. */
import type { CsvCursor } from '../csv.ts';
import { foldName } from '../places.ts';
import { IngestError } from '../errors.ts';
import { msg } from '../messages.ts';
import type { CsvInput, FormatId, ParsedInput, ReadContext } from '../types.ts';

/** Position of the first header cell matching one of the names (case and accents ignored). */
export function col(header: readonly string[], ...names: string[]): number {
  const folded = header.map(foldName);
  for (const n of names) {
    const i = folded.indexOf(foldName(n));
    if (i >= 0) return i;
  }
  return -1;
}

/** The place and year columns of our templates (src/ingest/README.md), with their aliases. */
export const PLACE_COLUMNS = ['kommune', 'sted', 'place', 'geo_code', 'kommunenummer', 'geografi'];
export const YEAR_COLUMNS = ['år', 'aar', 'year', 'period', 'periode'];

/** Whether a header has a template's place and year columns. */
export const isTemplate = (h: readonly string[]): boolean =>
  col(h, ...PLACE_COLUMNS) >= 0 && col(h, ...YEAR_COLUMNS) >= 0;

/** The cell at i, or '' (also for i = -1). */
export function cell(fields: readonly string[], i: number): string {
  return i < 0 ? '' : (fields[i] ?? '');
}

/** A data record of a CSV input. */
export interface DataRecord {
  fields: string[];
  line: number;
}

/**
 * Records of the data part that have the header's width; others are rejected (a row may end in
 * extra empty fields: a trailing separator is harmless).
 */
export function* records(
  input: CsvInput,
  cursor: CsvCursor,
  ctx: ReadContext,
): Generator<DataRecord> {
  const width = input.header.length;
  // Records kept that run over several lines: legal CSV, but also what a quote left open does.
  let multiline = 0;
  let firstMultiline: { from: number; to: number } | null = null;
  for (let r = cursor.next(); r !== null; r = cursor.next()) {
    if (r.unreadable) {
      ctx.unreadable(r.unreadable);
      continue;
    }
    const f = r.fields;
    const last = cursor.lineNumber() - 1;
    if (f.length !== width) {
      const extraEmpty = f.length > width && f.slice(width).every((x) => x.trim() === '');
      if (!extraEmpty) {
        // A record over several lines (a quote left open takes the next line with it) says so,
        // so that every line it swallowed is accounted for.
        const why =
          last > r.line
            ? msg('ragged-row.lines', { fields: f.length, width, from: r.line, to: last })
            : msg('ragged-row.fields', { fields: f.length, width });
        ctx.reject({ row: r.line, ...why });
        continue;
      }
    }
    if (last > r.line && multiline++ === 0) firstMultiline = { from: r.line, to: last };
    yield r;
  }
  if (firstMultiline)
    ctx.note(msg('note.multiline-records', { count: multiline, ...firstMultiline }));
}

/** A file name without folder and extension: `fhi/ungdata-psykiske.csv` → `ungdata-psykiske`. */
export function baseName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? fileName;
  return last
    .replace(/\.(csv|txt|tsv|json|jsonstat2?|json-stat)+$/i, '')
    .replace(/\.[a-z0-9]{1,5}$/i, '');
}

/** A readable name from a file name: `ungdata-psykiske_plager` → `ungdata psykiske plager`. */
export function humanName(fileName: string): string {
  return baseName(fileName).replace(/[_-]+/g, ' ').trim() || 'import';
}

/** The input as a table, or an error saying this format needs one (a JSON file forced to it). */
export function asCsv(input: ParsedInput, format: FormatId): CsvInput {
  if (input.kind !== 'csv') throw new IngestError(msg('file.needs-csv', { format }));
  return input;
}

/** The key of the group whose words match a text (case and accents ignored), or null. */
export function groupByWords<G extends string>(
  groups: Record<G, { words: readonly string[] }>,
  text: string,
): G | null {
  const t = foldName(text);
  for (const g of Object.keys(groups) as G[]) {
    if (groups[g].words.map(foldName).includes(t)) return g;
  }
  return null;
}
