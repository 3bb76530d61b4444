/**
 * Text decoding of a user's file: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM, or
 * recognised by its zero bytes), and Windows-1252 / ISO-8859-1 for anything that is not valid UTF-8.
 */

/** The encoding a file was read as. */
export type EncodingId = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A decoded file, or the reason it is not text. */
export type Decoded =
  { ok: true; text: string; encoding: EncodingId } | { ok: false; reason: string };

/** Windows-1252 code points for bytes 0x80–0x9F (undefined bytes keep their Latin-1 value). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

/**
 * Decodes bytes as Windows-1252. Node's TextDecoder treats `windows-1252` as Latin-1 (0x80 stays
 * U+0080 instead of €), browsers do not; mapping 0x80–0x9F by hand gives the same text everywhere.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) =>
      String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? 0),
    );
}

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

/** True when the text holds control characters that no CSV or JSON file has (binary junk). */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) bad++;
  }
  return bad > 0 && bad >= Math.max(1, n * 0.01);
}

/** Detects the encoding and decodes; reports a file that is empty or not text. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  let text: string;
  let encoding: EncodingId;
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    const body = bytes.subarray(3);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      // A BOM in front of Windows-1252 text: trust the bytes, not the mark.
      encoding = 'windows-1252';
      text = decodeWindows1252(body);
    }
  } else if (b0 === 0xff && b1 === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (b0 === 0xfe && b1 === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) {
      encoding = utf16;
      text = new TextDecoder(utf16).decode(bytes);
    } else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        encoding = 'utf-8';
      } catch {
        text = decodeWindows1252(bytes);
        encoding = 'windows-1252';
      }
    }
  }
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' };
  if (looksBinary(text))
    return { ok: false, reason: 'the file is not text (binary content); export it as CSV or JSON' };
  return { ok: true, text, encoding };
}
