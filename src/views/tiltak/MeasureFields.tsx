import { Field, Label, Select, Textarea, Textfield } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { MEASURE_STATUSES } from '../../domain/contract.ts';
import type { MeasureContractRow } from '../../sql/rows.ts';
import { useT, type MessageKey } from '../../i18n/i18n.ts';
import { cellText, type MeasureDraftForm } from './useMeasureDraft.ts';

/** The measure's own fields (title to cost), each with the plan's text beside it where it differs. */
export function MeasureFields({
  form,
  original,
}: {
  /** The editor's draft. */
  form: MeasureDraftForm;
  /** The plan's own version of an edited measure, or null for a new one. */
  original: MeasureContractRow | null;
}) {
  const { t } = useT();
  const was = (k: keyof MeasureContractRow): ReactNode => {
    const before = original ? cellText(original[k]) : null;
    return before !== null && before !== form.text(k) ? (
      <p className="was">{t('tiltak.was', { text: before || '–' })}</p>
    ) : null;
  };
  const field = (k: keyof MeasureContractRow, label: MessageKey, area = false) => (
    <Field>
      <Label>{t(label)}</Label>
      {area ? (
        <Textarea rows={2} value={form.text(k)} onChange={(e) => form.set(k, e.target.value)} />
      ) : (
        <Textfield
          value={form.text(k)}
          onChange={(e) => form.set(k, e.target.value)}
          aria-label={t(label)}
        />
      )}
      {was(k)}
    </Field>
  );
  return (
    <>
      {field('title', 'tiltak.col.title', true)}
      {field('goal', 'tiltak.col.goal', true)}
      {field('responsible', 'tiltak.col.responsible')}
      <div className="editor-row">
        <Field>
          <Label>{t('tiltak.col.start')}</Label>
          <Textfield
            type="number"
            value={form.text('start_year')}
            onChange={(e) =>
              form.set('start_year', e.target.value === '' ? null : Number(e.target.value))
            }
            aria-label={t('tiltak.col.start')}
          />
          {was('start_year')}
        </Field>
        {field('due_text', 'tiltak.col.due')}
        <Field>
          <Label>{t('tiltak.col.status')}</Label>
          <Select
            value={form.text('status')}
            onChange={(e) => form.set('status', e.target.value)}
            data-testid="status-select"
          >
            {MEASURE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}` as MessageKey)}
              </option>
            ))}
          </Select>
          {was('status')}
        </Field>
      </div>
      {field('cost_text', 'tiltak.col.cost')}
    </>
  );
}
