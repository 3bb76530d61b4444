import type { Transaction } from '../db/connector.ts';
import {
  countReplaced,
  dropStaging,
  insertNew,
  mergeObservations,
  resortObservations,
  stagingTable,
} from '../sql/imports.ts';
import type { PreparedImport } from './types.ts';

const KEYS = { indicator: 'id', geo: 'code', source: 'id' } as const;

/**
 * Puts an import's rows into the contract tables inside one transaction (all or nothing): figures
 * replace figures with the same key; indicators, comparison groups and the source are added when new.
 * Returns how many figures already there were replaced.
 */
export async function applyImport(tx: Transaction, p: PreparedImport): Promise<number> {
  // DuckDB-wasm takes over the buffer it is given; pass a copy so the kept import stays whole.
  for (const part of p.parts) await tx.insertArrow(stagingTable(part.table), part.bytes.slice());
  let replaced = 0;
  for (const part of p.parts) {
    if (part.table === 'observation') {
      replaced = (await tx.query(countReplaced()))[0]?.n ?? 0;
      for (const q of mergeObservations()) await tx.exec(q);
    } else if (part.table === 'indicator' || part.table === 'geo' || part.table === 'source') {
      await tx.exec(insertNew(part.table, KEYS[part.table]));
    }
    await tx.exec(dropStaging(part.table));
  }
  if (p.parts.some((x) => x.table === 'observation')) await tx.exec(resortObservations());
  return replaced;
}
