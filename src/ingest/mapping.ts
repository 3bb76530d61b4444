/**
 * The column mapping: which column of a user's table holds the place, period, sex, age, value and
 * indicator. Plain JSON, so the Data view can save it as a preset and offer it again.
 */
import { SOURCE_KINDS, UNITS, type Unit } from '../domain/contract.ts';
import { msg, type IngestMessage } from './messages.ts';
import { foldName } from './places.ts';

/** Which column is which; column names are matched without regard to case or accents. */
export interface ColumnMapping {
  /** Column with the place: a code in any common form or a name. */
  place: string;
  /** Column with the period (`2021`, `2013_2015`); or periodFrom (+ periodTo); or constants.period. */
  period?: string;
  periodFrom?: string;
  periodTo?: string;
  sex?: string;
  age?: string;
  /** Column with the figure (a number or a symbol). */
  value: string;
  /** Column naming the indicator (an id or a name); or indicatorId for the whole file. */
  indicator?: string;
  indicatorId?: string;
  /** Indicator column value → indicator id (`N05A` → `med-antipsychotics`). */
  indicatorValues?: Record<string, string>;
  ciLow?: string;
  ciHigh?: string;
  numerator?: string;
  denominator?: string;
  respondents?: string;
  status?: string;
  note?: string;
  /** Values for what the file has no column for. */
  constants?: { period?: string; sex?: string; age?: string };
  /** For an indicator the import creates: its name, unit and kind. */
  indicatorName?: string;
  unit?: Unit;
  sourceKind?: (typeof SOURCE_KINDS)[number];
}

/** A saved mapping, as the Data view stores it. */
export interface MappingPreset {
  version: 1;
  name: string;
  mapping: ColumnMapping;
}

/** Mapping fields that name a column. */
export const COLUMN_FIELDS = [
  'place',
  'period',
  'periodFrom',
  'periodTo',
  'sex',
  'age',
  'value',
  'indicator',
  'ciLow',
  'ciHigh',
  'numerator',
  'denominator',
  'respondents',
  'status',
  'note',
] as const;
export type ColumnField = (typeof COLUMN_FIELDS)[number];

/** Column positions for a mapping over one header; -1 where not mapped. */
export type ColumnIndex = Record<ColumnField, number>;

/** Finds a header column by name, ignoring case, accents and surrounding spaces. */
export function findColumn(header: readonly string[], name: string | undefined): number {
  if (name === undefined || name.trim() === '') return -1;
  const want = foldName(name);
  return header.findIndex((h) => foldName(h) === want);
}

/**
 * Checks a mapping (for instance one loaded from a saved preset) against a header. Returns the
 * column positions, or the problems (as messages).
 */
export function checkMapping(
  m: ColumnMapping,
  header: readonly string[],
): { ok: true; columns: ColumnIndex } | { ok: false; problems: IngestMessage[] } {
  const problems: IngestMessage[] = [];
  if (typeof m !== 'object' || m === null)
    return { ok: false, problems: [msg('mapping.not-an-object')] };
  const columns = {} as ColumnIndex;
  for (const f of COLUMN_FIELDS) {
    const name = m[f];
    if (name !== undefined && typeof name !== 'string') {
      problems.push(msg('mapping.not-a-name', { field: f }));
      columns[f] = -1;
      continue;
    }
    const i = findColumn(header, name);
    if (name !== undefined && name.trim() !== '' && i < 0)
      problems.push(msg('mapping.no-column', { field: f, name }));
    columns[f] = i;
  }
  if (!m.place) problems.push(msg('mapping.place'));
  if (!m.value) problems.push(msg('mapping.value'));
  if (!m.period && !m.periodFrom && !m.constants?.period) problems.push(msg('mapping.period'));
  if (!m.indicator && !m.indicatorId) problems.push(msg('mapping.indicator'));
  if (m.unit !== undefined && !(UNITS as readonly string[]).includes(m.unit))
    problems.push(msg('mapping.unit', { units: [...UNITS] }));
  if (m.sourceKind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(m.sourceKind))
    problems.push(msg('mapping.source-kind', { kinds: [...SOURCE_KINDS] }));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns };
}

const GUESSES: Record<'place' | 'period' | 'sex' | 'age' | 'value' | 'indicator', string[]> = {
  place: ['geo_code', 'geo', 'geografi', 'sted', 'kommune', 'region', 'kommunenummer', 'place'],
  period: ['period', 'periode', 'år', 'aar', 'year', 'tid', 'time'],
  sex: ['sex', 'kjønn', 'kjonn'],
  age: ['age', 'alder', 'trinn', 'klassetrinn'],
  value: ['value', 'verdi', 'andel', 'prosent', 'rate', 'antall', 'tall'],
  indicator: ['indicator_id', 'indicator', 'indikator', 'måltall', 'maltall'],
};

/** A first guess at a mapping from header names, for the Data view to show and the user to fix. */
export function suggestMapping(header: readonly string[]): Partial<ColumnMapping> {
  const out: Partial<ColumnMapping> = {};
  for (const [field, names] of Object.entries(GUESSES) as [keyof typeof GUESSES, string[]][]) {
    const hit = names.map((n) => findColumn(header, n)).find((i) => i >= 0);
    if (hit !== undefined) out[field] = header[hit];
  }
  return out;
}
