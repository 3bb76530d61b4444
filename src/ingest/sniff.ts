/**
 * Separator sniffing among `;`, `,` and tab, counting separators outside quotes only, and finding
 * the header line below an SSB-style title line and blank line.
 */
import type { Separator } from './types.ts';

/** The sniffed layout of a delimited text. */
export interface Sniffed {
  separator: Separator;
  /** 1-based line of the header, and its offset in the text. */
  headerLine: number;
  headerOffset: number;
  /** Non-blank lines above the header (titles). */
  preamble: string[];
  /** Share of sampled lines with the header's field count (0–1). */
  consistency: number;
  /** Set when the line above the header splits by another separator into as many columns: most
   * likely the real header, written with a different separator than the rows. */
  mismatch?: Separator;
}

interface LogicalLine {
  start: number;
  end: number;
  line: number;
  counts: [number, number, number];
  blank: boolean;
}

const SEPARATORS: readonly Separator[] = [';', '\t', ','];
const SAMPLE_CHARS = 65536;
const SAMPLE_LINES = 200;
/** At most this many title lines above the header. */
const MAX_PREAMBLE = 5;

/** Splits the start of the text into logical lines (quotes may hold line breaks). */
function logicalLines(text: string): LogicalLine[] {
  const n = Math.min(text.length, SAMPLE_CHARS);
  const out: LogicalLine[] = [];
  let inQuote = false;
  let start = 0;
  let line = 1;
  let physical = 1;
  let counts: [number, number, number] = [0, 0, 0];
  let visible = false;
  for (let i = 0; i < n && out.length < SAMPLE_LINES; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      inQuote = !inQuote;
      visible = true;
    } else if (c === 10) {
      physical++;
      if (!inQuote) {
        const end = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
        out.push({ start, end, line, counts, blank: !visible });
        start = i + 1;
        line = physical;
        counts = [0, 0, 0];
        visible = false;
      }
    } else if (!inQuote) {
      if (c === 59) counts[0]++;
      else if (c === 9) counts[1]++;
      else if (c === 44) counts[2]++;
      if (c !== 32 && c !== 9 && c !== 13) visible = true;
    } else visible = true;
  }
  // The last line counts only when the whole text was sampled (else it may be cut short).
  if (text.length <= SAMPLE_CHARS && start < text.length && out.length < SAMPLE_LINES) {
    out.push({ start, end: text.length, line, counts, blank: !visible });
  }
  return out;
}

function mode(values: number[]): number {
  const freq = new Map<number, number>();
  let best = 0;
  let bestN = 0;
  for (const v of values) {
    const k = (freq.get(v) ?? 0) + 1;
    freq.set(v, k);
    if (k > bestN || (k === bestN && v > best)) {
      best = v;
      bestN = k;
    }
  }
  return best;
}

/**
 * Finds the separator and header line. Returns null when no separator splits the lines into two or
 * more columns consistently (a one-column file, or not delimited text at all).
 */
export function sniff(text: string): Sniffed | null {
  const lines = logicalLines(text).filter((l) => !l.blank);
  if (lines.length === 0) return null;
  let best: (Sniffed & { preambleCount: number }) | null = null;
  for (const [k, separator] of SEPARATORS.entries()) {
    const fields = lines.map((l) => (l.counts[k] as number) + 1);
    // The body (below any titles) decides the column count.
    const body = fields.length > MAX_PREAMBLE + 1 ? fields.slice(MAX_PREAMBLE) : fields;
    const columns = mode(body);
    if (columns < 2) continue;
    const h = fields.findIndex((f) => f === columns);
    if (h < 0 || h > MAX_PREAMBLE) continue;
    // Lines above the header must be titles: no separator in them.
    if (fields.slice(0, h).some((f) => f > 1)) continue;
    const rest = fields.slice(h);
    const consistency = rest.filter((f) => f === columns).length / rest.length;
    const header = lines[h] as LogicalLine;
    const candidate = {
      separator,
      headerLine: header.line,
      headerOffset: header.start,
      preamble: lines.slice(0, h).map((l) => text.slice(l.start, l.end).trim()),
      consistency,
      preambleCount: h,
    };
    if (
      !best ||
      candidate.consistency > best.consistency + 1e-9 ||
      (Math.abs(candidate.consistency - best.consistency) <= 1e-9 &&
        candidate.preambleCount < best.preambleCount)
    ) {
      best = candidate;
    }
  }
  if (!best) return null;
  const above = lines[best.preambleCount - 1];
  const k = SEPARATORS.indexOf(best.separator);
  const columns = (lines[best.preambleCount]?.counts[k] ?? 0) + 1;
  const mismatch = above
    ? SEPARATORS.find((_, j) => j !== k && (above.counts[j] ?? 0) + 1 === columns)
    : undefined;
  return {
    ...(mismatch ? { mismatch } : {}),
    separator: best.separator,
    headerLine: best.headerLine,
    headerOffset: best.headerOffset,
    preamble: best.preamble,
    consistency: best.consistency,
  };
}

/** Strips the quotes from an SSB title line: `"07459: Population, …"` → `07459: Population, …`. */
export function unquoteTitle(line: string): string {
  const t = line.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"')
    ? t.slice(1, -1).replaceAll('""', '"')
    : t;
}
