/**
 * An import report with its messages also in words, for people reading the JSON the command line
 * prints: every message keeps its code and parameters and gains a `text`; the report gains the
 * format's name and its totals as a sum that adds up.
 */
import type { IngestMessage } from '../ingest/messages.ts';
import type { IngestReport } from '../ingest/report.ts';
import {
  ingestFormat,
  ingestReason,
  ingestSummary,
  ingestText,
  unreadableText,
} from './ingest-text.ts';

type Lang = 'nb' | 'nn' | 'en';

/** The report, each message with its text in the language. */
export function reportWithText(report: IngestReport, lang: Lang = 'en') {
  const text = <M extends IngestMessage>(m: M) => ({ ...m, text: ingestText(lang, m) });
  const reason = <M extends IngestMessage>(m: M) => ({ ...m, text: ingestReason(lang, m) });
  return {
    ...report,
    summary: ingestSummary(lang, report),
    formatName: report.format ? ingestFormat(lang, report.format) : null,
    ...(report.error ? { error: reason(report.error) } : {}),
    unreadable: report.unreadable.map((u) => ({ ...u, text: unreadableText(lang, u) })),
    rejections: report.rejections.map(reason),
    places: {
      ...report.places,
      unknown: report.places.unknown.map((u) => ({ ...u, reason: text(u.reason) })),
    },
    notes: report.notes.map(text),
  };
}
