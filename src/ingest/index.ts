/**
 * The ingest library's public face, for the Data view (in a Web Worker) and scripts/ingest.ts.
 * Browser-safe: no Node imports, no SQL; input is bytes and a file name.
 */
import { READERS } from './readers/index.ts';
import type { FormatId } from './types.ts';

export { ingestFile, type IngestResult } from './ingest.ts';
export type { IngestReport } from './report.ts';
export type {
  FormatId,
  IngestContext,
  IngestOptions,
  IngestProgress,
  Rejection,
  ContextRow,
} from './types.ts';
export { FORMAT_IDS } from './types.ts';
export {
  checkMapping,
  suggestMapping,
  COLUMN_FIELDS,
  type ColumnMapping,
  type MappingPreset,
} from './mapping.ts';
export { SYMBOLS, SPVFLAGG } from './numbers.ts';

/** The formats, with a label for a format picker. */
export const FORMATS: readonly { id: FormatId; label: string }[] = READERS.map((r) => ({
  id: r.id,
  label: r.label,
}));
