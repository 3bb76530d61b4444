import { applyOverlay } from '../db/apply-overlay.ts';
import { isWritable } from '../db/connector.ts';
import type { Coordinator } from '../db/coordinator.ts';
import { EMPTY_OVERLAY, isOverlay, type MeasureOverlay } from '../domain/measure-overlay.ts';
import { idbGet, idbSet } from './idb.ts';

const KEY = 'measure-overlay';
/** Set while the user has edits, so the next start does not draw un-edited figures from the snapshot. */
export const HAS_EDITS_FLAG = 'oversikt.hasEdits';

/** The user's measure edits as stored in this browser. */
export async function loadOverlay(): Promise<MeasureOverlay> {
  try {
    const v = await idbGet<unknown>(KEY);
    return isOverlay(v) ? v : EMPTY_OVERLAY;
  } catch {
    return EMPTY_OVERLAY;
  }
}

/** Stores the overlay (durably, before resolving), applies it to DuckDB and refreshes the views. */
export async function saveOverlay(
  coordinator: Coordinator,
  overlay: MeasureOverlay,
): Promise<void> {
  await idbSet(KEY, overlay);
  try {
    if (Object.keys(overlay.put).length > 0 || overlay.deleted.length > 0)
      localStorage.setItem(HAS_EDITS_FLAG, '1');
    else localStorage.removeItem(HAS_EDITS_FLAG);
  } catch {
    // Storage may be off; the snapshot then shows the embedded figures until DuckDB is up.
  }
  const db = await coordinator.live();
  if (!isWritable(db)) throw new Error('database is read-only');
  await applyOverlay(db, overlay);
  coordinator.invalidate();
}
