import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { useCoordinator } from '../../db/DbContext.ts';
import {
  recordsToOverlay,
  undoChanges,
  type MeasureChange,
  type MeasureConflict,
  type MeasureVersion,
} from '../../domain/measure-records.ts';
import { knownRecords, saveMeasureChanges, subscribeRecords } from '../../state/measure-store.ts';

/** What a save did: how many measures were written, the changes that undo it, conflicts met. */
export interface SaveOutcome {
  written: number;
  undo: MeasureChange[];
  conflicts: MeasureConflict[];
}

/**
 * The measure edits this tab shows (kept per measure, refreshed when another tab writes), a save
 * that never overwrites a newer version unseen, and the queue of conflicts for the user to decide.
 */
export function useMeasureEdits() {
  const coordinator = useCoordinator();
  const records = useSyncExternalStore(subscribeRecords, knownRecords);
  const overlay = useMemo(() => recordsToOverlay(records.values()), [records]);
  const [conflicts, setConflicts] = useState<MeasureConflict[]>([]);

  const save = useCallback(
    async (changes: MeasureChange[]): Promise<SaveOutcome> => {
      const r = await saveMeasureChanges(coordinator, changes);
      if (r.conflicts.length > 0) setConflicts((c) => [...c, ...r.conflicts]);
      return {
        written: r.written.length,
        undo: undoChanges(r.replaced, r.written),
        conflicts: r.conflicts,
      };
    },
    [coordinator],
  );
  /** The revision this tab shows for a measure (0: no record), and its content then. */
  const revOf = (id: string) => records.get(id)?.rev ?? 0;
  const versionOf = (id: string): MeasureVersion | null => {
    const r = records.get(id);
    return r ? { measure: r.measure, links: r.links } : null;
  };
  /** Takes the first conflict off the queue (after the user decided). */
  const settle = () => setConflicts((c) => c.slice(1));
  return { records, overlay, save, revOf, versionOf, conflicts, settle };
}
