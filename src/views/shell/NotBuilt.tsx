import { useT, type MessageKey } from '../../i18n/i18n.ts';
import type { UrlState, ViewId } from '../../state/url-state.ts';
import type { Navigate } from './Shell.tsx';

/** A plain statement that a view is not built yet, and what it will hold. */
export function NotBuilt({
  view,
  url,
  navigate,
}: {
  view: ViewId;
  url: UrlState;
  navigate: Navigate;
}) {
  const { t } = useT();
  return (
    <section aria-labelledby="view-title" className="not-built">
      <h2 id="view-title" tabIndex={-1}>
        {t(`view.${view}`)}
      </h2>
      <p>
        <strong>{t('notBuilt')}</strong> {t(`notBuilt.${view}` as MessageKey)}
      </p>
      <p>
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          data-size="sm"
          onClick={() => navigate({ ...url, view: 'trender', params: {} })}
        >
          {t('openTrender')}
        </button>
      </p>
    </section>
  );
}
