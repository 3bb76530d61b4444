/**
 * Text encodings of a user's file: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or
 * recognised by its zero bytes), and Windows-1252 / ISO-8859-1 for anything that is not valid
 * UTF-8. The choice reads the whole file, a chunk at a time, so it is the same for any size.
 */
import { decodeWindows1252 } from './cp1252.ts';
import { msg, type IngestMessage } from './messages.ts';
import { bytesSource, type ByteSource } from './source.ts';
import { TextStream, wholeCharacters, wholeChunks } from './text-stream.ts';

export { decodeWindows1252 };

export type { Encoding, EncodingId } from './basic-types.ts';
import type { Encoding, EncodingId } from './basic-types.ts';

/** Guesses UTF-16 without a BOM: most odd (LE) or even (BE) bytes of the first 4 KB are zero. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'utf-16be';
  return null;
}

/** True when every byte from `from` on is valid UTF-8 (`partial`: the end may cut a character). */
function validUtf8(source: ByteSource, from: number, partial: boolean): boolean {
  const d = new TextDecoder('utf-8', { fatal: true });
  let left: Uint8Array | null = null;
  try {
    for (const c of wholeChunks(source, { id: 'utf-8', skip: from })) {
      if (left) d.decode(left);
      left = c;
    }
    // The last chunk may end in the middle of a character: at the end of the file that is an
    // error, at the end of a slice of it (partial) it is not.
    if (left) d.decode(partial ? left.subarray(0, wholeCharacters(left, 'utf-8')) : left);
    return true;
  } catch {
    return false;
  }
}

/** The first n bytes of a source (fewer only when the file is shorter). */
export function readStart(source: ByteSource, n: number): Uint8Array {
  const out = new Uint8Array(Math.min(n, source.size));
  let at = 0;
  while (at < out.length) {
    const c = source.read(at, out.length - at);
    if (c.length === 0) break;
    out.set(c, at);
    at += c.length;
  }
  return at === out.length ? out : out.subarray(0, at);
}

/**
 * The encoding of a file. `partial` is for the start of a file (the Data view's column picker):
 * a character cut at the end does not make it Windows-1252.
 */
export function detectEncoding(source: ByteSource, partial = false): Encoding {
  const head = readStart(source, 4096);
  const [b0, b1, b2] = head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
    // A BOM in front of Windows-1252 text: trust the bytes, not the mark.
    return validUtf8(source, 3, partial)
      ? { id: 'utf-8-bom', skip: 3 }
      : { id: 'windows-1252', skip: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { id: 'utf-16le', skip: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { id: 'utf-16be', skip: 2 };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { id: utf16, skip: 0 };
  return validUtf8(source, 0, partial) ? { id: 'utf-8', skip: 0 } : { id: 'windows-1252', skip: 0 };
}

/** True when the text holds control characters that no CSV or JSON file has (binary junk). */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  return bad > 0 && bad >= Math.max(1, n * 0.01);
}

/** A decoded small file, or the reason it is not text. */
export type Decoded =
  { ok: true; text: string; encoding: EncodingId } | { ok: false; reason: IngestMessage };

/**
 * Decodes a small file whole (line ends kept as they are): for the start of a file and for tests.
 * The importer itself never decodes a file whole; it reads it as a TextStream.
 */
export function decode(bytes: Uint8Array, partial = false): Decoded {
  if (bytes.length === 0) return { ok: false, reason: msg('file.empty') };
  const source = bytesSource(bytes);
  const encoding = detectEncoding(source, partial);
  const stream = new TextStream(source, encoding, false);
  let text = '';
  for (let t = stream.next(); t !== null; t = stream.next()) text += t;
  if (text.trim() === '') return { ok: false, reason: msg('file.empty') };
  if (looksBinary(text)) return { ok: false, reason: msg('file.binary') };
  return { ok: true, text, encoding: encoding.id };
}
