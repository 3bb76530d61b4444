/**
 * Where a table starts in a delimited file, and how wide it is, read from the file's start (LF
 * line ends): Excel's `sep=;` first line, title and note lines above the header (padded with
 * separators or not, at most MAX_PREAMBLE), the separator (`;`, tab or `,`, counted outside
 * quotes), the header, and a header one field wider or narrower than the rows (a trailing
 * separator is read; anything else is refused, saying which). Usable by any tokenizer: it returns
 * line numbers and offsets, the header and the width.
 */
import { CsvCursor } from './csv.ts';
import { headLines, SEPARATORS, type HeadLine } from './head-lines.ts';
import { MAX_PREAMBLE, SAMPLE_ROWS } from './limits.ts';
import { bestTable, mixedSeparator } from './table-finder.ts';
import { msg, separatorWord, type IngestMessage } from './messages.ts';
import type { Separator } from './basic-types.ts';

/** The layout of a delimited table. */
export interface TableShape {
  separator: Separator;
  /** Line 1 is Excel's `sep=` line (skipped). */
  sepLine: boolean;
  /** Non-blank lines above the header (titles, notes), trailing separators removed. */
  preamble: string[];
  /** 1-based line of the header and its offset in the text. */
  headerLine: number;
  headerOffset: number;
  /** Header fields, trimmed (a trailing empty one dropped). */
  header: string[];
  /** Columns of the table: the header's. */
  width: number;
  /** Offset and line of the first data row. */
  dataOffset: number;
  dataLine: number;
  /** The first data records (up to SAMPLE_ROWS), for format detection. */
  sample: string[][];
  /** How the layout was read (a `sep=` line, titles, a trailing separator), for the report. */
  notes: IngestMessage[];
}

/** A shape, or why the text is not a table. */
export type ShapeResult = { ok: true; shape: TableShape } | { ok: false; reason: IngestMessage };

const SEP_LINE = /^\s*"?sep=(.)"?\s*$/i;

/** Excel's `sep=;` first line: the separator it names and where the next line starts. */
export function sepDirective(text: string): { sep: string; next: number } | null {
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  const m = SEP_LINE.exec(first);
  return m ? { sep: m[1] as string, next: nl < 0 ? text.length : nl + 1 } : null;
}

/** Finds the table in the start of a file (the whole file, or its first lines up to a line end). */
export function detectShape(text: string): ShapeResult {
  const directive = sepDirective(text);
  let allowed = SEPARATORS.map((_, k) => k);
  if (directive) {
    const k = SEPARATORS.indexOf(directive.sep as Separator);
    if (k < 0) return { ok: false, reason: msg('file.sep-unsupported', { sep: directive.sep }) };
    allowed = [k];
  }
  const lines = headLines(text).filter((l) => !l.blank && (!directive || l.line > 1));
  if (lines.length === 0) return { ok: false, reason: msg('file.no-columns') };
  const { best, tooDeep } = bestTable(lines, allowed);
  if (!best) {
    if (tooDeep)
      return {
        ok: false,
        reason: msg('file.preamble-too-long', {
          line: (tooDeep.lines[tooDeep.header] as HeadLine).line,
          lines: tooDeep.header,
          limit: MAX_PREAMBLE,
        }),
      };
    return { ok: false, reason: msg('file.no-columns') };
  }
  const mixed = mixedSeparator(best);
  const separator = SEPARATORS[best.k] as Separator;
  if (mixed)
    return {
      ok: false,
      reason: msg('file.mixed-separators', {
        header: separatorWord(mixed),
        rows: separatorWord(separator),
      }),
    };
  const notes: IngestMessage[] = [];
  if (directive) notes.push(msg('note.sep-line', { sep: separatorWord(separator) }));
  const trailing = new RegExp(`[${separator === '\t' ? '\\t' : separator}\\s]+$`);
  const preamble = best.lines
    .slice(0, best.header)
    .map((l) => text.slice(l.start, l.end).replace(trailing, '').trim());
  const head = best.lines[best.header] as HeadLine;
  if (preamble.length > 0)
    notes.push(
      msg('note.preamble', { line: head.line, lines: preamble.length, limit: MAX_PREAMBLE }),
    );
  return readHeader(text, separator, head, best.width, directive !== null, preamble, notes);
}

/** Reads the header and the first rows; squares a header one field off the rows' width. */
export function readHeader(
  text: string,
  separator: Separator,
  head: HeadLine,
  rowWidth: number,
  sepLine: boolean,
  preamble: string[],
  notes: IngestMessage[],
): ShapeResult {
  const cursor = new CsvCursor(text, separator, head.start, head.line);
  const first = cursor.next();
  if (!first || first.unreadable)
    return {
      ok: false,
      reason: msg(
        'file.header-unreadable',
        first?.unreadable ? { why: first.unreadable.reason } : {},
      ),
    };
  let header = first.fields.map((f) => f.replace(/^\ufeff/, '').trim());
  const dataOffset = cursor.offset();
  const dataLine = cursor.lineNumber();
  const sample: string[][] = [];
  for (let r = cursor.next(); r !== null && sample.length < SAMPLE_ROWS; r = cursor.next())
    if (!r.unreadable) sample.push(r.fields);
  const hw = header.length;
  if (hw === rowWidth + 1 && header[hw - 1] === '') {
    header = header.slice(0, rowWidth);
    notes.push(msg('note.header-trailing-separator'));
  } else if (hw === rowWidth - 1) {
    const wide = sample.filter((r) => r.length === rowWidth);
    if (wide.length === 0 || wide.some((r) => (r[hw] ?? '').trim() !== ''))
      return { ok: false, reason: msg('file.header-narrower', { header: hw, rows: rowWidth }) };
    notes.push(msg('note.rows-trailing-separator'));
  } else if (hw === rowWidth + 1) {
    return { ok: false, reason: msg('file.header-wider', { header: hw, rows: rowWidth }) };
  }
  return {
    ok: true,
    shape: {
      separator,
      sepLine,
      preamble,
      headerLine: head.line,
      headerOffset: head.start,
      header,
      width: header.length,
      dataOffset,
      dataLine,
      sample,
      notes,
    },
  };
}

/** Strips the quotes from an SSB title line: `"07459: Population, …"` → `07459: Population, …`. */
export function unquoteTitle(line: string): string {
  const t = line.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"')
    ? t.slice(1, -1).replaceAll('""', '"')
    : t;
}
