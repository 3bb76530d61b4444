import { useEffect, useMemo, useRef, useState } from 'react';
import { movePin, parseDeck, pinToken, removePin, serialiseDeck } from '../../queries/pins.ts';
import { slideTitle } from '../../deck/slide-text.ts';
import { useDeck } from '../../deck/useDeck.ts';
import { useT } from '../../i18n/i18n.ts';
import { OfflineLine } from '../../offline/OfflineLine.tsx';
import { useLoad } from '../../state/useLoad.ts';
import type { UrlState } from '../../state/url-state.ts';
import type { Navigate } from '../../state/navigate.ts';
import { DeckItem } from './DeckItem.tsx';
import { exportDeckHtml } from './exports.ts';
import { loadDeck } from '../../queries/deck.ts';
import { Presentation } from './Presentation.tsx';
import { PresenterNotes } from './PresenterNotes.tsx';
import { buildHash } from '../../state/url-state.ts';
import { ViewSection, LoadError } from '../shared/ViewHeader.tsx';

/**
 * Møte (meeting mode): the pinned charts as a deck to reorder, caption and export, and a full-screen
 * presentation. The deck lives in this browser and in the URL (`deck=`), so a link opens the same deck.
 */
export function MoteView({ url, navigate }: { url: UrlState; navigate: Navigate }) {
  const { t, lang } = useT();
  const [stored, setStored] = useDeck();
  const fromUrl = url.params.deck;
  const pins = fromUrl !== undefined ? parseDeck(fromUrl) : stored;
  const value = serialiseDeck(pins);
  const [message, setMessage] = useState('');
  const startButton = useRef<HTMLButtonElement>(null);

  // The URL wins (a shared link opens its deck and keeps it here); a bare link shows the kept deck.
  useEffect(() => {
    if (fromUrl !== undefined) {
      if (value !== serialiseDeck(stored)) setStored(pins);
    } else if (value) {
      navigate({ ...url, params: { ...url.params, deck: value } }, { replace: true });
    }
    // Runs when the deck in the URL or in storage changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fromUrl, value]);

  // After that, the kept deck leads: a pin added or removed in another tab shows here too.
  const keptValue = serialiseDeck(stored);
  const lastKept = useRef(keptValue);
  useEffect(() => {
    if (lastKept.current === keptValue) return;
    lastKept.current = keptValue;
    if (keptValue !== value)
      navigate({ ...url, params: { ...url.params, deck: keptValue } }, { replace: true });
    // Runs when the kept deck changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keptValue]);

  // Loaded by the set of pins, so reordering or removing needs no new load.
  const ids = pins.map(pinToken);
  const load = useLoad((db) => loadDeck(db, pins), [...ids].sort().join(','));
  const slides = useMemo(() => {
    const byId = new Map((load.data ?? []).map((s) => [s.id, s]));
    const list = ids.flatMap((id) => byId.get(id) ?? []);
    return list.length === ids.length ? list : null;
    // `ids` follows `value`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load.data, value]);
  const show = Number(url.params.show);
  const presenting = Number.isInteger(show) && show >= 1 && slides !== null && slides.length > 0;

  const setParams = (params: Record<string, string>, replace = true) =>
    navigate({ ...url, params: { ...url.params, ...params } }, { replace });
  const save = (next: typeof pins) => {
    setStored(next);
    setParams({ deck: serialiseDeck(next) });
  };
  const leave = () => {
    setParams({ show: '' });
    requestAnimationFrame(() => startButton.current?.focus());
  };

  if (url.params.presenter === '1')
    return slides ? (
      <PresenterNotes
        slides={slides}
        deck={value}
        index={Math.max(0, show - 1)}
        onIndex={(n) => setParams({ show: String(n + 1) })}
      />
    ) : (
      <p role="status">{t('mote.presenterLoading')}</p>
    );
  const presenterUrl = `${location.pathname}${location.search}${buildHash({
    ...url,
    params: { ...url.params, presenter: '1' },
  })}`;

  return (
    <ViewSection name="mote" className="mote" load={load} title="view.mote">
      <OfflineLine long testId="mote-offline-status" />
      {pins.length === 0 && (
        <p className="notice" data-testid="deck-empty">
          {t('mote.empty')}
        </p>
      )}
      <LoadError load={load} />
      {pins.length > 0 && (
        <>
          <div
            className="deck-actions button-row no-print"
            role="group"
            aria-label={t('mote.deckActions')}
          >
            <button
              ref={startButton}
              type="button"
              className="ds-button"
              data-variant="primary"
              disabled={!slides}
              onClick={() => setParams({ show: '1' }, false)}
              data-testid="start-presentation"
            >
              {t('mote.start')}
            </button>
            <button
              type="button"
              className="ds-button"
              data-variant="secondary"
              disabled={!slides}
              onClick={() => window.print()}
              data-testid="print-deck"
            >
              {t('mote.print')}
            </button>
            <button
              type="button"
              className="ds-button"
              data-variant="secondary"
              disabled={!slides}
              onClick={() =>
                slides &&
                exportDeckHtml(slides, lang, (id) => {
                  const el = [...document.querySelectorAll<HTMLElement>('[data-preview]')].find(
                    (e) => e.dataset.preview === id,
                  );
                  return el?.querySelector<SVGSVGElement>('svg') ?? null;
                })
              }
              data-testid="export-html"
            >
              {t('mote.html')}
            </button>
          </div>
          <h3 className="visually-hidden">{t('mote.slides')}</h3>
          <p className="muted" aria-live="polite">
            {slides
              ? pins.length === 1
                ? t('mote.count1')
                : t('mote.count', { n: pins.length })
              : t('mote.loading')}
          </p>
          <ol className="deck-list" aria-busy={load.status === 'loading'}>
            {(slides ?? []).map((s, i) => (
              <DeckItem
                key={s.id}
                slide={s}
                index={i}
                total={slides?.length ?? 0}
                onMove={(delta) => {
                  const next = movePin(pins, i, delta);
                  save(next);
                  const at = next.findIndex((p) => pinToken(p) === s.id);
                  setMessage(
                    t('mote.moved', { title: slideTitle(s, lang), n: at + 1, total: next.length }),
                  );
                  // Keep focus on the same button of the moved item, if it can still move that way.
                  requestAnimationFrame(() => {
                    const item = document.querySelector(`[data-testid="deck-item-${at + 1}"]`);
                    const same = item?.querySelector<HTMLButtonElement>(
                      `[data-testid="${delta < 0 ? 'move-up' : 'move-down'}"]`,
                    );
                    const other = item?.querySelector<HTMLButtonElement>(
                      `[data-testid="${delta < 0 ? 'move-down' : 'move-up'}"]`,
                    );
                    (same && !same.disabled ? same : other)?.focus();
                  });
                }}
                onRemove={() => {
                  save(removePin(pins, s.id));
                  setMessage(t('mote.removed', { title: slideTitle(s, lang) }));
                  requestAnimationFrame(() =>
                    document.querySelector<HTMLElement>('#view-title')?.focus(),
                  );
                }}
              />
            ))}
          </ol>
        </>
      )}
      <p className="visually-hidden" role="status">
        {message}
      </p>
      {presenting && slides && (
        <Presentation
          slides={slides}
          index={show - 1}
          onIndex={(i) => setParams({ show: String(i + 1) })}
          onExit={leave}
          deck={value}
          presenterUrl={presenterUrl}
        />
      )}
    </ViewSection>
  );
}
