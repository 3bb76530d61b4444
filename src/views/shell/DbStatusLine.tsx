import { useDbStatus } from '../../db/DbContext.ts';
import { useT } from '../../i18n/i18n.ts';

/** The database's state in words, announced politely to screen readers. */
export function DbStatusLine() {
  const { t } = useT();
  const s = useDbStatus();
  const text =
    s.state === 'starting'
      ? t('db.starting')
      : s.state === 'ready'
        ? t('db.ready', { ms: s.ms })
        : t('db.error', { message: s.message });
  return (
    <p
      className={`db-status db-${s.state}`}
      role="status"
      data-testid="db-status"
      data-state={s.state}
    >
      <span className="db-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
