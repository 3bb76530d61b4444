/**
 * A scan of a file's lines without decoding it: which line ends it uses, how many non-blank
 * lines follow the header, and whether a blank line sits between them. DuckDB's CSV reader does
 * not say on which line a record began; when every line after the header is one record, the
 * record's position gives its line (src/imports/duck-ingest.ts), and this scan says whether that
 * holds. Works on UTF-8 (or any encoding where LF and CR are single bytes of their own).
 */
import { chunks, type ByteSource } from './source.ts';
import type { LineEnds } from './text-stream.ts';

const LF = 10;
const CR = 13;

/** What the scan found. */
export interface LineScan {
  ends: LineEnds;
  /** Lines after the header that hold anything (a CR alone counts as blank). */
  dataLines: number;
  /** True when a blank line comes before a line that is not blank (after the header). */
  blankInside: boolean;
}

/** Scans the source's lines; `headerLine` is the header's 1-based line. */
export function scanLines(source: ByteSource, headerLine: number): LineScan {
  const ends: LineEnds = { crlf: false, lf: false, cr: false };
  let line = 1;
  let lineStart = 0;
  let dataLines = 0;
  let blanks = 0;
  let blankInside = false;
  let crs = 0;
  let crlfs = 0;
  let lfs = 0;
  let prev = -1;
  let base = 0;
  const endLine = (length: number): void => {
    if (line > headerLine) {
      if (length === 0) blanks++;
      else {
        if (blanks > 0) blankInside = true;
        dataLines++;
      }
    }
    line++;
  };
  for (const chunk of chunks(source)) {
    for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) {
      lfs++;
      const cr = (i > 0 ? chunk[i - 1] : prev) === CR;
      if (cr) crlfs++;
      const at = base + i;
      endLine(at - lineStart - (cr ? 1 : 0));
      lineStart = at + 1;
    }
    for (let i = chunk.indexOf(CR); i !== -1; i = chunk.indexOf(CR, i + 1)) crs++;
    prev = chunk[chunk.length - 1] ?? prev;
    base += chunk.length;
  }
  const trailingCr = prev === CR ? 1 : 0;
  if (base > lineStart) endLine(base - lineStart - trailingCr);
  if (crlfs > 0) ends.crlf = true;
  if (lfs > crlfs) ends.lf = true;
  if (crs > crlfs) ends.cr = true;
  return { ends, dataLines, blankInside };
}
