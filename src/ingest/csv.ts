/**
 * A fast delimited-text tokenizer: `"` quotes with `""` escapes, LF or CRLF line ends, line breaks
 * inside quotes, and the 1-based line each record starts on. Lines without quotes take a fast path
 * (one indexOf and a split), which keeps a 100 MB file at tens of MB/s; PapaParse measured 11–17
 * MB/s here and gives no line numbers. Cell text stays text: nothing is interpreted.
 */

/** One record: its fields, the line it starts on, and an error when it could not be read whole. */
export interface CsvRecord {
  fields: string[];
  line: number;
  error?: string;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Reads records one at a time from `start`; blank lines (and lines of only separators) are skipped. */
export class CsvCursor {
  private pos: number;
  private line: number;
  private nextQuote = -2;
  private readonly sepCode: number;
  /** Records returned so far. */
  count = 0;

  constructor(
    private readonly text: string,
    private readonly sep: string,
    start = 0,
    startLine = 1,
  ) {
    this.pos = start;
    this.line = startLine;
    this.sepCode = sep.charCodeAt(0);
  }

  /** Fraction of the text consumed (0–1). */
  position(): number {
    return this.text.length === 0 ? 1 : this.pos / this.text.length;
  }

  /** Offset in the text of the next record. */
  offset(): number {
    return this.pos;
  }

  /** Line number of the next record. */
  lineNumber(): number {
    return this.line;
  }

  /** The next record, or null at the end. */
  next(): CsvRecord | null {
    const t = this.text;
    const n = t.length;
    while (this.pos < n) {
      const start = this.pos;
      const line = this.line;
      let nl = t.indexOf('\n', start);
      if (nl === -1) nl = n;
      let end = nl;
      if (end > start && t.charCodeAt(end - 1) === CR) end--;
      if (this.nextQuote !== -1 && this.nextQuote < start) this.nextQuote = t.indexOf('"', start);
      if (this.nextQuote === -1 || this.nextQuote >= end) {
        this.pos = nl + 1;
        this.line++;
        if (end === start || isBlank(t, start, end, this.sepCode)) continue;
        this.count++;
        return { fields: t.slice(start, end).split(this.sep), line };
      }
      this.count++;
      return this.quoted(start, line);
    }
    return null;
  }

  /** The slow path: a record with at least one quote in it. */
  private quoted(start: number, line: number): CsvRecord {
    const t = this.text;
    const n = t.length;
    const sep = this.sepCode;
    const fields: string[] = [];
    let breaks = 0;
    let i = start;
    for (;;) {
      if (i < n && t.charCodeAt(i) === QUOTE) {
        i++;
        let buf = '';
        let seg = i;
        for (;;) {
          const q = t.indexOf('"', i);
          if (q === -1) {
            buf += t.slice(seg);
            fields.push(buf);
            breaks += countBreaks(buf);
            this.pos = n;
            this.line = line + breaks + 1;
            this.nextQuote = -1;
            return {
              fields,
              line,
              error: `a quote opened on line ${line} is never closed (the rest of the file, ${breaks + 1} lines, is unreadable)`,
            };
          }
          if (t.charCodeAt(q + 1) === QUOTE) {
            buf += t.slice(seg, q + 1);
            i = q + 2;
            seg = i;
            continue;
          }
          buf += t.slice(seg, q);
          i = q + 1;
          break;
        }
        // Text after the closing quote (`"a"b`) is kept, as spreadsheets do.
        const extra = i;
        while (i < n) {
          const c = t.charCodeAt(i);
          if (c === sep || c === LF || c === CR) break;
          i++;
        }
        if (i > extra) buf += t.slice(extra, i);
        breaks += countBreaks(buf);
        fields.push(buf);
      } else {
        let j = i;
        while (j < n) {
          const c = t.charCodeAt(j);
          if (c === sep || c === LF || c === CR) break;
          j++;
        }
        fields.push(t.slice(i, j));
        i = j;
      }
      if (i >= n) break;
      const c = t.charCodeAt(i);
      if (c === sep) {
        i++;
        continue;
      }
      if (c === CR) i++;
      if (i < n && t.charCodeAt(i) === LF) i++;
      break;
    }
    this.pos = i;
    this.line = line + breaks + 1;
    return { fields, line };
  }
}

/** A line of nothing but spaces and separators (spreadsheets export such lines). */
function isBlank(t: string, start: number, end: number, sep: number): boolean {
  for (let i = start; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== sep) return false;
  }
  return true;
}

function countBreaks(s: string): number {
  let k = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) k++;
  return k;
}
