import type { Lang } from '../i18n/i18n.ts';

/** Where version 1 kept the whole deck, as one value (moved to one key per pin on first read). */
export const DECK_KEY = 'oversikt.mote.deck';
/** One key per pinned item, `oversikt.mote.pin:<token>` → `{ order, at }`, so two tabs never overwrite each other's pins. */
export const PIN_PREFIX = 'oversikt.mote.pin:';
const CAPTION_PREFIX = 'oversikt.mote.caption:';

const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function put(key: string, value: string | null): void {
  try {
    if (value === null || value === '') localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private browsing may forbid storage; the Møte view's URL still carries the deck.
  }
}

function write(key: string, value: string | null): void {
  put(key, value);
  for (const fn of listeners) fn();
}

interface PinEntry {
  token: string;
  order: number;
  at: string;
}

function pinEntries(): PinEntry[] {
  const out: PinEntry[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key?.startsWith(PIN_PREFIX)) continue;
      try {
        const v = JSON.parse(localStorage.getItem(key) ?? '{}') as Partial<PinEntry>;
        out.push({
          token: key.slice(PIN_PREFIX.length),
          order: Number(v.order) || 0,
          at: String(v.at ?? ''),
        });
      } catch {
        // A damaged entry is left out.
      }
    }
  } catch {
    return [];
  }
  // Pins added at the same place in two tabs both stay, in the order they were added.
  return out.sort(
    (a, b) => a.order - b.order || a.at.localeCompare(b.at) || a.token.localeCompare(b.token),
  );
}

/** The one-time move of version 1's deck value into one key per pin. */
function migrate(): void {
  const old = read(DECK_KEY);
  if (old === null) return;
  const at = new Date().toISOString();
  old
    .split(',')
    .filter(Boolean)
    .forEach((token, order) => put(PIN_PREFIX + token, JSON.stringify({ order, at })));
  put(DECK_KEY, null);
}

/** The deck kept in this browser, as its URL value (empty when nothing is pinned). */
export function readDeck(): string {
  migrate();
  return pinEntries()
    .map((e) => e.token)
    .join(',');
}

/**
 * Keeps the deck (its URL value) as a change from `base`, the deck the caller saw: only pins it
 * added, removed or moved are written, each under its own key, so a pin another tab added
 * meanwhile stays. Without `base`, the deck becomes exactly `value`.
 */
export function writeDeck(value: string, base?: string): void {
  if (value === readDeck()) return;
  const next = value.split(',').filter(Boolean);
  const now = new Map(pinEntries().map((e) => [e.token, e]));
  const seen = base === undefined ? [...now.keys()] : base.split(',').filter(Boolean);
  const at = new Date().toISOString();
  for (const token of seen) if (!next.includes(token)) put(PIN_PREFIX + token, null);
  next.forEach((token, order) => {
    const e = now.get(token);
    if (!e || e.order !== order)
      put(PIN_PREFIX + token, JSON.stringify({ order, at: e?.at ?? at }));
  });
  for (const fn of listeners) fn();
}

/** Calls `fn` when the deck or a caption changes, here or in another tab. */
export function subscribeDeck(fn: () => void): () => void {
  listeners.add(fn);
  const onStorage = (e: StorageEvent) => {
    if (
      e.key === null ||
      e.key === DECK_KEY ||
      e.key.startsWith(PIN_PREFIX) ||
      e.key.startsWith(CAPTION_PREFIX)
    )
      fn();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(fn);
    window.removeEventListener('storage', onStorage);
  };
}

type CaptionEdits = Partial<Record<Lang, string>>;

function readEdits(pinId: string): CaptionEdits {
  try {
    const v = JSON.parse(read(CAPTION_PREFIX + pinId) ?? '{}') as unknown;
    return v && typeof v === 'object' ? (v as CaptionEdits) : {};
  } catch {
    return {};
  }
}

/** The user's own caption for a pin in a language, or null when the caption is the generated one. */
export function readCaption(pinId: string, lang: Lang): string | null {
  const v = readEdits(pinId)[lang];
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

/** Keeps the user's caption for a pin (null resets it to the generated one). */
export function writeCaption(pinId: string, lang: Lang, text: string | null): void {
  const edits = readEdits(pinId);
  if (text === null || text.trim() === '') delete edits[lang];
  else edits[lang] = text;
  write(CAPTION_PREFIX + pinId, Object.keys(edits).length > 0 ? JSON.stringify(edits) : null);
}
