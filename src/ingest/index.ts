/**
 * The ingest library's public face, for the Data view (in a Web Worker) and scripts/ingest.ts.
 * Browser-safe: no Node imports, no SQL, no language; input is bytes (or a ByteSource) and a name.
 */
export { ingestFile, type IngestResult } from './ingest.ts';
export { failedReport, tooLargeReport, type IngestReport } from './report.ts';
export { bytesSource, type ByteSource } from './source.ts';
export { INGEST_CODES, kindOf, type IngestCode, type IngestMessage } from './messages.ts';
export type { Unreadable } from './csv.ts';
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
