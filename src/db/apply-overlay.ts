import type { MeasureOverlay } from '../domain/measure-overlay.ts';
import { overlayStatements } from '../sql/measure-edit.ts';
import type { Transaction } from './connector.ts';

/**
 * Puts the embedded measures back and applies the user's overlay on top, inside the caller's
 * transaction (`Coordinator.write`, or the start-up transaction before the coordinator is live).
 * Idempotent, so it runs after every edit; the SQL is built in `src/sql/measure-edit.ts`.
 */
export async function applyOverlay(
  tx: Pick<Transaction, 'exec'>,
  overlay: MeasureOverlay,
): Promise<void> {
  for (const q of overlayStatements(overlay)) await tx.exec(q);
}
