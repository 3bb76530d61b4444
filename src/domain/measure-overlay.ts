import type { Cell } from './contract.ts';
import { parseDueText } from './due-text.ts';

/** A measure as the user keeps it (contract columns). */
export type MeasureRow = Record<string, Cell>;
/** A link as the user keeps it. */
export interface LinkRow {
  measure_id: string;
  theme_id: string | null;
  indicator_id: string | null;
  expected_direction: string;
}

/**
 * The user's changes to the embedded measures, kept in the browser: measures put (edited or
 * added, with their full link list) and measures deleted. Applied on top of the embedded tables.
 */
export interface MeasureOverlay {
  version: 1;
  put: Record<string, { measure: MeasureRow; links: LinkRow[] }>;
  deleted: string[];
}

export const EMPTY_OVERLAY: MeasureOverlay = { version: 1, put: {}, deleted: [] };

/** A measure as kept: its deadline year parsed again from its deadline text. */
export function normaliseMeasure(measure: MeasureRow): MeasureRow {
  const due = parseDueText(
    measure.due_text === null || measure.due_text === undefined ? null : String(measure.due_text),
  );
  return { ...measure, due_year: due.dueYear };
}

/** The overlay with one measure edited or added (its links replace the old ones). */
export function putMeasure(
  o: MeasureOverlay,
  measure: MeasureRow,
  links: LinkRow[],
): MeasureOverlay {
  const id = String(measure.id);
  const row = normaliseMeasure(measure);
  return {
    version: 1,
    put: { ...o.put, [id]: { measure: row, links: links.map((l) => ({ ...l, measure_id: id })) } },
    deleted: o.deleted.filter((d) => d !== id),
  };
}

/** The overlay with a measure deleted. */
export function deleteFromOverlay(o: MeasureOverlay, id: string): MeasureOverlay {
  const put = { ...o.put };
  delete put[id];
  return { version: 1, put, deleted: o.deleted.includes(id) ? o.deleted : [...o.deleted, id] };
}

/** Whether a stored value is an overlay this version can use. */
export function isOverlay(v: unknown): v is MeasureOverlay {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as MeasureOverlay).version === 1 &&
    typeof (v as MeasureOverlay).put === 'object' &&
    Array.isArray((v as MeasureOverlay).deleted)
  );
}
