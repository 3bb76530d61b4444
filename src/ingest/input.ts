/**
 * From a file to what the readers see: parsed JSON, or a delimited table with its shape and a way
 * to read its rows from the file, a chunk at a time. Only the start of the file is read here.
 */
import { CsvCursor } from './csv.ts';
import { looksBinary, readStart, type Encoding } from './decode.ts';
import { HEAD_MAX_CHARS, MAX_JSON_BYTES, SAMPLE_LINES } from './limits.ts';
import { msg, type IngestMessage } from './messages.ts';
import { detectShape } from './shape.ts';
import type { ByteSource } from './source.ts';
import { TextStream, type LineEnds } from './text-stream.ts';
import type { ParsedInput } from './types.ts';

/** The start of a file: whole lines, up to SAMPLE_LINES of them or HEAD_MAX_CHARS. */
export function readHead(source: ByteSource, encoding: Encoding): { text: string; whole: boolean } {
  const stream = new TextStream(source, encoding);
  let text = '';
  let lines = 0;
  for (let t = stream.next(); t !== null; t = stream.next()) {
    text += t;
    for (let i = t.indexOf('\n'); i !== -1 && lines <= SAMPLE_LINES; i = t.indexOf('\n', i + 1))
      lines++;
    if (lines > SAMPLE_LINES || text.length >= HEAD_MAX_CHARS) {
      const cut = text.lastIndexOf('\n');
      return { text: cut >= 0 ? text.slice(0, cut + 1) : text, whole: false };
    }
  }
  return { text, whole: true };
}

/** All of a file's text, for JSON (refused past MAX_JSON_BYTES). */
function readAll(source: ByteSource, encoding: Encoding): string {
  const stream = new TextStream(source, encoding);
  const parts: string[] = [];
  for (let t = stream.next(); t !== null; t = stream.next()) parts.push(t);
  return parts.join('');
}

/**
 * A JSON file past MAX_JSON_BYTES, told from its first bytes (before the whole file is read to
 * choose its encoding): the reason, or null.
 */
export function jsonTooLarge(source: ByteSource): IngestMessage | null {
  if (source.size <= MAX_JSON_BYTES) return null;
  const head = readStart(source, 4096);
  for (const b of head) {
    if (b === 0x7b || b === 0x5b)
      return msg('file.json-too-large', { size: source.size, limit: MAX_JSON_BYTES });
    // Byte-order marks, the zero bytes of UTF-16, and white space come before the first brace.
    if (![0, 9, 10, 13, 32, 0xef, 0xbb, 0xbf, 0xfe, 0xff].includes(b)) return null;
  }
  return null;
}

/** Line ends seen while the rows were read (the last cursor's stream). */
export interface ReadStats {
  ends: LineEnds | null;
}

/** Parses JSON or finds the table's shape; or says why the file is neither. */
export function parseInput(
  source: ByteSource,
  encoding: Encoding,
  stats: ReadStats = { ends: null },
): { ok: true; input: ParsedInput } | { ok: false; reason: IngestMessage } {
  const head = readHead(source, encoding);
  if (head.text.trim() === '')
    return { ok: false, reason: msg(head.whole ? 'file.empty' : 'file.no-columns') };
  if (looksBinary(head.text)) return { ok: false, reason: msg('file.binary') };
  const start = head.text.trimStart().charAt(0);
  if (start === '{' || start === '[') {
    if (source.size > MAX_JSON_BYTES)
      return {
        ok: false,
        reason: msg('file.json-too-large', { size: source.size, limit: MAX_JSON_BYTES }),
      };
    try {
      const json = JSON.parse(head.whole ? head.text : readAll(source, encoding)) as unknown;
      return { ok: true, input: { kind: 'json', json } };
    } catch (e) {
      return {
        ok: false,
        reason: msg('file.bad-json', { detail: e instanceof Error ? e.message : String(e) }),
      };
    }
  }
  const found = detectShape(head.text);
  if (!found.ok) return found;
  const s = found.shape;
  if (s.sample.length === 0 && head.whole && s.dataOffset >= head.text.trimEnd().length)
    return { ok: false, reason: msg('file.no-data-rows') };
  return {
    ok: true,
    input: {
      kind: 'csv',
      ...s,
      open: () => {
        const stream = new TextStream(source, encoding);
        stats.ends = stream.ends;
        return new CsvCursor(
          () => stream.next(),
          s.separator,
          s.dataOffset,
          s.dataLine,
          () => stream.position(),
        );
      },
    },
  };
}
