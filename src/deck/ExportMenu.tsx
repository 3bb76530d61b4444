import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useCoordinator, useDataVersion } from '../db/DbContext.ts';
import { useT } from '../i18n/i18n.ts';
import { loadDeck } from '../queries/deck.ts';
import { pinToken, type Pin } from '../queries/pins.ts';
import type { SlideData } from '../queries/slide-data.ts';
import { slideCaption } from './captions.ts';
import { copySlideTable, exportSlide, type ExportFormat } from './slide-export.ts';
import { PREVIEW, SlideFigure } from './SlideFigure.tsx';

type Action = ExportFormat | 'copy';
const ACTIONS: readonly Action[] = ['png', 'svg', 'csv', 'copy'];

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * A compact "Eksporter" button by a chart, a tile group or the gap list: it opens a short list of
 * PNG, SVG, CSV and "Kopier som tabell". The figures are loaded as Møte loads a pinned item, and
 * the picture drawn as Møte draws it (off screen), so every export holds the same title, caption,
 * legend, source and period as the slide would.
 */
export function ExportMenu({
  pin,
  what,
}: {
  /** What to export, named as a pin (the same item "Fest til møte" pins). */
  pin: Pin;
  /** The item's name, for the button's accessible name ("Eksporter «Skjenkesteder»"). */
  what: string;
}) {
  const { t, lang } = useT();
  const db = useCoordinator();
  const version = useDataVersion();
  const [open, setOpen] = useState(false);
  const [slide, setSlide] = useState<SlideData | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const figure = useRef<HTMLDivElement>(null);
  const listId = useId();
  const figureTitle = useId();
  const token = pinToken(pin);

  useEffect(() => {
    if (!open) return;
    let current = true;
    setSlide(null);
    loadDeck(db, [pin]).then(
      ([s]) => current && setSlide(s ?? null),
      (e: unknown) =>
        current && setMessage({ text: t('export.failed', { message: messageOf(e) }), error: true }),
    );
    return () => {
      current = false;
    };
    // `token` stands for the pin; the pin object itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, db, token, version]);

  useEffect(() => {
    if (!open) return;
    list.current?.querySelector<HTMLButtonElement>('button')?.focus();
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  const run = (action: Action) => {
    if (!slide) return;
    setMessage(null);
    const done =
      action === 'copy'
        ? copySlideTable(slide, lang).then(() => t('export.copied'))
        : exportSlide(
            action,
            slide,
            lang,
            figure.current?.querySelector<SVGSVGElement>('svg') ?? null,
            slideCaption(slide, lang),
          ).then((file) => t('export.done', { file }));
    close();
    done.then(
      (text) => setMessage({ text, error: false }),
      (e: unknown) =>
        setMessage({
          text: t(action === 'copy' ? 'export.copyFailed' : 'export.failed', {
            message: messageOf(e),
          }),
          error: true,
        }),
    );
  };

  // Arrow keys move between the choices, Home/End to the ends, Esc closes; Tab leaves as usual.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      return;
    }
    const items = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      e.key === 'ArrowDown'
        ? (at + 1) % items.length
        : e.key === 'ArrowUp'
          ? (at - 1 + items.length) % items.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? items.length - 1
              : null;
    if (next === null || items.length === 0) return;
    e.preventDefault();
    items[next]?.focus();
  };

  return (
    <div
      ref={root}
      className="export-menu"
      data-testid={`export-${token}`}
      onKeyDown={open ? onKeyDown : undefined}
      onBlur={(e) => {
        if (open && !root.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={trigger}
        type="button"
        className="ds-button export-trigger"
        data-variant="tertiary"
        data-size="sm"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={t('export.menuLabel', { title: what })}
        data-testid="export-menu"
        onClick={() => setOpen((o) => !o)}
      >
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
          <path
            d="M7 1v8M3.5 5.5L7 9l3.5-3.5M2 12.5h10"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          />
        </svg>
        {t('export.menu')}
        <span aria-hidden="true">▾</span>
      </button>
      <div
        ref={list}
        id={listId}
        className="export-list"
        role="group"
        aria-label={t('export.menuLabel', { title: what })}
        aria-busy={!slide}
        hidden={!open}
      >
        {open && !slide && !message?.error && (
          <p className="export-loading" role="status">
            {t('export.loading')}
          </p>
        )}
        {ACTIONS.map((a) => (
          <button
            key={a}
            type="button"
            className="ds-button"
            data-variant="tertiary"
            data-size="sm"
            aria-disabled={!slide}
            data-testid={`export-${a}`}
            onClick={() => run(a)}
          >
            {t(`export.${a}`)}
          </button>
        ))}
      </div>
      <p
        className={message?.error ? 'error export-message' : 'visually-hidden'}
        role={message?.error ? 'alert' : 'status'}
        data-testid="export-message"
      >
        {message?.text ?? ''}
      </p>
      {open && slide && (
        <div ref={figure} className="export-figure" aria-hidden="true" data-ready="true">
          <span id={figureTitle}>{what}</span>
          <SlideFigure
            slide={slide}
            width={PREVIEW.width}
            height={PREVIEW.height}
            labelledBy={figureTitle}
            describedBy={figureTitle}
          />
        </div>
      )}
    </div>
  );
}
