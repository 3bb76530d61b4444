import {
  EMPTY_OVERLAY,
  normaliseMeasure,
  type LinkRow,
  type MeasureOverlay,
  type MeasureRow,
} from './measure-overlay.ts';

/** A measure's content as one version of it: its row and links, or deleted. */
export interface MeasureVersion {
  measure: MeasureRow | null;
  links: LinkRow[];
}

/**
 * One measure's edit as this browser keeps it (one record per measure id): `put` (edited or added),
 * `deleted`, or `original` (the edit was undone: the plan's version stands). `rev` counts every
 * write of this measure; `baseRev` and `base` say which version the edit was made from.
 */
export interface MeasureRecord extends MeasureVersion {
  id: string;
  kind: 'put' | 'deleted' | 'original';
  rev: number;
  updatedAt: string;
  baseRev: number;
  base: MeasureVersion | null;
  /** The tab that wrote it. */
  tab: string;
}

/** A write this tab wants to make: the new state of one measure and the revision it was made from. */
export interface MeasureChange extends MeasureVersion {
  id: string;
  kind: MeasureRecord['kind'];
  /** The revision this change was made from (0: the measure had no record). */
  expectedRev: number;
  base: MeasureVersion | null;
}

/** A change that could not be written because the measure changed meanwhile, with what is stored now. */
export interface MeasureConflict {
  mine: MeasureChange;
  theirs: MeasureRecord | null;
}

/** The overlay that the records describe (what `applyOverlay` puts on the embedded tables). */
export function recordsToOverlay(records: Iterable<MeasureRecord>): MeasureOverlay {
  const put: MeasureOverlay['put'] = {};
  const deleted: string[] = [];
  for (const r of records) {
    if (r.kind === 'put' && r.measure) put[r.id] = { measure: r.measure, links: r.links };
    else if (r.kind === 'deleted') deleted.push(r.id);
  }
  return deleted.length === 0 && Object.keys(put).length === 0
    ? EMPTY_OVERLAY
    : { version: 1, put, deleted: deleted.sort() };
}

/** Version 1's one overlay blob as one record per measure (the one-time migration). */
export function overlayToRecords(o: MeasureOverlay, at: string, tab: string): MeasureRecord[] {
  const base = { rev: 1, updatedAt: at, baseRev: 0, base: null, tab };
  return [
    ...o.deleted
      .filter((id) => !(id in o.put))
      .map((id): MeasureRecord => ({ ...base, id, kind: 'deleted', measure: null, links: [] })),
    ...Object.entries(o.put).map(([id, v]): MeasureRecord => ({
      ...base,
      id,
      kind: 'put',
      measure: v.measure,
      links: v.links,
    })),
  ];
}

/** The change that edits or adds a measure, made from revision `expectedRev` showing `base`. */
export function putChange(
  measure: MeasureRow,
  links: LinkRow[],
  expectedRev: number,
  base: MeasureVersion | null,
): MeasureChange {
  const id = String(measure.id);
  return {
    id,
    kind: 'put',
    measure: normaliseMeasure(measure),
    links: links.map((l) => ({ ...l, measure_id: id })),
    expectedRev,
    base,
  };
}

/** The change that deletes a measure known at revision `expectedRev`. */
export function deleteChange(id: string, expectedRev: number, base: MeasureVersion | null) {
  return { id, kind: 'deleted', measure: null, links: [], expectedRev, base } as MeasureChange;
}

/** The changes that put back what `before` held, over the records just written (`after`). */
export function undoChanges(
  before: ReadonlyMap<string, MeasureRecord>,
  after: readonly MeasureRecord[],
): MeasureChange[] {
  return after.map((w) => {
    const prev = before.get(w.id);
    return {
      id: w.id,
      kind: prev?.kind ?? 'original',
      measure: prev?.measure ?? null,
      links: prev?.links ?? [],
      expectedRev: w.rev,
      base: { measure: w.measure, links: w.links },
    };
  });
}

/** The changes that turn the overlay of `known` into `next` (for a whole measures file). */
export function overlayChanges(
  known: ReadonlyMap<string, MeasureRecord>,
  next: MeasureOverlay,
): MeasureChange[] {
  const current = recordsToOverlay(known.values());
  const rev = (id: string) => known.get(id)?.rev ?? 0;
  const base = (id: string) => {
    const r = known.get(id);
    return r ? { measure: r.measure, links: r.links } : null;
  };
  const out: MeasureChange[] = [];
  for (const id of next.deleted)
    if (!current.deleted.includes(id)) out.push(deleteChange(id, rev(id), base(id)));
  for (const [id, v] of Object.entries(next.put)) {
    if (JSON.stringify(current.put[id]) === JSON.stringify(v)) continue;
    out.push({ ...putChange(v.measure, v.links, rev(id), base(id)) });
  }
  return out;
}

/** Whether a record is the first write or follows the revision the change was made from. */
export function fitsRevision(current: MeasureRecord | undefined, change: MeasureChange): boolean {
  return (current?.rev ?? 0) === change.expectedRev;
}

/** The record a change becomes once written over `current`. */
export function changeToRecord(
  change: MeasureChange,
  current: MeasureRecord | undefined,
  at: string,
  tab: string,
): MeasureRecord {
  return {
    id: change.id,
    kind: change.kind,
    measure: change.measure,
    links: change.links,
    rev: (current?.rev ?? 0) + 1,
    updatedAt: at,
    baseRev: change.expectedRev,
    base: change.base,
    tab,
  };
}
