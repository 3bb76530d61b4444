import type { MeasureVersion } from '../../domain/measure-records.ts';
import type { MessageKey } from '../../i18n/i18n.ts';

/** One line of the conflict dialog: a field, its value in the other version and in mine. */
export interface ConflictRow {
  key: string;
  label: MessageKey;
  theirs: string;
  mine: string;
  differs: boolean;
}

const FIELDS: [string, MessageKey][] = [
  ['title', 'tiltak.col.title'],
  ['goal', 'tiltak.col.goal'],
  ['responsible', 'tiltak.col.responsible'],
  ['start_year', 'tiltak.col.start'],
  ['due_text', 'tiltak.col.due'],
  ['status', 'tiltak.col.status'],
  ['cost_text', 'tiltak.col.cost'],
  ['prevention_level', 'dekning.level'],
  ['target_groups', 'dekning.group'],
];

/** Turns a field's raw value into the words the dialog shows (status names, theme names, …). */
export type Describe = (key: string, value: unknown, v: MeasureVersion) => string;

/**
 * Both versions of a measure field by field (the links as theme and indicator lists), each marked
 * whether it differs. A deleted version (`measure: null`) shows `deleted` in every field.
 */
export function conflictRows(
  theirs: MeasureVersion,
  mine: MeasureVersion,
  describe: Describe,
  deleted: string,
): ConflictRow[] {
  const cell = (v: MeasureVersion, key: string) =>
    v.measure === null
      ? deleted
      : describe(key, key === 'themes' || key === 'indicators' ? v.links : v.measure[key], v);
  const rows: [string, MessageKey][] = [
    ...FIELDS,
    ['themes', 'tiltak.themes'],
    ['indicators', 'tiltak.indicators'],
  ];
  return rows.map(([key, label]) => {
    const a = cell(theirs, key);
    const b = cell(mine, key);
    return { key, label, theirs: a, mine: b, differs: a !== b };
  });
}
