/**
 * The import report's messages in words: a code and its parameters (src/ingest/messages.ts)
 * rendered with src/i18n/ingest-nb.ts, ingest-nn.ts or ingest-en.ts. Templates take `{name}`, `{name:mb}` (bytes),
 * `{name:format}` (a format id), `{name:rule}` (a contract rule), `{name:arrow|semi|pipe}` (a list
 * joined by → ; |), `{name|one|many}` (a word by count) and `{name?text}` (text when set). Values
 * from the file are shown as they are; an empty one as "(empty)".
 */
import type { Unreadable } from '../ingest/csv.ts';
import type { IngestMessage, MessageParam } from '../ingest/messages.ts';
import { kindOf } from '../ingest/messages.ts';
import type { FormatId } from '../ingest/types.ts';
import type { IngestWords } from './ingest-words.ts';
import { ingestWordsEn } from './ingest-en.ts';
import { ingestWordsNb } from './ingest-nb.ts';
import { ingestWordsNn } from './ingest-nn.ts';

export type { IngestWords } from './ingest-words.ts';

const WORDS = { nb: ingestWordsNb, nn: ingestWordsNn, en: ingestWordsEn } as const;
type Lang = keyof typeof WORDS;

const PLACEHOLDER = /\{(\w+)(?::(\w+)|\|([^|}]*)\|([^}]*)|\?([^}]*))?\}/g;
const JOIN: Record<string, string> = { arrow: ' → ', semi: '; ', pipe: ' | ' };

function value(w: IngestWords, v: MessageParam | undefined, fmt: string | undefined): string {
  if (v === undefined || typeof v === 'boolean') return '';
  if (Array.isArray(v))
    return v.map((x) => value(w, x as MessageParam, undefined)).join(JOIN[fmt ?? ''] ?? ', ');
  if (typeof v === 'object')
    return fill(w, w.codes[(v as IngestMessage).code], (v as IngestMessage).params);
  if (fmt === 'mb')
    return `${(Number(v) / 1e6).toLocaleString(w.locale, { maximumFractionDigits: 1 })} MB`;
  if (fmt === 'format') return w.formats[v as FormatId] ?? String(v);
  if (fmt === 'rule') return w.rule(String(v));
  if (typeof v === 'number') return v.toLocaleString(w.locale);
  return v === '' ? w.codes['word.empty'] : v;
}

/** A template with its parameters filled in. */
function fill(
  w: IngestWords,
  template: string | undefined,
  params: IngestMessage['params'] = {},
): string {
  if (template === undefined) return JSON.stringify(params);
  return template.replace(
    PLACEHOLDER,
    (_, name: string, fmt?: string, one?: string, many?: string, cond?: string) => {
      const v = params[name];
      if (cond !== undefined) return v !== undefined && v !== false && v !== '' ? cond : '';
      if (one !== undefined) return Number(v) === 1 ? one : (many ?? '');
      return value(w, v, fmt);
    },
  );
}

/** A message in words. */
export function ingestText(lang: Lang, m: IngestMessage): string {
  const w = WORDS[lang];
  const template = w.codes[m.code];
  return template === undefined
    ? `${m.code} ${JSON.stringify(m.params ?? {})}`
    : fill(w, template, m.params);
}

/** A rejection or an error: its kind, then the message (`Ukjent sted: Atlantis (…)`). */
export function ingestReason(lang: Lang, m: IngestMessage): string {
  const kind = WORDS[lang].kinds[kindOf(m.code)];
  return kind ? `${kind}: ${ingestText(lang, m)}` : ingestText(lang, m);
}

/** A format's name. */
export function ingestFormat(lang: Lang, id: FormatId): string {
  return WORDS[lang].formats[id] ?? id;
}

/** A range of lines that could not be read, with why. */
export function unreadableText(lang: Lang, u: Unreadable): string {
  const w = WORDS[lang];
  return fill(w, w.templates.range, {
    from: u.from,
    to: u.to,
    lines: u.to - u.from + 1,
    reason: u.reason,
  });
}

/** The totals as a sum that adds up: read = kept + rejected + left out + unreadable. */
export function ingestSummary(
  lang: Lang,
  r: {
    rowsRead: number;
    rowsKept: number;
    rowsRejected: number;
    rowsDropped: number;
    rowsUnreadable: number;
  },
): string {
  const w = WORDS[lang];
  return fill(w, w.templates.summary, {
    read: r.rowsRead,
    kept: r.rowsKept,
    rejected: r.rowsRejected,
    dropped: r.rowsDropped,
    unreadable: r.rowsUnreadable,
  });
}
