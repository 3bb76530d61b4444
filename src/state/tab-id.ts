/** This tab's id: which tab wrote a record, and whether that tab is still open (a Web Lock it holds). */
export const TAB_ID = `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

const lockName = (tab: string) => `oversikt-tab:${tab}`;

/** Holds this tab's lock for as long as the tab lives (browsers without Web Locks skip it). */
export function holdTabLock(): void {
  if (typeof navigator === 'undefined' || !navigator.locks) return;
  void navigator.locks.request(lockName(TAB_ID), () => new Promise<void>(() => undefined));
}

/** Whether the tab with this id is still open (false where Web Locks are missing). */
export async function isTabOpen(tab: string): Promise<boolean> {
  if (tab === TAB_ID) return true;
  if (typeof navigator === 'undefined' || !navigator.locks) return false;
  const state = await navigator.locks.query();
  return (state.held ?? []).some((l) => l.name === lockName(tab));
}
