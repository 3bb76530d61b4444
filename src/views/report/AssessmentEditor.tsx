import { useEffect, useId, useRef, useState } from 'react';
import { assessmentId } from '../../domain/assessments.ts';
import { useT } from '../../i18n/i18n.ts';
import { saveAssessment } from '../../state/assessment-store.ts';
import { useAssessments } from './useAssessments.ts';

/**
 * The coordinator's own assessment of a theme for a place (causes, consequences, what dialogue
 * meetings said): a labelled text field kept in this browser, saved only when still at the
 * revision it was opened from, so another tab's text is never overwritten unseen.
 */
export function AssessmentEditor({
  geo,
  theme,
  themeName,
}: {
  geo: string;
  theme: string;
  /** The theme's name, for the field's label. */
  themeName: string;
}) {
  const { t } = useT();
  const records = useAssessments();
  const stored = records.get(assessmentId(geo, theme));
  const [draft, setDraft] = useState<string | null>(null);
  /** The revision the draft was started from. */
  const base = useRef(0);
  const [message, setMessage] = useState('');
  const [conflict, setConflict] = useState<{ text: string; rev: number } | null>(null);
  const fieldId = useId();
  const hintId = useId();
  const text = draft ?? stored?.text ?? '';

  // Another place or theme: start again from what is stored.
  useEffect(() => {
    setDraft(null);
    setConflict(null);
    setMessage('');
  }, [geo, theme]);

  const save = async (expectedRev: number) => {
    try {
      const r = await saveAssessment({ geo, theme }, text, expectedRev);
      if (r.ok) {
        setDraft(null);
        setConflict(null);
        setMessage(text.trim() === '' ? t('assessment.removed') : t('assessment.saved'));
      } else {
        setConflict({ text: r.theirs?.text ?? '', rev: r.theirs?.rev ?? 0 });
        setMessage('');
      }
    } catch (e) {
      setMessage(t('assessment.failed', { error: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <form
      className="assessment-editor"
      data-testid={`assessment-${theme}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save(draft === null ? (stored?.rev ?? 0) : base.current);
      }}
    >
      <label htmlFor={fieldId} className="assessment-label">
        {t('assessment.label', { theme: themeName })}
      </label>
      <p id={hintId} className="muted assessment-hint">
        {t('assessment.hint')}
      </p>
      <textarea
        id={fieldId}
        className="ds-input assessment-input"
        rows={3}
        value={text}
        aria-describedby={hintId}
        onChange={(e) => {
          if (draft === null) base.current = stored?.rev ?? 0;
          setDraft(e.target.value);
          setMessage('');
        }}
        data-testid="assessment-input"
      />
      <div className="button-row">
        <button
          type="submit"
          className="ds-button"
          data-variant="secondary"
          data-size="sm"
          disabled={draft === null || draft === (stored?.text ?? '')}
          data-testid="assessment-save"
        >
          {t('assessment.save')}
        </button>
        {draft !== null && draft !== (stored?.text ?? '') && (
          <span className="muted">{t('assessment.unsaved')}</span>
        )}
      </div>
      {conflict && (
        <div className="assessment-conflict" role="alert">
          <p>{t('assessment.conflict', { theirs: conflict.text })}</p>
          <button
            type="button"
            className="ds-button"
            data-variant="secondary"
            data-size="sm"
            onClick={() => void save(conflict.rev)}
          >
            {t('assessment.keepMine')}
          </button>
        </div>
      )}
      <p role="status" className="muted" data-testid="assessment-status">
        {message}
      </p>
    </form>
  );
}
