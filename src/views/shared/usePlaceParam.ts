import { useEffect } from 'react';

export { DEFAULT_GEO } from '../../queries/defaults.ts';

const GEO_KEY = 'oversikt.geo';

/** The municipality the user chose last (kept in this browser only). */
export function rememberedGeo(): string | null {
  try {
    return localStorage.getItem(GEO_KEY);
  } catch {
    return null;
  }
}

/** Remembers the chosen municipality, so every view opens on it next time. */
export function useRememberGeo(geo: string): void {
  useEffect(() => {
    try {
      localStorage.setItem(GEO_KEY, geo);
    } catch {
      // Private browsing may forbid storage; the URL still carries the choice.
    }
  }, [geo]);
}
