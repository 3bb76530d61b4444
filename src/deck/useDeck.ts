import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Lang } from '../i18n/i18n.ts';
import { parseDeck, serialiseDeck, type Pin } from '../queries/pins.ts';
import { readCaption, readDeck, subscribeDeck, writeCaption, writeDeck } from './deck-store.ts';

/** The deck kept in this browser, and a setter that keeps a new one (re-renders on every change). */
export function useDeck(): [Pin[], (pins: Pin[]) => void] {
  const value = useSyncExternalStore(subscribeDeck, readDeck, () => '');
  const pins = useMemo(() => parseDeck(value), [value]);
  // Written as a change from the deck this component saw, so another tab's new pins stay.
  const set = useCallback((next: Pin[]) => writeDeck(serialiseDeck(next), value), [value]);
  return [pins, set];
}

/** The user's own caption for a pin (null: use the generated one), and a setter (null resets). */
export function useCaptionEdit(
  pinId: string,
  lang: Lang,
): [string | null, (text: string | null) => void] {
  const text = useSyncExternalStore(
    subscribeDeck,
    () => readCaption(pinId, lang),
    () => null,
  );
  const set = useCallback((t: string | null) => writeCaption(pinId, lang, t), [pinId, lang]);
  return [text, set];
}
