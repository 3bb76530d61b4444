import type { Connector } from '../db/connector.ts';
import { codeChanges } from '../sql/catalog.ts';

/** Today's place for an older code, and the year of the last change; null when the code is today's. */
export interface CodeChange {
  old: string;
  code: string;
  name: string;
  year: number;
}

/** Follows an older municipality or county code to today's (`3807` → `4003 Skien`, 2024). */
export async function resolveOldCode(db: Connector, code: string): Promise<CodeChange | null> {
  const steps = await db.query(codeChanges(code));
  const last = steps[0];
  if (!last) return null;
  return {
    old: code,
    code: last.code,
    name: last.name,
    year: Math.max(...steps.map((s) => s.year)),
  };
}
