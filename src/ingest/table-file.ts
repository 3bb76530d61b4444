/**
 * How DuckDB's own CSV reader should read a user's file as a table ("Åpne som tabell", and
 * `npm run ingest -- --table FILE`): the encoding and the layout come from the importer's own
 * finders (decode.ts, shape.ts), DuckDB reads the body. DuckDB reads only UTF-8, so any other
 * encoding is decoded here and handed over as UTF-8 bytes; UTF-8 files go as they are.
 */
import type { EncodingId, Separator } from './basic-types.ts';
import { detectEncoding, looksBinary } from './decode.ts';
import { readHead } from './input.ts';
import { msg, type IngestMessage } from './messages.ts';
import { detectShape } from './shape.ts';
import { chunks, type ByteSource } from './source.ts';
import { TextStream, type LineEnds } from './text-stream.ts';

/** What the read needs to know about the file, and the notes for the report. */
export interface TableFilePlan {
  /** The file's encoding, as read by the importer's detector. */
  encoding: EncodingId;
  separator: Separator;
  /** Lines above the header (Excel's `sep=` line, titles), for read_csv's `skip`. */
  skip: number;
  /** 1-based line of the header in the file. */
  headerLine: number;
  /** `,` when the first rows hold decimal commas (and the separator is not a comma). */
  decimal: '.' | ',';
  /** How the layout was read (a `sep=` line, titles above the header). */
  notes: IngestMessage[];
  /** True when the file was not plain UTF-8 and DuckDB must be handed `utf8()`, not the file. */
  decoded: boolean;
  /** The file for DuckDB: as UTF-8 with LF line ends when decoded, else its own bytes. */
  utf8(): Uint8Array;
}

const DECIMAL_COMMA = /^\s*[-+]?\d+,\d+\s*$/;
const DECIMAL_POINT = /^\s*[-+]?\d+\.\d+\s*$/;

/** `,` when the sample's numbers use decimal commas and none uses a point. */
export function decimalOf(sample: readonly string[][], separator: Separator): '.' | ',' {
  if (separator === ',') return '.';
  let comma = 0;
  let point = 0;
  for (const row of sample)
    for (const f of row) {
      if (DECIMAL_COMMA.test(f)) comma++;
      else if (DECIMAL_POINT.test(f)) point++;
    }
  return comma > 0 && point === 0 ? ',' : '.';
}

/** All of the source as UTF-8 with LF line ends (the decoded text, encoded again). */
function utf8Bytes(source: ByteSource, encoding: ReturnType<typeof detectEncoding>): Uint8Array {
  return utf8Text(source, encoding).bytes;
}

/** The source as UTF-8 with LF line ends, and the line ends the source itself had. */
export function utf8Text(
  source: ByteSource,
  encoding: ReturnType<typeof detectEncoding>,
): { bytes: Uint8Array; ends: LineEnds } {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  let size = 0;
  const stream = new TextStream(source, encoding);
  for (let t = stream.next(); t !== null; t = stream.next()) {
    const b = enc.encode(t);
    parts.push(b);
    size += b.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return { bytes: out, ends: stream.ends };
}

/** The source's bytes as one array (a view of them when the source is one chunk). */
export function ownBytes(source: ByteSource): Uint8Array {
  const whole = source.read(0, source.size);
  if (whole.length === source.size) return whole;
  const out = new Uint8Array(source.size);
  let at = 0;
  for (const c of chunks(source)) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The plan for reading a delimited file with DuckDB, or why it is not a table (the importer's
 * reasons: empty, binary, no columns, a preamble too long, mixed separators …).
 */
export function planTableFile(
  source: ByteSource,
): { ok: true; plan: TableFilePlan } | { ok: false; reason: IngestMessage } {
  if (source.size === 0) return { ok: false, reason: msg('file.empty') };
  const encoding = detectEncoding(source);
  const head = readHead(source, encoding);
  if (head.text.trim() === '') return { ok: false, reason: msg('file.empty') };
  if (looksBinary(head.text)) return { ok: false, reason: msg('file.binary') };
  const found = detectShape(head.text);
  if (!found.ok) return found;
  const s = found.shape;
  // Plain UTF-8 goes as it is, unless it has lone CR line ends, which TextStream makes LF like
  // the line numbers the shape finder counted. A UTF-8 BOM DuckDB skips itself.
  const raw = source.read(0, Math.min(source.size, 1 << 16));
  const loneCr = /\r(?!\n)/.test(new TextDecoder().decode(raw).replace(/\r$/, ''));
  const asIs = (encoding.id === 'utf-8' || encoding.id === 'utf-8-bom') && !loneCr;
  return {
    ok: true,
    plan: {
      encoding: encoding.id,
      separator: s.separator,
      skip: s.headerLine - 1,
      headerLine: s.headerLine,
      decimal: decimalOf(s.sample, s.separator),
      notes: s.notes,
      decoded: !asIs,
      utf8: () => (asIs ? ownBytes(source) : utf8Bytes(source, encoding)),
    },
  };
}
