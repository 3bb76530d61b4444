import { useCallback, useEffect, useState } from 'react';
import { langFrom, type Lang } from '../i18n/i18n.ts';

export const VIEWS = ['oversikt', 'trender', 'kart', 'dekning', 'tiltak', 'data', 'mote'] as const;
export type ViewId = (typeof VIEWS)[number];

/** Everything a link must carry to reopen a view: the view, the language and the view's own state. */
export interface UrlState {
  view: ViewId;
  lang: Lang;
  params: Record<string, string>;
}

/** The view a bare link opens. */
export const START_VIEW: ViewId = 'oversikt';

const LANG_KEY = 'oversikt.lang';

/** The language the user chose last (kept in this browser only), or null. */
export function rememberedLang(): Lang | null {
  try {
    return langFrom(localStorage.getItem(LANG_KEY));
  } catch {
    return null;
  }
}

function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Private browsing may forbid storage; the link still carries the choice.
  }
}

/**
 * Reads `#/view?key=value&…`; unknown views fall back to the start view, a link without a (known)
 * language to `fallback` (the remembered language, else bokmål).
 */
export function parseHash(hash: string, fallback: Lang = 'nb'): UrlState {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = body.split('?', 2);
  const view = (VIEWS as readonly string[]).includes(path) ? (path as ViewId) : START_VIEW;
  const params: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(query)) params[k] = v;
  const lang: Lang = langFrom(params.lang) ?? fallback;
  delete params.lang;
  return { view, lang, params };
}

/** Writes state back as a hash; empty params are left out, keys sorted so equal states give equal links. */
export function buildHash(state: UrlState): string {
  const q = new URLSearchParams();
  const entries = Object.entries(state.params).filter(([, v]) => v !== '');
  if (state.lang !== 'nb') entries.push(['lang', state.lang]);
  for (const [k, v] of entries.sort(([a], [b]) => a.localeCompare(b))) q.set(k, v);
  // Commas, tildes and colons are safe in a fragment: leave them readable (`deck=trend~1554~x,gaps~1554`).
  const qs = q.toString().replace(/%2C/gi, ',').replace(/%7E/gi, '~').replace(/%3A/gi, ':');
  return `#/${state.view}${qs ? `?${qs}` : ''}`;
}

/**
 * URL-backed app state: reading follows the address bar (back/forward too), writing updates it.
 * The language is also remembered: a link without one opens in the language chosen last, and the
 * address bar then says so.
 */
export function useUrlState(): [UrlState, (next: UrlState, opts?: { replace?: boolean }) => void] {
  const [state, setState] = useState(() =>
    parseHash(window.location.hash, rememberedLang() ?? 'nb'),
  );
  useEffect(() => {
    // At start too.
    const start = parseHash(window.location.hash);
    if (start.lang !== state.lang) window.history.replaceState(null, '', buildHash(state));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    rememberLang(state.lang);
  }, [state.lang]);
  useEffect(() => {
    const onHash = () => {
      const next = parseHash(window.location.hash, rememberedLang() ?? 'nb');
      // A link without a language opened in the remembered one: the address bar says so.
      if (next.lang !== parseHash(window.location.hash).lang)
        window.history.replaceState(null, '', buildHash(next));
      setState(next);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((next: UrlState, opts: { replace?: boolean } = {}) => {
    const hash = buildHash(next);
    if (hash === window.location.hash) return;
    if (opts.replace) window.history.replaceState(null, '', hash);
    else window.history.pushState(null, '', hash);
    setState(parseHash(hash, next.lang));
  }, []);
  return [state, navigate];
}
