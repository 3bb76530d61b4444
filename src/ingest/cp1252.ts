/** Windows-1252 (and so ISO-8859-1) decoding, the same in Node and in browsers. */

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
