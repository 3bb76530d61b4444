import { useId, useRef, useState } from 'react';
import { slideCaption } from '../../deck/captions.ts';
import type { SlideData } from '../../queries/slide-data.ts';
import {
  slideFilters,
  slideLegend,
  slideSubtitle,
  slideTitle,
  sourceAndPeriod,
} from '../../deck/slide-text.ts';
import { useT } from '../../i18n/i18n.ts';
import { CaptionEditor } from './CaptionEditor.tsx';
import { exportSlide } from '../../deck/slide-export.ts';
import { PREVIEW, SlideFigure } from '../../deck/SlideFigure.tsx';
import { SlideLegend } from './SlideLegend.tsx';

/** One pinned item in the deck overview: preview, caption, reorder and remove, exports. */
export function DeckItem({
  slide,
  index,
  total,
  onMove,
  onRemove,
}: {
  slide: SlideData;
  index: number;
  total: number;
  /** Moves the item up (-1) or down (+1). */
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  const { t, lang } = useT();
  const preview = useRef<HTMLDivElement>(null);
  const [error, setError] = useState('');
  const titleId = useId();
  const captionId = useId();
  const title = slideTitle(slide, lang);
  const chart = () => preview.current?.querySelector<SVGSVGElement>('svg') ?? null;
  const run = (format: 'svg' | 'png' | 'csv') => {
    setError('');
    exportSlide(format, slide, lang, chart()).catch((e: unknown) =>
      setError(t('mote.exportFailed', { message: e instanceof Error ? e.message : String(e) })),
    );
  };

  return (
    <li className="deck-item" data-testid={`deck-item-${index + 1}`} data-pin={slide.id}>
      <div className="deck-item-head">
        <span className="deck-number" aria-hidden="true">
          {index + 1}
        </span>
        <div className="deck-item-title">
          <h3 id={titleId}>
            <span className="visually-hidden">{t('mote.slideN', { n: index + 1 })}: </span>
            {title}
          </h3>
          <p className="muted">
            {t(`mote.kind.${slide.kind}`)} · {slideSubtitle(slide, lang)}
          </p>
        </div>
        <div className="deck-order no-print">
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            data-size="sm"
            aria-label={t('mote.upLabel', { title })}
            disabled={index === 0}
            onClick={() => onMove(-1)}
            data-testid="move-up"
          >
            <span aria-hidden="true">↑</span> {t('mote.up')}
          </button>
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            data-size="sm"
            aria-label={t('mote.downLabel', { title })}
            disabled={index === total - 1}
            onClick={() => onMove(1)}
            data-testid="move-down"
          >
            <span aria-hidden="true">↓</span> {t('mote.down')}
          </button>
          <button
            type="button"
            className="ds-button"
            data-variant="tertiary"
            data-size="sm"
            aria-label={t('mote.removeLabel', { title })}
            onClick={onRemove}
            data-testid="remove"
          >
            <span aria-hidden="true">✕</span> {t('mote.remove')}
          </button>
        </div>
      </div>
      <div className="deck-item-body">
        <div className="deck-preview" aria-hidden="true">
          <div ref={preview} data-preview={slide.id}>
            <SlideFigure
              slide={slide}
              width={PREVIEW.width}
              height={PREVIEW.height}
              labelledBy={titleId}
              describedBy={captionId}
            />
          </div>
          <SlideLegend entries={slideLegend(slide, lang)} />
        </div>
        <div className="deck-item-text" id={captionId}>
          <CaptionEditor pinId={slide.id} generated={slideCaption(slide, lang)} title={title} />
          <p className="deck-meta">{slideFilters(slide, lang)}</p>
          <p className="deck-meta" data-testid="deck-source">
            {sourceAndPeriod(slide, lang)}
          </p>
          <div className="button-row no-print" role="group" aria-label={t('mote.download')}>
            {(['png', 'svg', 'csv'] as const).map((f) => (
              <button
                key={f}
                type="button"
                className="ds-button"
                data-variant="secondary"
                data-size="sm"
                aria-label={t(`mote.${f}Label`, { title })}
                onClick={() => run(f)}
                data-testid={`export-${f}`}
              >
                {f.toUpperCase()}
              </button>
            ))}
          </div>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </div>
      </div>
    </li>
  );
}
