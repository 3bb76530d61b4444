import type { UrlState } from './url-state.ts';

/** Moves the app to another view state (the URL follows); `replace` keeps the history entry. */
export type Navigate = (next: UrlState, opts?: { replace?: boolean }) => void;
