import { TAB_ID } from './tab-id.ts';

/** What changed in another tab. */
export type SyncTopic = 'measures' | 'imports' | 'assessments';
const TOPICS: readonly string[] = ['measures', 'imports', 'assessments'];

const CHANNEL = 'oversikt-sync';
const FALLBACK_KEY = 'oversikt.sync';
interface SyncMessage {
  topic: SyncTopic;
  tab: string;
  at: number;
}

let channel: BroadcastChannel | null | undefined;
const listeners = new Set<(topic: SyncTopic) => void>();

function emit(m: unknown): void {
  const msg = m as Partial<SyncMessage> | null;
  if (!msg || msg.tab === TAB_ID || !TOPICS.includes(String(msg.topic))) return;
  for (const fn of listeners) fn(msg.topic as SyncTopic);
}

/** BroadcastChannel where the browser has it; else storage events on a key written for the purpose. */
function ensure(): void {
  if (channel !== undefined) return;
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  if (channel) channel.onmessage = (e: MessageEvent) => emit(e.data);
  else
    window.addEventListener('storage', (e) => {
      if (e.key !== FALLBACK_KEY || !e.newValue) return;
      try {
        emit(JSON.parse(e.newValue));
      } catch {
        // Not ours.
      }
    });
}

/** Tells every other open tab of this app that `topic` changed in storage. */
export function announce(topic: SyncTopic): void {
  ensure();
  const msg: SyncMessage = { topic, tab: TAB_ID, at: Date.now() };
  if (channel) channel.postMessage(msg);
  else
    try {
      localStorage.setItem(FALLBACK_KEY, JSON.stringify(msg));
    } catch {
      // No way to tell the other tabs; they catch up when reloaded.
    }
}

/** Calls `fn` whenever another tab announces a change. */
export function onAnnounce(fn: (topic: SyncTopic) => void): () => void {
  ensure();
  listeners.add(fn);
  return () => listeners.delete(fn);
}
