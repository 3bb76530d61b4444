/**
 * The figure of a candidate: value and status (a SPVFLAGG wins, then a status column, then the
 * cell's own symbol), the optional numbers (interval, numerator, denominator, respondents) and the
 * row's note, for validateRow (numbers as read, the rest as text); or the rejection that says why not.
 */
import { STATUSES, type Status } from '../domain/contract.ts';
import type { RawRow } from '../domain/validate.ts';
import { own } from './memo.ts';
import { msg, type IngestMessage } from './messages.ts';
import { clip, parseNumber, SPVFLAGG } from './numbers.ts';
import type { Candidate } from './types.ts';

/** Optional numeric fields of a candidate and their contract columns. */
const OPTIONAL_NUMBERS = [
  ['ciLow', 'ci_low'],
  ['ciHigh', 'ci_high'],
  ['numerator', 'numerator'],
  ['denominator', 'denominator'],
  ['respondents', 'respondents'],
] as const;

/** A rejection of one candidate: its message and the column and cell it is about. */
export interface Refusal {
  reason: IngestMessage;
  column?: string;
  value?: string;
}

const refuse = (reason: IngestMessage, column?: string, value?: string): Refusal => ({
  reason,
  ...(column !== undefined ? { column } : {}),
  ...(value !== undefined ? { value } : {}),
});

/**
 * Reads the value, status and optional numbers of a candidate into the raw row. Returns whether
 * the figure is provisional, or the refusal.
 */
export function readFigure(c: Candidate, raw: RawRow): boolean | Refusal {
  const num = parseNumber(c.value);
  if (!num.ok)
    return refuse(msg('bad-number.value', { why: num.reason }), 'value', String(c.value ?? ''));
  let status: Status = num.status;
  let value: number | null = num.value;
  const flagText = c.flag?.trim() ?? '';
  if (flagText !== '') {
    const flag = SPVFLAGG[flagText];
    if (!flag)
      return refuse(msg('bad-flag.row', { value: clip(flagText, 10) }), 'SPVFLAGG', flagText);
    if (flag.status !== 'ok') {
      status = flag.status;
      value = null;
    }
  } else if (c.status !== undefined && c.status.trim() !== '') {
    const s = c.status.trim().toLowerCase();
    if (!(STATUSES as readonly string[]).includes(s))
      return refuse(msg('bad-status.row', { value: clip(s, 20) }), 'status', c.status);
    if (s === 'ok' && value === null) return refuse(msg('bad-number.ok-without-value'), 'value');
    status = s as Status;
  }
  raw.value = value ?? '';
  raw.status = status;
  if (
    c.ciLow !== undefined ||
    c.ciHigh !== undefined ||
    c.numerator !== undefined ||
    c.denominator !== undefined ||
    c.respondents !== undefined
  ) {
    for (const [field, column] of OPTIONAL_NUMBERS) {
      const v = c[field];
      if (v === undefined) continue;
      const n = parseNumber(v);
      if (!n.ok)
        return refuse(msg('bad-number.column', { column, why: n.reason }), column, String(v));
      raw[column] = n.value ?? '';
    }
    // A figure that is not shown must not leak through its interval or its count.
    if (status !== 'ok') {
      raw.ci_low = '';
      raw.ci_high = '';
      raw.numerator = '';
    }
  }
  return num.status === 'ok' && num.provisional === true;
}

/** The note of a row whose place code was carried to today's. */
export function carriedNote(carried: readonly string[], code: string): string {
  return `Code ${carried[0]} in the file, carried to ${code}`;
}

/** The row's note: a carried code, a provisional figure, the file's own note. */
export function noteOf(
  c: Candidate,
  carried: string[] | undefined,
  code: string,
  provisional: boolean,
): string {
  let note = carried ? carriedNote(carried, code) : '';
  if (provisional) note = join(note, 'Provisional figure (SSB *)');
  if (c.note !== undefined && c.note.trim() !== '') note = join(note, own(c.note.trim()));
  return note;
}

const join = (a: string, b: string): string => (a === '' ? b : `${a}. ${b}`);
