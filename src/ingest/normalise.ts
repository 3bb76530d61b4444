/**
 * The normaliser: one candidate figure in, a contract row out (or a rejection with its reason).
 * Places are carried to today's codes, periods, sex and age read by the label rules, the figure
 * and its status read, the row validated against the contract and checked for duplicates.
 */
import type { Row, Sex, Status } from '../domain/contract.ts';
import type { Period } from '../domain/period.ts';
import { checkUnit, validateRow, type RawRow } from '../domain/validate.ts';
import { noteOf, readFigure, type Refusal } from './figure.ts';
import type { IndicatorResolver } from './indicators.ts';
import { KeySet, type KeptFigure } from './keys.ts';
import { parseAge, parseSex, readPeriod } from './labels.ts';
import { Memo, own } from './memo.ts';
import { msg, type IngestMessage, type MessageParam } from './messages.ts';
import { clip } from './numbers.ts';
import type { GeoIndex, PlaceResult } from './places.ts';
import type { FractionSuspect } from './report.ts';
import type { ReportBuilder } from './report-builder.ts';
import type { Candidate } from './types.ts';
import type { Resolved } from './indicators.ts';

/** A candidate that passed every check but the one for repeats, with what counting it needs. */
export interface Checked {
  row: Row;
  place: Extract<PlaceResult, { kind: 'ok' | 'group' }>;
  /** The place as the file gave it, trimmed ('' for a new group). */
  placeText: string;
  period: Period;
  sex: Sex;
  age: string;
  ind: Extract<Resolved, { ok: true }>;
  placeName: string | undefined;
}

/** Percent from a fraction without float noise (0.059000000000000004 → 5.9). */
const percentOf = (f: number): number => Math.round(f * 100 * 1e9) / 1e9;

/** Fewer figures than this say too little to suspect fractions. */
const MIN_SUSPECT = 3;

/** Turns candidates into rows, counting everything in the report builder. */
export class Normaliser {
  /** Per percent indicator: figures with a value, and the largest absolute value. */
  private readonly shares = new Map<string, { n: number; max: number }>();
  /** Comparison groups the import adds: code → name. */
  readonly added = new Map<string, string>();
  private readonly seen = new KeySet();
  private readonly places: Memo<PlaceResult>;
  private readonly periods = new Memo<Period | null>(readPeriod);
  private readonly sexes = new Memo<Sex | null>(parseSex);
  private readonly ages = new Memo<string | null>(parseAge);

  constructor(
    geo: GeoIndex,
    private readonly resolver: IndicatorResolver,
    private readonly rb: ReportBuilder,
    private readonly sourceId: string,
    private readonly sharesAs?: 'fraction' | 'percent',
  ) {
    this.places = new Memo<PlaceResult>((t) => geo.resolve(t));
  }

  private reject(c: Candidate, r: Refusal): null {
    this.rb.reject({ row: c.row, ...r.reason, column: r.column, value: r.value });
    return null;
  }

  /** The row of a candidate, or null when it is rejected or dropped. */
  take(c: Candidate): Row | null {
    const checked = this.check(c);
    if (!checked) return null;
    const { row } = checked;
    const figure = {
      value: typeof row.value === 'number' ? row.value : null,
      status: String(row.status ?? ''),
    };
    const { ind, place, period } = checked;
    const first = this.seen.add(
      ind.id,
      place.code,
      period.from,
      period.to,
      checked.sex,
      checked.age,
      c.row,
      figure,
    );
    if (first !== undefined) {
      this.rb.duplicates++;
      return this.reject(c, { reason: duplicateReason(first, figure, this.seen.firstFigure) });
    }
    this.keep(checked);
    return row;
  }

  /**
   * Everything `take` asks of a candidate but whether its key was seen before: the row and what
   * counting it needs, or null when it is rejected or dropped (counted as read, and as such). A
   * caller that finds repeats itself (src/imports/duck-ingest.ts, in SQL) calls this and `keep`.
   */
  check(c: Candidate): Checked | null {
    const rb = this.rb;
    rb.read++;
    const ind = this.resolver.get(c.indicator);
    if (!ind) return this.reject(c, { reason: msg('unknown-indicator.none') });
    if (!ind.ok) return this.reject(c, { reason: ind.reason, column: 'indicator_id' });

    const place = this.places.get(c.place);
    const placeText = place.kind === 'group' ? '' : c.place.trim();
    if (place.kind === 'pseudo') {
      rb.dropped++;
      rb.countDropped(placeText);
      return null;
    }
    if (place.kind === 'unknown') {
      rb.countUnknown(placeText, place.reason);
      return this.reject(c, {
        reason: msg('unknown-place.row', { place: clip(placeText, 60), why: place.reason }),
        column: 'geo_code',
        value: placeText,
      });
    }
    const code = place.code;
    const period = this.periods.get(c.period);
    if (!period)
      return this.reject(c, {
        reason: msg('bad-period.row', { value: clip(c.period, 40) }),
        column: 'period',
        value: c.period,
      });
    const sex = this.sexes.get(c.sex);
    if (!sex)
      return this.reject(c, {
        reason: msg('bad-sex.row', { value: clip(c.sex, 40) }),
        column: 'sex',
        value: c.sex,
      });
    const age = this.ages.get(c.age);
    if (!age)
      return this.reject(c, {
        reason: msg('bad-age.row', { value: clip(c.age, 40) }),
        column: 'age',
        value: c.age,
      });
    const raw: RawRow = {
      indicator_id: ind.id,
      geo_code: code,
      period_from: period.from,
      period_to: period.to,
      sex,
      age,
      value: '',
      status: '',
      source_id: this.sourceId,
    };
    const provisional = readFigure(c, raw);
    if (typeof provisional !== 'boolean') return this.reject(c, provisional);
    const carried = place.kind === 'ok' ? place.carried : undefined;
    const note = noteOf(c, carried, code, provisional);
    if (note !== '') raw.note = note;
    const { row, issues } = validateRow('observation', raw);
    const issue = issues[0] ?? checkUnit(ind.unit, row);
    if (issue)
      return this.reject(c, {
        reason: msg('invalid.row', {
          column: issue.column,
          rule: issue.rule,
          value: clip(issue.value, 40),
        }),
        column: issue.column,
        value: issue.value,
      });
    return { row, place, placeText, period, sex, age, ind, placeName: c.placeName };
  }

  /** Counts a checked row as kept: its place, period, status, indicator and share. */
  keep(k: Checked): void {
    const { row, place, placeText, ind } = k;
    const rb = this.rb;
    const code = place.code;
    if (place.kind === 'group') this.addGroup(code, k.placeName);
    if (place.kind === 'ok') {
      if (place.via === 'name') rb.countByName(placeText, code, place.note);
      if (place.carried) rb.countCarried(placeText, place.carried);
    }
    if (ind.unit === 'percent' && typeof row.value === 'number') this.share(ind.id, row);
    rb.kept++;
    rb.statuses[row.status as Status]++;
    rb.covered.add(code);
    rb.period(k.period);
    ind.counter.n++;
  }

  /** A comparison group the import adds, named by its first kept row (or by its code). */
  addGroup(code: string, placeName: string | undefined): void {
    if (!this.added.has(code)) this.added.set(code, own(placeName?.trim() || code));
  }

  /** The place a text names, as the rows are judged (memoised). */
  place(text: string): PlaceResult {
    return this.places.get(text);
  }

  /** The period a text names, or null (memoised: one object per text). */
  period(text: string): Period | null {
    return this.periods.get(text);
  }

  /** The contract's sex for a text, or null. */
  sex(text: string): Sex | null {
    return this.sexes.get(text);
  }

  /** The contract's age band for a text, or null. */
  age(text: string): string | null {
    return this.ages.get(text);
  }

  /** Adds `n` kept percent figures of one indicator whose largest absolute value is `max`. */
  addShares(id: string, n: number, max: number): void {
    const s = this.shares.get(id) ?? { n: 0, max: 0 };
    s.n += n;
    s.max = Math.max(s.max, max);
    this.shares.set(id, s);
  }

  /** Counts a percent figure, and scales it when the user said the file gives fractions. */
  private share(id: string, row: Row): void {
    const value = row.value as number;
    this.addShares(id, 1, Math.abs(value));
    if (this.sharesAs !== 'fraction') return;
    row.value = percentOf(value);
    if (typeof row.ci_low === 'number') row.ci_low = percentOf(row.ci_low);
    if (typeof row.ci_high === 'number') row.ci_high = percentOf(row.ci_high);
  }

  /** Percent indicators whose figures all lie in 0–1, when the user has not said how to read them. */
  fractionSuspects(): FractionSuspect[] {
    if (this.sharesAs) return [];
    return [...this.shares]
      .filter(([, s]) => s.n >= MIN_SUSPECT && s.max <= 1)
      .map(([id, s]) => ({ id, ...s }));
  }
}

/** Why a repeated key is rejected: a plain repeat, or one with another figure (with both). */
export function duplicateReason(first: number, figure: KeptFigure, was: KeptFigure): IngestMessage {
  // A repeat with another figure says so, with both: the file disagrees with itself.
  if (was.value !== figure.value || was.status !== figure.status)
    return msg('duplicate.conflict', {
      first,
      value: figureWord(figure),
      firstValue: figureWord(was),
    });
  return msg('duplicate.row', { first });
}

/** A figure as a message parameter: its value, or the word for its status. */
function figureWord(f: KeptFigure): MessageParam {
  if (f.value !== null) return f.value;
  return msg(f.status === 'suppressed' ? 'word.suppressed' : 'word.missing');
}
