import type { Navigate } from '../../state/navigate.ts';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { LANG_NAMES, LANGS, useT } from '../../i18n/i18n.ts';
import { VIEWS, buildHash, type UrlState, type ViewId } from '../../state/url-state.ts';
import { DbStatusLine } from './DbStatusLine.tsx';
import { TrenderView } from '../trender/TrenderView.tsx';
import { OversiktView } from '../oversikt/OversiktView.tsx';
import { OfflineLine } from '../../offline/OfflineLine.tsx';

/** Header with language switch and database status, the view navigation, the view, the footer. */
export function Shell({ url, navigate }: { url: UrlState; navigate: Navigate }) {
  const { t } = useT();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    // Move focus to the view's heading when the view changes, as a page load would.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [url.view]);
  const go = (view: ViewId) => ({ ...url, view, params: view === url.view ? url.params : {} });

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1 className="app-name">{t('appName')}</h1>
          <p className="app-tagline">{t('appTagline')}</p>
        </div>
        <div className="header-tools">
          <DbStatusLine />
          <div className="lang-switch" role="group" aria-label={t('language')}>
            {LANGS.map((l) => (
              <button
                key={l}
                type="button"
                className="ds-button"
                data-variant={l === url.lang ? 'primary' : 'secondary'}
                data-size="sm"
                lang={l}
                aria-pressed={l === url.lang}
                data-testid={`lang-${l}`}
                onClick={() => navigate({ ...url, lang: l }, { replace: true })}
              >
                {LANG_NAMES[l]}
              </button>
            ))}
          </div>
        </div>
      </header>
      <nav className="app-nav" aria-label={t('navLabel')}>
        <ul>
          {VIEWS.map((v) => (
            <li key={v}>
              <a
                href={buildHash(go(v))}
                aria-current={url.view === v ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(go(v));
                }}
              >
                {t(`view.${v}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <ViewBody url={url} navigate={navigate} />
      </main>
      <footer className="app-footer">
        <p>{t('footer')}</p>
        <OfflineLine />
      </footer>
    </div>
  );
}

// The start view and Trender load with the app; the others when first opened, to keep the first picture fast.
const DekningView = lazy(() =>
  import('../dekning/DekningView.tsx').then((m) => ({ default: m.DekningView })),
);
const TiltakView = lazy(() =>
  import('../tiltak/TiltakView.tsx').then((m) => ({ default: m.TiltakView })),
);
const DataView = lazy(() => import('../data/DataView.tsx').then((m) => ({ default: m.DataView })));
const KartView = lazy(() => import('../kart/KartView.tsx').then((m) => ({ default: m.KartView })));
const MoteView = lazy(() => import('../mote/MoteView.tsx').then((m) => ({ default: m.MoteView })));

/** The current view. */
function ViewBody({ url, navigate }: { url: UrlState; navigate: Navigate }) {
  const { t } = useT();
  const view = (() => {
    switch (url.view) {
      case 'trender':
        return <TrenderView url={url} navigate={navigate} />;
      case 'oversikt':
        return <OversiktView url={url} navigate={navigate} />;
      case 'dekning':
        return <DekningView url={url} navigate={navigate} />;
      case 'tiltak':
        return <TiltakView url={url} navigate={navigate} />;
      case 'data':
        return <DataView />;
      case 'kart':
        return <KartView url={url} navigate={navigate} />;
      case 'mote':
        return <MoteView url={url} navigate={navigate} />;
    }
  })();
  return <Suspense fallback={<p role="status">{t('trender.loading')}</p>}>{view}</Suspense>;
}
