import { useEffect, useId, useRef } from 'react';
import type { SlideData } from '../../queries/slide-data.ts';
import { slideAction, slideAfter } from '../../deck/slide-keys.ts';
import { slideNotes, slideTitle } from '../../deck/slide-text.ts';
import { useT } from '../../i18n/i18n.ts';
import { presenterChannel } from '../../state/presenter-channel.ts';

/**
 * The presenter's window (`#/mote?…&presenter=1`): the notes of the slide the audience sees, the
 * next slide's title and the counter, never over the audience's chart. Its keys and buttons move
 * the presentation in the other window, and it follows moves made there.
 */
export function PresenterNotes({
  slides,
  deck,
  index,
  onIndex,
}: {
  slides: SlideData[];
  /** The deck as the URL holds it: the channel is per deck. */
  deck: string;
  index: number;
  onIndex: (i: number) => void;
}) {
  const { t, lang } = useT();
  const headingId = useId();
  const total = slides.length;
  const i = Math.max(0, Math.min(total - 1, index));
  const latest = useRef({ i, total, onIndex });
  latest.current = { i, total, onIndex };
  const post = useRef<(n: number) => void>(() => undefined);

  useEffect(() => {
    const ch = presenterChannel(deck, (n) => latest.current.onIndex(n));
    post.current = ch.post;
    return ch.close;
  }, [deck]);

  const go = (n: number) => {
    onIndex(n);
    post.current(n);
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const action = slideAction(e.key, e.shiftKey);
      if (!action || action === 'exit' || action === 'notes') return;
      e.preventDefault();
      const n = slideAfter(action, latest.current.i, latest.current.total);
      latest.current.onIndex(n);
      post.current(n);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const slide = slides[i];
  if (!slide) return null;
  const next = slides[i + 1];
  return (
    <section className="presenter-notes" aria-labelledby={headingId} data-testid="presenter-notes">
      <p className="slide-counter" data-testid="presenter-counter">
        {t('mote.counterLabel', { n: i + 1, total })}
      </p>
      <h1 id={headingId}>{slideTitle(slide, lang)}</h1>
      <h2>{t('mote.speakerNotes')}</h2>
      <div className="presenter-notes-text" data-testid="speaker-notes">
        {slideNotes(slide, lang).map((p, k) => (
          <p key={k}>{p}</p>
        ))}
      </div>
      <p className="presenter-next">
        {next ? t('mote.nextSlide', { title: slideTitle(next, lang) }) : t('mote.lastSlide')}
      </p>
      <div className="presentation-controls">
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          data-size="md"
          disabled={i === 0}
          onClick={() => go(slideAfter('prev', i, total))}
          data-testid="presenter-prev"
        >
          ← {t('mote.prev')}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          data-size="md"
          disabled={i === total - 1}
          onClick={() => go(slideAfter('next', i, total))}
          data-testid="presenter-next"
        >
          {t('mote.next')} →
        </button>
      </div>
    </section>
  );
}
