import type { MessageKey } from '../../i18n/i18n.ts';
import type { IngestReport } from '../../ingest/report.ts';

/**
 * The import button's words: how many figures, or, when some kept rows are suppressed or missing
 * (kept as such, never as 0), how many rows and how many of them have a figure.
 */
export function commitLabel(
  report: Pick<IngestReport, 'rowsKept' | 'statuses'>,
  t: (key: MessageKey, params: Record<string, string | number>) => string,
): string {
  const n = report.rowsKept;
  const ok = report.statuses.ok;
  return ok < n ? t('import.commitMixed', { n, ok }) : t('import.commit', { n });
}
