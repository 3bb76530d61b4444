import {
  assessmentId,
  type AssessmentEntry,
  type AssessmentRecord,
} from '../domain/assessments.ts';
import { ASSESSMENTS, idbAll, inTransaction } from './idb.ts';
import { announce, onAnnounce } from './sync-channel.ts';
import { TAB_ID } from './tab-id.ts';

/** What a save did: written, or met a newer version written meanwhile (in another tab). */
export type AssessmentWrite =
  { ok: true; record: AssessmentRecord } | { ok: false; theirs: AssessmentRecord | null };

let known: ReadonlyMap<string, AssessmentRecord> = new Map();
let loaded: Promise<void> | null = null;
const listeners = new Set<() => void>();

function setKnown(records: readonly AssessmentRecord[]): void {
  known = new Map(records.map((r) => [r.id, r]));
  for (const fn of listeners) fn();
}

/** Reads every assessment kept in this browser again and tells the subscribers. */
export async function refreshAssessments(): Promise<void> {
  try {
    setKnown(await idbAll<AssessmentRecord>(ASSESSMENTS));
  } catch {
    // Storage may be off: nothing kept, nothing shown.
  }
}

/** Loads the assessments once per tab and follows other tabs' writes from then on. */
export function ensureAssessments(): Promise<void> {
  if (!loaded) {
    loaded = refreshAssessments();
    onAnnounce((topic) => {
      if (topic === 'assessments') void refreshAssessments();
    });
  }
  return loaded;
}

/** The assessments as this tab shows them, by id. */
export function knownAssessments(): ReadonlyMap<string, AssessmentRecord> {
  return known;
}

/** Calls `fn` when the assessments this tab shows change. */
export function subscribeAssessments(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * Writes the assessment if it is still at `expectedRev` (0: none yet), in one transaction, so a
 * write from another tab since the editor opened is never overwritten unseen. An empty text
 * removes the record.
 */
export async function saveAssessment(
  key: { geo: string; theme: string; indicator?: string | null },
  text: string,
  expectedRev: number,
): Promise<AssessmentWrite> {
  const id = assessmentId(key.geo, key.theme, key.indicator ?? null);
  const result = await inTransaction<AssessmentWrite>([ASSESSMENTS], 'readwrite', (tx, done) => {
    const store = tx.objectStore(ASSESSMENTS);
    const req = store.get(id);
    req.onsuccess = () => {
      const current = req.result as AssessmentRecord | undefined;
      if ((current?.rev ?? 0) !== expectedRev) {
        done({ ok: false, theirs: current ?? null });
        return;
      }
      const record: AssessmentRecord = {
        id,
        geo: key.geo,
        theme: key.theme,
        indicator: key.indicator ?? null,
        text,
        rev: expectedRev + 1,
        updatedAt: new Date().toISOString(),
        tab: TAB_ID,
      };
      if (text.trim() === '') store.delete(id);
      else store.put(record);
      done({ ok: true, record });
    };
  });
  await refreshAssessments();
  if (result.ok) announce('assessments');
  return result;
}

/** Every assessment as exported (sorted by id, so an export is stable). */
export function assessmentEntries(): AssessmentEntry[] {
  return [...known.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ geo, theme, indicator, text, updatedAt }) => ({
      geo,
      theme,
      indicator,
      text,
      updatedAt,
    }));
}

/** Puts imported assessments in place (each replaces the one with the same key); returns how many. */
export async function importAssessments(entries: readonly AssessmentEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const at = new Date().toISOString();
  await inTransaction<void>([ASSESSMENTS], 'readwrite', (tx) => {
    const store = tx.objectStore(ASSESSMENTS);
    for (const e of entries) {
      const id = assessmentId(e.geo, e.theme, e.indicator);
      const req = store.get(id);
      req.onsuccess = () => {
        const current = req.result as AssessmentRecord | undefined;
        store.put({
          id,
          geo: e.geo,
          theme: e.theme,
          indicator: e.indicator,
          text: e.text,
          rev: (current?.rev ?? 0) + 1,
          updatedAt: e.updatedAt || at,
          tab: TAB_ID,
        } satisfies AssessmentRecord);
      };
    }
  });
  await refreshAssessments();
  announce('assessments');
  return entries.length;
}
