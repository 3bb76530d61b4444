/**
 * Norwegian numbers and statistical symbols. A symbol is a status with no value, never a 0.
 *
 * Numbers: decimal comma or point; thousands separated by space, no-break space (U+00A0), thin
 * space (U+2009) or narrow no-break space (U+202F), or by the other mark when both appear
 * (`1.234,5`, `1,234.5`); a sign `-`, `−` or `+`; a trailing `%` is dropped; a trailing `*`
 * (SSB: provisional) keeps the number and marks it provisional. A lone comma is a decimal comma
 * (`1,234` = 1.234, as Norwegian sources write it); two commas without a point are ambiguous and
 * rejected. Numbers larger than 10^15 in size are rejected as implausible.
 */
import type { Status } from '../domain/contract.ts';
import { msg, type IngestMessage } from './messages.ts';

/** What a symbol means and the status it becomes. */
export interface SymbolMeaning {
  status: Exclude<Status, 'ok'>;
  meaning: string;
}

/**
 * Every FHI and SSB symbol and its status. FHI: `..` missing, `.` cannot be calculated, `:`
 * suppressed, `-` not available. SSB: `.` cannot occur, `..` not available, `...` not for
 * publication, `:` confidential, `-` nil, `*` provisional, `|` break in series.
 */
export const SYMBOLS: Readonly<Record<string, SymbolMeaning>> = {
  '': { status: 'missing', meaning: 'empty cell' },
  '..': { status: 'missing', meaning: 'data missing (FHI, SSB)' },
  '.': { status: 'missing', meaning: 'cannot be calculated (FHI) or cannot occur (SSB)' },
  ':': { status: 'suppressed', meaning: 'suppressed for privacy (FHI, SSB)' },
  '...': { status: 'suppressed', meaning: 'not for publication (SSB)' },
  '…': { status: 'suppressed', meaning: 'not for publication (SSB)' },
  '-': { status: 'missing', meaning: 'not available (FHI) or nil (SSB); never read as 0' },
  '–': { status: 'missing', meaning: 'not available (FHI) or nil (SSB); never read as 0' },
  '—': { status: 'missing', meaning: 'not available (FHI) or nil (SSB); never read as 0' },
  '*': { status: 'missing', meaning: 'a mark without a number (SSB: provisional)' },
  '|': { status: 'missing', meaning: 'a mark without a number (SSB: break in series)' },
};

/** FHI SPVFLAGG: 0 ok, 1 missing (`..`), 2 cannot be calculated (`.`), 3 suppressed (`:`). */
export const SPVFLAGG: Readonly<Record<string, { status: Status; symbol: string }>> = {
  '0': { status: 'ok', symbol: '' },
  '1': { status: 'missing', symbol: '..' },
  '2': { status: 'missing', symbol: '.' },
  '3': { status: 'suppressed', symbol: ':' },
};

/** A parsed cell: a number, a status from a symbol, or the reason it is neither. */
export type NumberCell =
  | { ok: true; value: number; status: 'ok'; provisional?: boolean }
  | { ok: true; value: null; status: Exclude<Status, 'ok'>; symbol: string }
  | { ok: false; reason: IngestMessage };

/** Largest size of number accepted. */
export const MAX_MAGNITUDE = 1e15;

const SIMPLE = /^-?\d+(\.\d+)?$/;
const FINAL = /^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const SPACE_GROUP = /(\d)[ \u00a0\u2009\u202f](?=\d{3}(?:\D|$))/g;

function finite(v: number, provisional: boolean): NumberCell {
  if (!Number.isFinite(v)) return { ok: false, reason: msg('number.out-of-range') };
  if (Math.abs(v) > MAX_MAGNITUDE) return { ok: false, reason: msg('number.too-large') };
  return provisional
    ? { ok: true, value: v, status: 'ok', provisional }
    : { ok: true, value: v, status: 'ok' };
}

function count(s: string, ch: string): number {
  let k = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) k++;
  return k;
}

/** Parses a cell as a number or a symbol (see SYMBOLS). Numbers pass through when finite. */
export function parseNumber(input: string | number | null | undefined): NumberCell {
  if (input === null || input === undefined)
    return { ok: true, value: null, status: 'missing', symbol: '' };
  if (typeof input === 'number') return finite(input, false);
  let t = input.trim();
  if (SIMPLE.test(t)) return finite(Number(t), false);
  const symbol = SYMBOLS[t];
  if (symbol) return { ok: true, value: null, status: symbol.status, symbol: t };
  let provisional = false;
  if (t.endsWith('*')) {
    provisional = true;
    t = t.slice(0, -1).trim();
  }
  if (t.endsWith('%')) t = t.slice(0, -1).trim();
  let sign = 1;
  const first = t.charAt(0);
  if (first === '-' || first === '−' || first === '–') {
    sign = -1;
    t = t.slice(1).trimStart();
  } else if (first === '+') t = t.slice(1).trimStart();
  t = t.replace(SPACE_GROUP, '$1');
  const commas = count(t, ',');
  const dots = count(t, '.');
  if (commas > 0 && dots > 0) {
    const decimalIsComma = t.lastIndexOf(',') > t.lastIndexOf('.');
    const [dec, thou] = decimalIsComma ? [',', '.'] : ['.', ','];
    const esc = (c: string): string => (c === '.' ? '\\.' : c);
    const grouped = new RegExp(`^\\d{1,3}(${esc(thou)}\\d{3})+${esc(dec)}\\d+$`);
    if (count(t, dec) !== 1 || !grouped.test(t)) return notANumber(input);
    t = t.replaceAll(thou, '').replace(dec, '.');
  } else if (commas === 1) {
    t = t.replace(',', '.');
  } else if (commas > 1) {
    return { ok: false, reason: msg('number.ambiguous', { value: clip(input) }) };
  } else if (dots > 1) {
    if (!/^\d{1,3}(\.\d{3})+$/.test(t)) return notANumber(input);
    t = t.replaceAll('.', '');
  }
  if (!FINAL.test(t)) return notANumber(input);
  return finite(sign * Number(t), provisional);
}

function notANumber(input: string): NumberCell {
  return { ok: false, reason: msg('number.not-a-number', { value: clip(input) }) };
}

/** Shortens text for a message (long cells are cut, with an ellipsis). */
export function clip(text: string, max = 80): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max)}…` : t;
}
