/** Every reader, in the order detection breaks ties (more specific formats first). */
import type { FormatId, ParsedInput, Reader } from '../types.ts';
import { brukerplan } from './brukerplan.ts';
import { columnMapping } from './column-mapping.ts';
import { fhiCsv } from './fhi-csv.ts';
import { genericLong } from './generic-long.ts';
import { jsonstat2 } from './jsonstat2.ts';
import { namesTable } from './names-table.ts';
import { ssbCsv } from './ssb-csv.ts';
import { staffing } from './staffing.ts';

export const READERS: readonly Reader[] = [
  genericLong,
  jsonstat2,
  ssbCsv,
  fhiCsv,
  brukerplan,
  staffing,
  namesTable,
  columnMapping,
];

/** The reader of a format. */
export function readerFor(id: FormatId): Reader {
  const r = READERS.find((x) => x.id === id);
  if (!r) throw new Error(`no reader for ${id}`);
  return r;
}

/** Each format's confidence for an input, best first (formats at 0 left out). */
export function detectFormats(
  input: ParsedInput,
  fileName: string,
): { format: FormatId; confidence: number }[] {
  return READERS.map((r, order) => ({ format: r.id, confidence: r.detect(input, fileName), order }))
    .filter((x) => x.confidence > 0)
    .sort((a, b) => b.confidence - a.confidence || a.order - b.order)
    .map(({ format, confidence }) => ({ format, confidence: Math.round(confidence * 100) / 100 }));
}
