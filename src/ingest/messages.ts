/**
 * The report's words as codes and parameters: the library says what happened (`unknown-place.row`
 * with the place text), `src/i18n/ingest-nb.ts` and `ingest-en.ts` say it in words. No language
 * lives in this folder. A code is `<kind>.<detail>`; the kind groups rejections for counting.
 */

export const INGEST_CODES = [
  // The file as a whole could not be read (report.error).
  'file.empty',
  'file.binary',
  'file.too-large',
  'file.json-too-large',
  'file.bad-json',
  'file.no-columns',
  'file.mixed-separators',
  'file.preamble-too-long',
  'file.header-wider',
  'file.header-narrower',
  'file.header-unreadable',
  'file.no-data-rows',
  'file.format-not-recognised',
  'file.sep-unsupported',
  'file.internal',
  'file.needs-csv',
  'file.fhi-columns',
  'file.no-figure-column',
  'file.ssb-region',
  'file.ssb-long-value',
  'file.ssb-value-columns',
  'file.names-columns',
  'file.brukerplan-columns',
  'file.staffing-columns',
  'file.staffing-figures',
  'file.mapping-missing',
  'file.mapping-does-not-fit',
  'file.no-indicator',
  'file.jsonstat-category',
  'file.jsonstat-index',
  'file.jsonstat-id-size',
  'file.jsonstat-categories',
  'file.jsonstat-value-count',
  'file.jsonstat-no-value',
  'file.jsonstat-no-geo',
  'file.jsonstat-no-time',
  // One row (or figure) rejected.
  'ragged-row.fields',
  'ragged-row.lines',
  'unknown-indicator.none',
  'unknown-indicator.empty',
  'unknown-indicator.not-an-id',
  'unknown-indicator.invalid-id',
  'unknown-indicator.no-unit',
  'unknown-indicator.cannot-create',
  'unknown-place.row',
  'bad-period.row',
  'bad-sex.row',
  'bad-age.row',
  'bad-number.value',
  'bad-number.column',
  'bad-number.ok-without-value',
  'not-a-number.json',
  'bad-flag.row',
  'bad-status.row',
  'invalid.row',
  'duplicate.row',
  'duplicate.conflict',
  'orphan-measure.row',
  'bad-group.brukerplan',
  'bad-group.staffing',
  'shares-do-not-add-up.row',
  // Lines that could not be read at all (report.unreadable).
  'unreadable.unclosed-quote',
  'unreadable.too-long',
  // Why a place is unknown (a parameter of unknown-place.row, and places.unknown[].reason).
  'place.empty',
  'place.too-long',
  'place.pseudo',
  'place.not-a-code',
  'place.not-a-county',
  'place.split',
  'place.merged',
  'place.merged-today',
  'place.leads-nowhere',
  'place.not-today',
  'place.today-is',
  'place.today-is-named',
  'place.ambiguous-name',
  'place.no-such-name',
  // Why a cell is not a number.
  'number.out-of-range',
  'number.too-large',
  'number.ambiguous',
  'number.not-a-number',
  // Why a column mapping does not fit.
  'mapping.not-an-object',
  'mapping.not-a-name',
  'mapping.no-column',
  'mapping.place',
  'mapping.value',
  'mapping.period',
  'mapping.indicator',
  'mapping.unit',
  'mapping.source-kind',
  // Notes: how the file was read.
  'note.read-as-asked',
  'note.multiline-records',
  'note.group-added',
  'note.carried',
  'note.dropped',
  'note.unit-ignored',
  'note.unit-differs',
  'note.indicator-created',
  'note.county-and-municipality',
  'note.sep-line',
  'note.preamble',
  'note.header-trailing-separator',
  'note.rows-trailing-separator',
  'note.line-endings',
  'note.fractions-suspected',
  'note.fractions-scaled',
  'note.population-table',
  'note.population-summed',
  'note.population-not-summed',
  // Why a population table's single years of age were not summed into bands.
  'population.age',
  'population.age-twice',
  'population.persons',
  'population.missing',
  'population.no-top',
  // Words used inside other messages.
  'word.semicolon',
  'word.comma',
  'word.tab',
  'word.area.housing',
  'word.area.work-activity',
  'word.area.finances',
  'word.area.physical-health',
  'word.area.mental-health',
  'word.area.substance-use',
  'word.area.social-functioning',
  'word.area.network',
  'word.role.ciLow',
  'word.role.ciHigh',
  'word.role.respondents',
  'word.empty',
  'word.suppressed',
  'word.missing',
] as const;

/** A message code. */
export type IngestCode = (typeof INGEST_CODES)[number];

/** The kind of a code: its part before the first dot. */
export type IngestKind = IngestCode extends infer C
  ? C extends `${infer K}.${string}`
    ? K
    : never
  : never;

/** A parameter: text or a number from the file, a list, or a message of its own. */
export type MessageParam = string | number | boolean | IngestMessage | readonly MessageParam[];

/** One thing the report says: a code and its parameters (values from the file stay as they are). */
export interface IngestMessage {
  code: IngestCode;
  params?: Record<string, MessageParam>;
}

/** A message. */
export function msg(code: IngestCode, params?: Record<string, MessageParam>): IngestMessage {
  return params ? { code, params } : { code };
}

/** The kind of a code (`unknown-place.row` → `unknown-place`): rejections are counted by kind. */
export function kindOf(code: IngestCode): IngestKind {
  return code.slice(0, code.indexOf('.')) as IngestKind;
}

/** The word for a separator, as a message. */
export function separatorWord(sep: string): IngestMessage {
  return msg(sep === ';' ? 'word.semicolon' : sep === ',' ? 'word.comma' : 'word.tab');
}
