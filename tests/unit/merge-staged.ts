/** Shared by the DuckDB for Node tests: lands what is staged for `observation`, as a commit does. */
import type { NodeConnector } from '../../pipelines/lib/node-connector.ts';
import { dropStaging, mergeObservations } from '../../src/sql/imports.ts';

/** Codes, compares, replaces and appends the staged figures, then drops the staging tables. */
export async function mergeStaged(db: NodeConnector): Promise<void> {
  const merge = mergeObservations();
  for (const q of [...merge.codes, ...merge.compare]) await db.exec(q);
  await db.query(merge.remove);
  await db.exec(merge.keep);
  await db.exec(merge.insert);
  for (const q of dropStaging('observation')) await db.exec(q);
}
