/**
 * Reading a table through a column mapping: the engine of the column-mapping reader and of the
 * generic long CSV (whose mapping is fixed by our column names). Streams: one record at a time.
 */
import { SOURCE_KINDS, UNITS, POLARITIES, type Unit } from '../../domain/contract.ts';
import { IngestError } from '../errors.ts';
import { msg, type IngestMessage } from '../messages.ts';
import { slugify } from '../labels.ts';
import { checkMapping, type ColumnMapping } from '../mapping.ts';
import { clip } from '../numbers.ts';
import type {
  Candidate,
  CsvInput,
  ExtraColumns,
  IndicatorSpec,
  MappedPlan,
  MappedRows,
  ReadContext,
  ReadOutput,
} from '../types.ts';
import { cell, records } from './common.ts';

const ID = /^[a-z0-9][a-z0-9._-]*$/;

export const NO_EXTRA: ExtraColumns = {
  indicatorName: -1,
  unit: -1,
  sourceKind: -1,
  polarity: -1,
  themeId: -1,
  geoName: -1,
};

function oneOf<T extends string>(text: string, allowed: readonly T[]): T | undefined {
  const t = text.trim();
  return (allowed as readonly string[]).includes(t) ? (t as T) : undefined;
}

/** The mapping checked against the header, ready to turn records into candidates. */
export function mappedRows(
  header: readonly string[],
  mapping: ColumnMapping,
  ctx: ReadContext,
  extra: ExtraColumns,
  strictIds: boolean,
): MappedRows {
  const checked = checkMapping(mapping, header);
  if (!checked.ok)
    throw new IngestError(msg('file.mapping-does-not-fit', { problems: checked.problems }));
  const c = checked.columns;
  const fixedId = c.indicator < 0 ? (mapping.indicatorId ?? ctx.options.indicatorId) : undefined;
  if (c.indicator < 0 && !fixedId) throw new IngestError(msg('file.no-indicator'));
  const unitOption: Unit | undefined = mapping.unit ?? ctx.options.unit;
  const kindDefault = mapping.sourceKind ?? 'other';

  const declared = new Map<string, string>();
  const declare = (raw: string, f: readonly string[]): string | IngestMessage => {
    const known = declared.get(raw);
    if (known !== undefined) return known;
    const target = (mapping.indicatorValues?.[raw] ?? raw).trim();
    if (target === '') return msg('unknown-indicator.empty');
    const unitText = cell(f, extra.unit);
    const unit = oneOf(unitText, UNITS) ?? unitOption ?? null;
    if (unitText.trim() !== '' && !oneOf(unitText, UNITS))
      ctx.note(
        msg('note.unit-ignored', {
          unit: clip(unitText, 30),
          indicator: clip(target, 60),
          units: [...UNITS],
        }),
      );
    const name = cell(f, extra.indicatorName).trim() || mapping.indicatorName || target;
    const spec: Omit<IndicatorSpec, 'key' | 'suggestedId'> = {
      name_nb: name,
      unit,
      source_kind: oneOf(cell(f, extra.sourceKind), SOURCE_KINDS) ?? kindDefault,
      polarity: oneOf(cell(f, extra.polarity), POLARITIES),
      theme_id: cell(f, extra.themeId).trim() || undefined,
    };
    let key: string;
    if (ID.test(target)) {
      key = `id:${target}`;
      ctx.defineIndicator({ ...spec, key, id: target, suggestedId: target });
    } else if (strictIds) {
      return msg('unknown-indicator.not-an-id', { value: clip(target, 60) });
    } else {
      key = `name:${target}`;
      ctx.defineIndicator({ ...spec, key, suggestedId: slugify(target) || 'import' });
    }
    declared.set(raw, key);
    return key;
  };

  let fixedKey: string | null = null;
  if (fixedId) {
    fixedKey = `fixed:${fixedId}`;
    ctx.defineIndicator({
      key: fixedKey,
      id: fixedId,
      suggestedId: fixedId,
      name_nb: mapping.indicatorName ?? fixedId,
      unit: unitOption ?? null,
      source_kind: kindDefault,
      base: true,
    });
  }

  const constants = mapping.constants ?? {};
  const indicatorKey = (f: readonly string[]): string | IngestMessage =>
    fixedKey ?? declare(cell(f, c.indicator).trim(), f);
  const periodText = (f: readonly string[]): string => {
    if (c.period >= 0) return cell(f, c.period);
    if (c.periodFrom >= 0) {
      const from = cell(f, c.periodFrom).trim();
      const to = cell(f, c.periodTo).trim();
      return to === '' || to === from ? from : `${from}_${to}`;
    }
    return constants.period ?? '';
  };
  const candidate = (f: readonly string[], line: number): Candidate | null => {
    const key = indicatorKey(f);
    if (typeof key !== 'string') {
      ctx.reject({ row: line, ...key, column: 'indicator_id' });
      return null;
    }
    const cand: Candidate = {
      row: line,
      indicator: key,
      place: cell(f, c.place),
      period: periodText(f),
      sex: c.sex >= 0 ? cell(f, c.sex) : (constants.sex ?? 'all'),
      age: c.age >= 0 ? cell(f, c.age) : (constants.age ?? 'all'),
      value: cell(f, c.value),
    };
    if (c.status >= 0) cand.status = cell(f, c.status);
    if (c.ciLow >= 0) cand.ciLow = cell(f, c.ciLow);
    if (c.ciHigh >= 0) cand.ciHigh = cell(f, c.ciHigh);
    if (c.numerator >= 0) cand.numerator = cell(f, c.numerator);
    if (c.denominator >= 0) cand.denominator = cell(f, c.denominator);
    if (c.respondents >= 0) cand.respondents = cell(f, c.respondents);
    if (c.note >= 0) cand.note = cell(f, c.note);
    if (extra.geoName >= 0) cand.placeName = cell(f, extra.geoName);
    return cand;
  };
  return {
    columns: c,
    extra,
    fixed: fixedKey !== null,
    constants,
    indicatorKey,
    periodText,
    candidate,
  };
}

/** Reads the input's records through a mapped plan, one at a time. */
export function readMapped(input: CsvInput, plan: MappedPlan, ctx: ReadContext): ReadOutput {
  const cursor = input.open();
  function* rows(): Generator<Candidate> {
    for (const rec of records(input, cursor, ctx)) {
      const cand = plan.rows.candidate(rec.fields, rec.line);
      if (cand) yield cand;
    }
  }
  return {
    rows: rows(),
    source: plan.source,
    position: () => cursor.position(),
    records: () => cursor.count,
  };
}
