/**
 * Which separator splits the start of a file into a table, where its header is, and how wide its
 * rows are: for each separator, the most common width among lines with two filled fields, the
 * first such line within one field of it as the header, and the share of rows below that fit.
 */
import { SEPARATORS, type HeadLine } from './head-lines.ts';
import { MAX_PREAMBLE } from './limits.ts';
import type { Separator } from './basic-types.ts';

/** Where a separator puts the table: the lines with something in them, the header's index among
 * them, and the rows' width. */
export interface Candidate {
  k: number;
  lines: HeadLine[];
  header: number;
  width: number;
  consistency: number;
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
 * How separator k reads the lines: the rows' width (the most common among lines with two filled
 * fields), the header (the first such line within one field of it) and the share of rows below
 * with exactly that width. Null when the rows do not split (prose, a one-column file).
 */
export function tableFor(all: readonly HeadLine[], k: number): Candidate | null {
  // A line of nothing but separators (a spreadsheet's empty row) is a blank line.
  const lines = all.filter((l) => (l.filled[k] as number) > 0);
  const tableLike = (l: HeadLine): boolean => (l.filled[k] as number) >= 2;
  const widths = lines.filter(tableLike).map((l) => l.fields[k] as number);
  if (widths.length === 0) return null;
  const width = mode(widths);
  const header = lines.findIndex(
    (l) => tableLike(l) && Math.abs((l.fields[k] as number) - width) <= 1,
  );
  const rows = lines.slice(header + 1);
  if (rows.length > 0 && rows.filter((l) => (l.fields[k] as number) >= 2).length < rows.length / 2)
    return null;
  const consistency =
    rows.length === 0 ? 1 : rows.filter((l) => l.fields[k] === width).length / rows.length;
  return { k, lines, header, width, consistency };
}

/**
 * The best reading among the separators allowed: most consistent, then fewest lines above; and
 * the best reading whose header lies below more than MAX_PREAMBLE lines, for the reason.
 */
export function bestTable(
  lines: readonly HeadLine[],
  allowed: readonly number[],
): { best: Candidate | null; tooDeep: Candidate | null } {
  let best: Candidate | null = null;
  let tooDeep: Candidate | null = null;
  for (const k of allowed) {
    const c = tableFor(lines, k);
    if (!c) continue;
    if (c.header > MAX_PREAMBLE) {
      if (!tooDeep || c.consistency > tooDeep.consistency) tooDeep = c;
      continue;
    }
    if (
      !best ||
      c.consistency > best.consistency + 1e-9 ||
      (Math.abs(c.consistency - best.consistency) <= 1e-9 && c.header < best.header)
    )
      best = c;
  }
  // A table below too many lines reads its rows better than another separator does: say so,
  // rather than read the lines above it as the table.
  if (best && tooDeep && tooDeep.consistency > best.consistency + 1e-9) best = null;
  return { best, tooDeep };
}

/** The line above the header, when it splits by another separator into the rows' width. */
export function mixedSeparator(c: Candidate): Separator | undefined {
  const above = c.lines[c.header - 1];
  if (!above || above.fields[c.k] !== 1) return undefined;
  return SEPARATORS.find(
    (_, j) => j !== c.k && above.fields[j] === c.width && above.filled[j] === c.width,
  );
}
