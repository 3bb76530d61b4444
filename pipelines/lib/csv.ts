import Papa from 'papaparse';
import type { RawRow } from '../../src/domain/validate.ts';

/** A CSV row with the 1-based line it starts on in the file. */
export interface LinedRow {
  line: number;
  raw: RawRow;
}

export interface ParsedCsv {
  header: string[];
  rows: LinedRow[];
  /** Rows whose field count differs from the header's. */
  ragged: { line: number; fields: number }[];
}

/** Parses curated CSV text (comma, header row, `"` quotes) keeping each row's line number. */
export function parseCsvText(text: string): ParsedCsv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: false });
  const header = (parsed.data[0] ?? []).map((h) => h.trim());
  const rows: LinedRow[] = [];
  const ragged: ParsedCsv['ragged'] = [];
  // Papa gives no line numbers, so count the line breaks each record spans.
  let line = 1 + lineBreaks(parsed.data[0] ?? []) + 1;
  for (let i = 1; i < parsed.data.length; i++) {
    const fields = parsed.data[i] ?? [];
    const isBlank = fields.length === 1 && fields[0] === '';
    if (!isBlank) {
      if (fields.length !== header.length) ragged.push({ line, fields: fields.length });
      const raw: RawRow = {};
      header.forEach((h, j) => (raw[h] = fields[j]));
      rows.push({ line, raw });
    }
    line += 1 + lineBreaks(fields);
  }
  return { header, rows, ragged };
}

function lineBreaks(fields: string[]): number {
  let n = 0;
  for (const f of fields) for (let k = 0; k < f.length; k++) if (f.charCodeAt(k) === 10) n++;
  return n;
}
