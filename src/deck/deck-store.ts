import type { Lang } from '../i18n/i18n.ts';

/** Where this browser keeps the deck (the Møte view's URL carries it too). */
export const DECK_KEY = 'oversikt.mote.deck';
const CAPTION_PREFIX = 'oversikt.mote.caption:';

const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null || value === '') localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private browsing may forbid storage; the Møte view's URL still carries the deck.
  }
  for (const fn of listeners) fn();
}

/** The deck kept in this browser, as its URL value (empty when nothing is pinned). */
export function readDeck(): string {
  return read(DECK_KEY) ?? '';
}

/** Keeps the deck (its URL value) in this browser and tells every subscriber. */
export function writeDeck(value: string): void {
  if (value !== readDeck()) write(DECK_KEY, value);
}

/** Calls `fn` when the deck or a caption changes, here or in another tab. */
export function subscribeDeck(fn: () => void): () => void {
  listeners.add(fn);
  const onStorage = (e: StorageEvent) => {
    if (e.key === null || e.key === DECK_KEY || e.key.startsWith(CAPTION_PREFIX)) fn();
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
