import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { SlideData } from '../../queries/slide-data.ts';
import { slideAction, slideAfter } from '../../deck/slide-keys.ts';
import { slideNotes, slideTitle } from '../../deck/slide-text.ts';
import { useT } from '../../i18n/i18n.ts';
import { presenterChannel } from '../../state/presenter-channel.ts';
import { Slide } from './Slide.tsx';

/**
 * The deck full screen, one slide at a time, for a projector: arrow keys, Page Up/Down (clickers),
 * Space, Home/End, N for notes, Esc to leave. Asks for full screen where allowed and works without.
 * The app behind it is inert while it shows.
 */
export function Presentation({
  slides,
  index,
  onIndex,
  onExit,
  deck,
  presenterUrl,
}: {
  slides: SlideData[];
  /** The deck as the URL holds it; the presenter window follows this deck. */
  deck: string;
  /** The link of the presenter window for this deck. */
  presenterUrl: string;
  /** The slide shown (0-based). */
  index: number;
  onIndex: (i: number) => void;
  onExit: () => void;
}) {
  const { t, lang } = useT();
  const root = useRef<HTMLDivElement>(null);
  const [notes, setNotes] = useState(false);
  const titleId = useId();
  const notesId = useId();
  const total = slides.length;
  const i = Math.max(0, Math.min(total - 1, index));
  const slide = slides[i];
  const latest = useRef({ i, total, onIndex, onExit });
  latest.current = { i, total, onIndex, onExit };

  useEffect(() => {
    const el = root.current;
    const app = document.getElementById('root');
    if (app) app.inert = true;
    el?.focus();
    let entered = false;
    if (el && typeof el.requestFullscreen === 'function' && !document.fullscreenElement) {
      el.requestFullscreen().then(
        () => {
          entered = true;
        },
        () => undefined, // Not allowed here (no user gesture, an iframe, a kiosk): the overlay still fills the window.
      );
    }
    // The browser's own Esc leaves full screen without a key event reaching the page: leave with it.
    const onFullscreen = () => {
      if (entered && !document.fullscreenElement) {
        entered = false;
        latest.current.onExit();
      }
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      const action = slideAction(e.key, e.shiftKey);
      if (!action) return;
      e.preventDefault();
      const { i: at, total: n, onIndex: go, onExit: exit } = latest.current;
      if (action === 'exit') exit();
      else if (action === 'notes') setNotes((v) => !v);
      else go(slideAfter(action, at, n));
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      document.removeEventListener('keydown', onKey);
      if (app) app.inert = false;
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  // The presenter window moves the slides, and follows them.
  const channel = useRef<ReturnType<typeof presenterChannel> | null>(null);
  useEffect(() => {
    const ch = presenterChannel(deck, (n) => latest.current.onIndex(n));
    channel.current = ch;
    return ch.close;
  }, [deck]);
  useEffect(() => channel.current?.post(i), [i]);

  if (!slide) return null;
  const title = slideTitle(slide, lang);
  const button = (label: string, onClick: () => void, extra: Record<string, unknown> = {}) => (
    <button
      type="button"
      className="ds-button"
      data-variant="secondary"
      data-size="md"
      onClick={onClick}
      {...extra}
    >
      {label}
    </button>
  );

  return createPortal(
    <div
      ref={root}
      className={notes ? 'presentation with-notes' : 'presentation'}
      role="dialog"
      aria-modal="true"
      aria-label={t('mote.presentation')}
      tabIndex={-1}
      data-testid="presentation"
    >
      <Slide key={slide.id} slide={slide} titleId={titleId} />
      {notes && (
        // Focusable, so long notes scroll by keyboard.
        <aside
          className="speaker-notes"
          aria-labelledby={notesId}
          tabIndex={0}
          data-testid="speaker-notes"
        >
          <h3 id={notesId}>{t('mote.speakerNotes')}</h3>
          {slideNotes(slide, lang).map((p, k) => (
            <p key={k}>{p}</p>
          ))}
        </aside>
      )}
      <div className="presentation-bar">
        <p className="slide-counter">
          <span aria-hidden="true" data-testid="slide-counter">
            {i + 1} / {total}
          </span>
          <span className="visually-hidden">{t('mote.counterLabel', { n: i + 1, total })}</span>
        </p>
        <p className="keys-help">{t('mote.keysHelp')}</p>
        <div className="presentation-controls">
          {button(`← ${t('mote.prev')}`, () => onIndex(slideAfter('prev', i, total)), {
            disabled: i === 0,
            'data-testid': 'slide-prev',
          })}
          {button(`${t('mote.next')} →`, () => onIndex(slideAfter('next', i, total)), {
            disabled: i === total - 1,
            'data-testid': 'slide-next',
          })}
          {button(t('mote.notesToggle'), () => setNotes((v) => !v), {
            'aria-pressed': notes,
            'data-testid': 'notes-toggle',
          })}
          {button(
            t('mote.presenterWindow'),
            () => {
              window.open(presenterUrl, 'oversikt-presenter', 'popup,width=760,height=680');
              channel.current?.post(i);
            },
            { 'data-testid': 'presenter-window' },
          )}
          {button(t('mote.exit'), onExit, { 'data-testid': 'presentation-exit' })}
        </div>
      </div>
      <p className="visually-hidden" role="status">
        {t('mote.announce', { n: i + 1, total, title })}
      </p>
    </div>,
    document.body,
  );
}
