import type { Row } from '../../src/domain/contract.ts';

/** One step of geo_change. */
interface Change {
  to: string;
  year: number;
  kind: string;
}

/**
 * Municipality codes through time, from geo (today's places) and geo_change (old → new). Answers
 * where an old code's area lies today and when a code stopped being used, for carrying figures
 * onto today's codes. Counties and groups are not followed.
 */
export class CodeHistory {
  private readonly today = new Map<string, string>();
  private readonly out = new Map<string, Change[]>();
  private readonly into = new Map<string, Change[]>();
  private readonly memo = new Map<string, string[] | null>();

  constructor(geo: readonly Row[], geoChange: readonly Row[]) {
    for (const g of geo)
      if (g.level === 'municipality') this.today.set(String(g.code), String(g.parent_code));
    for (const c of geoChange) {
      const from = String(c.old_code);
      const step = { to: String(c.new_code), year: Number(c.year), kind: String(c.kind) };
      this.out.set(from, [...(this.out.get(from) ?? []), step]);
      this.into.set(step.to, [...(this.into.get(step.to) ?? []), { ...step, to: from }]);
    }
  }

  /** Today's municipalities. */
  municipalities(): string[] {
    return [...this.today.keys()].sort();
  }

  /** Today's county of a municipality of today. */
  countyOf(code: string): string | undefined {
    return this.today.get(code);
  }

  /**
   * Today's municipalities an old code's area lies in: one for a recode or merge, several when
   * the code (or one it became) was split; null when geo_change does not carry the code.
   */
  targets(code: string, seen: readonly string[] = []): string[] | null {
    if (this.today.has(code)) return [code];
    const hit = this.memo.get(code);
    if (hit !== undefined) return hit;
    const steps = this.out.get(code) ?? [];
    const found = new Set<string>();
    for (const s of steps) {
      if (seen.includes(s.to)) continue;
      const t = this.targets(s.to, [...seen, code]);
      if (t === null) {
        this.memo.set(code, null);
        return null;
      }
      t.forEach((x) => found.add(x));
    }
    const result = found.size > 0 ? [...found].sort() : null;
    this.memo.set(code, result);
    return result;
  }

  /** Every code geo_change knows (old or new) and today's codes. */
  allCodes(): string[] {
    return [...new Set([...this.today.keys(), ...this.out.keys(), ...this.into.keys()])].sort();
  }

  /** The first year a code was no longer used (the year of its earliest change), or null. */
  endYear(code: string): number | null {
    const years = (this.out.get(code) ?? []).map((s) => s.year);
    return years.length > 0 ? Math.min(...years) : null;
  }

  /** The first year a code was used, when geo_change shows it arising from older codes; else null. */
  startYear(code: string): number | null {
    const years = (this.into.get(code) ?? []).map((s) => s.year);
    return years.length > 0 ? Math.max(...years) : null;
  }

  /** Whether a code was in use in a year, by geo_change alone (years before any record count as used). */
  usedIn(code: string, year: number): boolean {
    const end = this.endYear(code);
    const start = this.startYear(code);
    return (end === null || year < end) && (start === null || year >= start);
  }

  /** The year and targets of the split a code's area went through, if it did. */
  splitOf(code: string): { code: string; year: number; into: string[] } | null {
    const t = this.targets(code);
    if (!t || t.length < 2) return null;
    for (let at = code, i = 0; i < 10; i++) {
      const steps = this.out.get(at) ?? [];
      const tos = [...new Set(steps.map((s) => s.to))];
      if (tos.length > 1) return { code: at, year: Math.min(...steps.map((s) => s.year)), into: t };
      if (tos.length === 0) break;
      at = tos[0] as string;
    }
    return null;
  }
}
