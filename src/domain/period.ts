/** A period of whole years; a single year has from === to. */
export interface Period {
  from: number;
  to: number;
}

const YEAR = /^(\d{4})$/;
const RANGE = /^(\d{4})\s*[-_–—/]\s*(\d{4})$/;

/**
 * Parses a period as Norwegian sources write it: `2015`, `2013_2015` (FHI), `2013-2015`,
 * `2013–2015`, `2013/2015`. Returns null for anything else, or for a range that runs backwards.
 */
export function parsePeriod(text: string): Period | null {
  const t = text.trim();
  const single = YEAR.exec(t);
  if (single) {
    const y = Number(single[1]);
    return { from: y, to: y };
  }
  const range = RANGE.exec(t);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    return from <= to ? { from, to } : null;
  }
  return null;
}

/** `2015` or `2013–2015` (en dash), as a caption or axis shows it. */
export function formatPeriod(p: Period): string {
  return p.from === p.to ? String(p.from) : `${p.from}–${p.to}`;
}

/** The middle of a period, where a chart places its point. */
export function periodMid(p: Period): number {
  return (p.from + p.to) / 2;
}
