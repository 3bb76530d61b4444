import { applyOverlay } from '../db/apply-overlay.ts';
import type { Coordinator } from '../db/coordinator.ts';
import type { MeasureOverlay } from '../domain/measure-overlay.ts';
import {
  recordsToOverlay,
  type MeasureChange,
  type MeasureRecord,
} from '../domain/measure-records.ts';
import { readMeasureRecords, writeMeasureChanges, type MeasureWrite } from './measure-db.ts';
import { announce, onAnnounce } from './sync-channel.ts';
import { TAB_ID } from './tab-id.ts';

/** Set while the user has edits, so the next start does not draw un-edited figures from the snapshot. */
export const HAS_EDITS_FLAG = 'oversikt.hasEdits';

/** The records this tab last put into its DuckDB: what it shows, and the revisions its edits start from. */
let known: ReadonlyMap<string, MeasureRecord> = new Map();
const listeners = new Set<() => void>();
let queue: Promise<unknown> = Promise.resolve();

/** Runs one step after another, so an own save and another tab's news never interleave. */
function serial<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

function setKnown(records: MeasureRecord[]): MeasureOverlay {
  known = new Map(records.map((r) => [r.id, r]));
  for (const fn of listeners) fn();
  const overlay = recordsToOverlay(records);
  try {
    if (Object.keys(overlay.put).length > 0 || overlay.deleted.length > 0)
      localStorage.setItem(HAS_EDITS_FLAG, '1');
    else localStorage.removeItem(HAS_EDITS_FLAG);
  } catch {
    // Storage may be off; the snapshot then shows the embedded figures until DuckDB is up.
  }
  return overlay;
}

/** The measure records as this tab shows them. */
export function knownRecords(): ReadonlyMap<string, MeasureRecord> {
  return known;
}

/** Calls `fn` when the records this tab shows change. */
export function subscribeRecords(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** The user's measure edits as stored in this browser (read at start-up, before DuckDB gets them). */
export async function loadOverlay(): Promise<MeasureOverlay> {
  try {
    return setKnown(await readMeasureRecords());
  } catch {
    return setKnown([]);
  }
}

/** Reads the records again, applies them to DuckDB and makes every view redraw. */
export function refreshMeasures(coordinator: Coordinator): Promise<void> {
  return serial(async () => {
    const records = await readMeasureRecords();
    // Through the coordinator's write queue, in one transaction; it invalidates once they land.
    await coordinator.write((tx) => applyOverlay(tx, recordsToOverlay(records)));
    // Known only once DuckDB holds them, so an editor never starts from a revision it does not show.
    setKnown(records);
  });
}

/**
 * Writes changes (each only if its measure is still at the revision it was made from), then shows
 * the stored state and tells the other tabs. Changes that met a newer version come back as
 * conflicts, for the user to decide; nothing is overwritten unseen.
 */
export async function saveMeasureChanges(
  coordinator: Coordinator,
  changes: readonly MeasureChange[],
): Promise<MeasureWrite> {
  const result = await writeMeasureChanges(changes, TAB_ID);
  await refreshMeasures(coordinator);
  if (result.written.length > 0) announce('measures');
  return result;
}

/** Keeps this tab's DuckDB in step with edits made in other tabs. */
export function startMeasureSync(coordinator: Coordinator): () => void {
  return onAnnounce((topic) => {
    if (topic === 'measures') void refreshMeasures(coordinator).catch(() => undefined);
  });
}
