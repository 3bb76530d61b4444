/**
 * Whether the database is sealed: every setting of the seal as `duckdb_settings()` reports it.
 * Checked on every start (a failure stops the start and the header says why) and again before
 * every console statement.
 */
import type { ResultRow } from '../arrow/to-rows.ts';
import { SEAL_CHECKED } from '../sql/seal.ts';

/** A setting of the seal that does not have its value: what DuckDB reports, null when missing. */
export interface SealProblem {
  name: string;
  expected: string;
  actual: string | null;
}

/** What the console shows about the seal: the checked settings and DuckDB's in-memory files. */
export interface SealReport {
  settings: { name: string; value: string }[];
  problems: SealProblem[];
  /** Files in duckdb-wasm's own file system (registered or written); none while sealed. */
  files: string[];
}

/** The settings whose value is not the seal's (none when sealed). */
export function sealProblems(rows: ResultRow[]): SealProblem[] {
  const got = new Map(rows.map((r) => [String(r['name']), r['value']]));
  return SEAL_CHECKED.flatMap((s) => {
    const v = got.get(s.name);
    const actual = v === undefined || v === null ? null : String(v).toLowerCase();
    return actual === s.value ? [] : [{ name: s.name, expected: s.value, actual }];
  });
}

/** The problems as one line, each in words from `say` (e.g. `enable_external_access = true (must be false)`). */
export function describeProblems(
  problems: SealProblem[],
  say: (p: { name: string; actual: string; expected: string }) => string,
): string {
  return problems.map((p) => say({ ...p, actual: p.actual ?? '∅' })).join(', ');
}

/** The start stopped because the database could not be sealed. */
export class SealError extends Error {
  constructor(
    readonly problems: SealProblem[],
    message: string,
  ) {
    super(message);
    this.name = 'SealError';
  }
}
