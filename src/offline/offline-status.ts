/**
 * Whether the built site can open with no network: a service worker (sw.js, written by the build)
 * keeps the app, DuckDB's wasm and the data in the browser's cache. Registered in production only.
 */

/** `unsupported`: no service worker (dev server, old browser, blocked); `installing`: caching; `ready`: works offline. */
export type OfflineState = 'unsupported' | 'installing' | 'ready';

let state: OfflineState = 'unsupported';
const listeners = new Set<() => void>();

function set(next: OfflineState): void {
  if (next === state) return;
  state = next;
  for (const fn of listeners) fn();
}

/** The current offline state. */
export function getOfflineState(): OfflineState {
  return state;
}

/** Calls `fn` when the offline state changes. */
export function subscribeOffline(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/**
 * Registers `sw.js` next to the page (so the site works at any path) once the page has loaded, and
 * reports `ready` when an active worker controls the page: it activates only after caching every file.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const sw = navigator.serviceWorker;
  const check = () => {
    if (sw.controller) set('ready');
  };
  const start = () => {
    set('installing');
    sw.register('./sw.js').then(
      () => {
        check();
        sw.addEventListener('controllerchange', check);
        void sw.ready.then(check);
      },
      () => set('unsupported'),
    );
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
