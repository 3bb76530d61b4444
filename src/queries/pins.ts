/**
 * The meeting deck: what a user pinned, as short tokens that travel in a link
 * (`trend~1554~ungdata-drunk-12m,tiles~1554~youth-substance,gaps~1554`). Pure functions.
 */
import { referenceFrom, type Reference } from './reference.ts';

/** Dekning's filters a pinned gap list keeps (the names of its URL params). */
export const GAP_FILTER_KEYS = ['year', 'plan', 'group', 'level', 'ref'] as const;
export type GapFilterKey = (typeof GAP_FILTER_KEYS)[number];

/** One pinned item: a Trender chart, an Oversikt tile group, or the Dekning gap list. */
export type Pin =
  | { kind: 'trend'; geo: string; indicator: string }
  | { kind: 'tiles'; geo: string; theme: string; reference: Reference }
  | { kind: 'gaps'; geo: string; filters: Partial<Record<GapFilterKey, string>> };

/** The most pins a deck keeps (a meeting is short; a link stays a sane length). */
export const MAX_PINS = 40;

// Fields are percent-escaped, and so is `~`, which encodeURIComponent leaves alone.
const esc = (s: string) => encodeURIComponent(s).replaceAll('~', '%7E');
const unesc = (s: string): string | null => {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
};

/** A pin as a token; the token is also the pin's id (caption edits are kept under it). */
export function pinToken(pin: Pin): string {
  if (pin.kind === 'trend') return ['trend', esc(pin.geo), esc(pin.indicator)].join('~');
  if (pin.kind === 'tiles') {
    const parts = ['tiles', esc(pin.geo), esc(pin.theme)];
    if (pin.reference !== 'country') parts.push(esc(pin.reference));
    return parts.join('~');
  }
  const filters = GAP_FILTER_KEYS.flatMap((k) => {
    const v = pin.filters[k];
    return v ? [`${k}:${esc(v)}`] : [];
  });
  return ['gaps', esc(pin.geo), ...filters].join('~');
}

/** Reads a token back into a pin; null for anything malformed. */
export function parsePin(token: string): Pin | null {
  const raw = token.trim().split('~');
  const [kind, ...rest] = raw;
  const fields = rest.map(unesc);
  if (fields.some((f) => f === null || f === '')) return null;
  const [geo, second, third] = fields as string[];
  if (!geo) return null;
  if (kind === 'trend' && second && fields.length === 2)
    return { kind: 'trend', geo, indicator: second };
  if (kind === 'tiles' && second && fields.length <= 3) {
    if (third !== undefined && referenceFrom(third) !== third) return null;
    return {
      kind: 'tiles',
      geo,
      theme: second,
      reference: third ? referenceFrom(third) : 'country',
    };
  }
  if (kind === 'gaps') {
    const filters: Partial<Record<GapFilterKey, string>> = {};
    for (const part of rest.slice(1)) {
      const at = part.indexOf(':');
      const key = part.slice(0, at) as GapFilterKey;
      const value = unesc(part.slice(at + 1));
      if (at < 1 || !GAP_FILTER_KEYS.includes(key) || !value || key in filters) return null;
      filters[key] = value;
    }
    return { kind: 'gaps', geo, filters };
  }
  return null;
}

/** The deck as one URL value: tokens joined by commas. */
export function serialiseDeck(pins: readonly Pin[]): string {
  return pins.map(pinToken).join(',');
}

/** Reads a deck from its URL value, dropping malformed and repeated tokens. */
export function parseDeck(text: string | null | undefined): Pin[] {
  const seen = new Set<string>();
  const pins: Pin[] = [];
  for (const token of (text ?? '').split(',')) {
    const pin = parsePin(token);
    if (!pin) continue;
    const id = pinToken(pin);
    if (seen.has(id)) continue;
    seen.add(id);
    pins.push(pin);
    if (pins.length === MAX_PINS) break;
  }
  return pins;
}

/** Whether the deck holds a pin with this id. */
export function hasPin(pins: readonly Pin[], id: string): boolean {
  return pins.some((p) => pinToken(p) === id);
}

/** The deck with a pin added at the end (unchanged if it is there already or the deck is full). */
export function addPin(pins: readonly Pin[], pin: Pin): Pin[] {
  if (hasPin(pins, pinToken(pin)) || pins.length >= MAX_PINS) return [...pins];
  return [...pins, pin];
}

/** The deck without the pin with this id. */
export function removePin(pins: readonly Pin[], id: string): Pin[] {
  return pins.filter((p) => pinToken(p) !== id);
}

/** Adds the pin, or removes it if it is there. */
export function togglePin(pins: readonly Pin[], pin: Pin): Pin[] {
  const id = pinToken(pin);
  return hasPin(pins, id) ? removePin(pins, id) : addPin(pins, pin);
}

/** The deck with the pin at `index` moved by `delta` places (clamped to the ends). */
export function movePin(pins: readonly Pin[], index: number, delta: number): Pin[] {
  const next = [...pins];
  const to = Math.max(0, Math.min(next.length - 1, index + delta));
  if (index < 0 || index >= next.length || to === index) return next;
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}
