/**
 * The start of a file as logical lines (a quoted cell may hold line breaks), with, for each
 * separator the sniffer knows, how many fields each line splits into and how many of them hold
 * something: a title padded by a spreadsheet (`Tabell 1: …;;;;;`) has many fields but one filled.
 */
import { SAMPLE_LINES } from './limits.ts';
import type { Separator } from './basic-types.ts';

/** The separators the sniffer tries, in the order that breaks ties. */
export const SEPARATORS: readonly Separator[] = [';', '\t', ','];
const CODES = SEPARATORS.map((s) => s.charCodeAt(0));

/** One logical line of the start of a file. */
export interface HeadLine {
  start: number;
  end: number;
  /** 1-based line it starts on. */
  line: number;
  /** Fields per separator (in SEPARATORS order), counted outside quotes. */
  fields: number[];
  /** Fields that hold something other than spaces, per separator. */
  filled: number[];
  blank: boolean;
}

/** Splits text (LF line ends) into logical lines, at most `max` of them. */
export function headLines(text: string, max = SAMPLE_LINES): HeadLine[] {
  const out: HeadLine[] = [];
  const k = CODES.length;
  let inQuote = false;
  let start = 0;
  let line = 1;
  let physical = 1;
  let fields = new Array<number>(k).fill(1);
  let filled = new Array<number>(k).fill(0);
  let cur = new Array<boolean>(k).fill(false);
  let visible = false;
  const end = (at: number): void => {
    for (let j = 0; j < k; j++) if (cur[j]) filled[j] = (filled[j] as number) + 1;
    const e = at > start && text.charCodeAt(at - 1) === 13 ? at - 1 : at;
    out.push({ start, end: e, line, fields, filled, blank: !visible });
    fields = new Array<number>(k).fill(1);
    filled = new Array<number>(k).fill(0);
    cur = new Array<boolean>(k).fill(false);
    visible = false;
  };
  const n = text.length;
  for (let i = 0; i < n && out.length < max; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      physical++;
      if (!inQuote) {
        end(i);
        start = i + 1;
        line = physical;
        continue;
      }
    }
    if (c === 34) inQuote = !inQuote;
    if (inQuote || c === 34) {
      visible = true;
      cur.fill(true);
      continue;
    }
    const space = c === 32 || c === 9 || c === 13;
    if (!space) visible = true;
    for (let j = 0; j < k; j++) {
      if (c === CODES[j]) {
        fields[j] = (fields[j] as number) + 1;
        if (cur[j]) filled[j] = (filled[j] as number) + 1;
        cur[j] = false;
      } else if (!space) cur[j] = true;
    }
  }
  if (start < n && out.length < max) end(n);
  return out;
}
