/** The shape of the import report's words in one language (filled by ingest-nb.ts and ingest-en.ts). */
import type { IngestCode, IngestKind } from '../ingest/messages.ts';
import type { FormatId } from '../ingest/types.ts';

/** The words of one language. */
export interface IngestWords {
  locale: string;
  codes: Record<IngestCode, string>;
  kinds: Record<IngestKind, string>;
  formats: Record<FormatId, string>;
  rule: (rule: string) => string;
  templates: { range: string; summary: string };
}
