/** From decoded text to what the readers see: parsed JSON, or a delimited table with its header. */
import { CsvCursor } from './csv.ts';
import { sniff } from './sniff.ts';
import type { ParsedInput } from './types.ts';

const SAMPLE_ROWS = 200;

/** Parses JSON or finds the separator and header of a table; or says why the text is neither. */
export function parseInput(
  source: string,
): { ok: true; input: ParsedInput } | { ok: false; reason: string } {
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  // Classic Mac line ends (CR only) become LF.
  if (text.indexOf('\n') === -1 && text.indexOf('\r') !== -1) text = text.replace(/\r/g, '\n');
  const start = text.trimStart().charAt(0);
  if (start === '{' || start === '[') {
    try {
      return { ok: true, input: { kind: 'json', json: JSON.parse(text) as unknown } };
    } catch (e) {
      return { ok: false, reason: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  const s = sniff(text);
  if (!s)
    return {
      ok: false,
      reason: 'no columns found: the file is not a table separated by semicolons, commas or tabs',
    };
  if (s.mismatch) {
    const name = (sep: string): string => (sep === '\t' ? 'tabs' : `"${sep}"`);
    return {
      ok: false,
      reason: `mixed separators: the first line is separated by ${name(s.mismatch)} but the rows by ${name(s.separator)}; save the file again with one separator`,
    };
  }
  const cursor = new CsvCursor(text, s.separator, s.headerOffset, s.headerLine);
  const head = cursor.next();
  if (!head || head.error)
    return {
      ok: false,
      reason: `the header cannot be read${head?.error ? `: ${head.error}` : ''}`,
    };
  const header = head.fields.map((f) => f.replace(/^\ufeff/, '').trim());
  const dataStart = cursor.offset();
  const dataLine = cursor.lineNumber();
  const sample: string[][] = [];
  for (let r = cursor.next(); r !== null && sample.length < SAMPLE_ROWS; r = cursor.next()) {
    if (!r.error) sample.push(r.fields);
  }
  if (sample.length === 0 && cursor.count <= 1)
    return { ok: false, reason: 'no data rows: the file has a header but no rows below it' };
  return {
    ok: true,
    input: {
      kind: 'csv',
      text,
      separator: s.separator,
      header,
      headerLine: s.headerLine,
      preamble: s.preamble,
      dataStart,
      dataLine,
      sample,
    },
  };
}
