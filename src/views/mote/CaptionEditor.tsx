import { useId, useRef, useState } from 'react';
import { useCaptionEdit } from '../../deck/useDeck.ts';
import { useT } from '../../i18n/i18n.ts';

/** A slide's caption: the one made from the figures, or the user's own text (kept per pin, resettable). */
export function CaptionEditor({
  pinId,
  generated,
  title,
}: {
  /** The pin whose caption this is. */
  pinId: string;
  /** The caption made from the data. */
  generated: string;
  /** The slide's title, for the controls' names. */
  title: string;
}) {
  const { t, lang } = useT();
  const [edit, setEdit] = useCaptionEdit(pinId, lang);
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const fieldId = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const text = edit ?? generated;
  const close = (msg: string) => {
    setDraft(null);
    setMessage(msg);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <div className="caption-editor" data-testid="caption-editor">
      <p className="caption-state muted">
        {t('mote.captionHeading')}: {edit ? t('mote.captionEdited') : t('mote.captionGenerated')}
      </p>
      {draft === null ? (
        <>
          <p className="deck-caption" data-testid="deck-caption">
            {text}
          </p>
          <div className="button-row no-print">
            <button
              ref={editButton}
              type="button"
              className="ds-button"
              data-variant="secondary"
              data-size="sm"
              aria-label={t('mote.editCaptionLabel', { title })}
              onClick={() => {
                setMessage('');
                setDraft(text);
              }}
            >
              {t('mote.editCaption')}
            </button>
            {edit && (
              <button
                type="button"
                className="ds-button"
                data-variant="tertiary"
                data-size="sm"
                aria-label={t('mote.resetCaptionLabel', { title })}
                data-testid="caption-reset"
                onClick={() => {
                  setEdit(null);
                  close(t('mote.captionReset'));
                }}
              >
                {t('mote.resetCaption')}
              </button>
            )}
          </div>
        </>
      ) : (
        <form
          className="caption-form no-print"
          onSubmit={(e) => {
            e.preventDefault();
            setEdit(draft.trim() === generated.trim() ? null : draft);
            close(t('mote.captionSaved'));
          }}
        >
          <label htmlFor={fieldId} className="caption-label">
            {t('mote.captionLabel', { title })}
          </label>
          <textarea
            id={fieldId}
            className="ds-input caption-input"
            rows={4}
            value={draft}
            // The field opens on a click of "Rediger"; focus follows the user's own action.
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') close('');
            }}
            data-testid="caption-input"
          />
          <div className="button-row">
            <button type="submit" className="ds-button" data-variant="primary" data-size="sm">
              {t('mote.saveCaption')}
            </button>
            <button
              type="button"
              className="ds-button"
              data-variant="secondary"
              data-size="sm"
              onClick={() => close('')}
            >
              {t('mote.cancel')}
            </button>
          </div>
        </form>
      )}
      <p className="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}
