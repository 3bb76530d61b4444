import { useT } from '../i18n/i18n.ts';
import { useOfflineState } from './useOfflineState.ts';

/** A short line that says when the app works with no network (nothing while it cannot). */
export function OfflineLine({
  long = false,
  testId = 'offline-status',
}: {
  /** The longer sentence (the Møte view). */
  long?: boolean;
  /** Test id (the footer's line and the Møte view's line differ). */
  testId?: string;
}) {
  const { t } = useT();
  const state = useOfflineState();
  if (state === 'unsupported') return null;
  return (
    <p className="offline-line" data-testid={testId} data-state={state} role="status">
      <span className={`offline-dot offline-${state}`} aria-hidden="true" />
      {state === 'ready'
        ? t(long ? 'mote.offline.readyLong' : 'mote.offline.ready')
        : t('mote.offline.installing')}
    </p>
  );
}
