import type { Transaction } from '../db/connector.ts';
import { addCodes, codeBasisQuery } from '../sql/coded.ts';
import {
  CODED_STAGING,
  CODES_STAGING,
  dropStaging,
  insertNew,
  mergeObservations,
  revisedFigures,
  stagingTable,
} from '../sql/imports.ts';
import type { CodeBasisRow, RevisedRow } from '../sql/rows.ts';
import type { ImportPart, PreparedImport } from './types.ts';

const KEYS = { indicator: 'id', geo: 'code', source: 'id' } as const;

/**
 * Puts an import's rows into the contract tables inside one transaction (all or nothing): figures
 * replace figures with the same key; indicators, comparison groups and the source are added when new.
 * Returns how many figures already there were replaced. Each part's `engineCopy` is used up.
 */
export async function applyImport(tx: Transaction, p: PreparedImport): Promise<number> {
  return (await applyImportReporting(tx, p)).replaced;
}

/** What an import changed: figures replaced, and those among them the publisher revised. */
export interface ImportOutcome {
  replaced: number;
  /** How many replaced figures had another value, interval or status before. */
  revisedCount: number;
  /** The first of them (REVISED_LISTED at most), in key order. */
  revised: RevisedRow[];
}

/** applyImport, also listing the figures the import revises (a newer release of the same table). */
export async function applyImportReporting(
  tx: Transaction,
  p: PreparedImport,
): Promise<ImportOutcome> {
  // DuckDB-wasm takes over (transfers) the buffer it is given. The ingest worker made a second
  // copy for that, off the page's thread, so `bytes` stays whole for keeping. Without one (an
  // import kept by an older version), or when it was used up by an attempt that failed (a moved
  // buffer has no bytes left), copy here. (The marks time each step for npm run bench.)
  const step = (name: string) => performance.mark(`oversikt:import-${name}`);
  step('start');
  const coded = new Set<ImportPart>();
  for (const part of p.parts) {
    if (await stageCodedCopy(tx, part)) coded.add(part);
    else {
      const copy =
        part.engineCopy?.byteLength && !part.engineCodes ? part.engineCopy : part.bytes.slice();
      await tx.insertArrow(stagingTable(part.table), copy);
    }
  }
  step('staged');
  let replaced = 0;
  let revised: RevisedRow[] = [];
  for (const part of p.parts) {
    if (part.table === 'observation') {
      const merge = mergeObservations();
      if (!coded.has(part)) for (const q of merge.codes) await tx.exec(q);
      step('coded');
      for (const q of merge.compare) await tx.exec(q);
      revised = await tx.query(revisedFigures());
      step('revised');
      replaced = (await tx.query(merge.remove))[0]?.Count ?? 0;
      await tx.exec(merge.keep);
      step('removed');
      await tx.exec(merge.insert);
      step('inserted');
    } else if (part.table === 'indicator' || part.table === 'geo' || part.table === 'source') {
      await tx.exec(insertNew(part.table, KEYS[part.table]));
    }
    for (const q of dropStaging(part.table)) await tx.exec(q);
  }
  return { replaced, revisedCount: revised[0]?.total ?? 0, revised };
}

/**
 * Lands the worker's coded copy of the figures (src/imports/coded-copy.ts) straight in the coded
 * staging table, with the keys it adds, when the code tables are still those it was coded
 * against. False when there is no such copy, it was used up, or the code tables have changed
 * since: the text copy is staged and coded here instead.
 */
async function stageCodedCopy(tx: Transaction, part: ImportPart): Promise<boolean> {
  const copy = part.engineCopy;
  const codes = part.engineCodes;
  if (part.table !== 'observation' || !codes || !copy?.byteLength) return false;
  if (codes.added && !codes.added.byteLength) return false;
  if (!sameBasis(await tx.query(codeBasisQuery()), codes.basis)) return false;
  if (codes.added) {
    await tx.insertArrow(CODES_STAGING, codes.added);
    for (const q of addCodes(CODES_STAGING)) await tx.exec(q);
  }
  await tx.insertArrow(CODED_STAGING, copy);
  return true;
}

function sameBasis(now: CodeBasisRow[], then: CodeBasisRow[]): boolean {
  return (
    now.length === then.length &&
    now.every((a) => then.some((b) => b.c === a.c && b.n === a.n && b.top === a.top))
  );
}
