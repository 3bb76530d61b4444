import { Button, Field, Label, Select } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { PREVENTION_LEVELS, TARGET_GROUPS } from '../../domain/contract.ts';
import { splitList } from '../../domain/coverage.ts';
import type { LinkRow, MeasureRow } from '../../domain/measure-overlay.ts';
import type { MeasureVersion } from '../../domain/measure-records.ts';
import { useT, type MessageKey } from '../../i18n/i18n.ts';
import type { TiltakData } from '../../queries/tiltak.ts';
import type { MeasureContractRow } from '../../sql/rows.ts';
import { CheckboxFieldset } from '../shared/CheckboxFieldset.tsx';
import { IndicatorLinks } from './IndicatorLinks.tsx';
import { MeasureFields } from './MeasureFields.tsx';
import { useMeasureDraft } from './useMeasureDraft.ts';

/** The editor's working copy of a measure and its links. */
export interface Draft {
  measure: MeasureRow;
  links: LinkRow[];
  isNew: boolean;
  /** The stored revision the editor opened from (0: none), and what it showed then. */
  rev: number;
  base: MeasureVersion | null;
}

/** A modal form to edit or add a measure: every field, status, and its theme and indicator links. */
export function MeasureEditor({
  draft,
  data,
  original,
  onSave,
  onClose,
}: {
  draft: Draft;
  data: TiltakData;
  original: MeasureContractRow | null;
  onSave: (d: Draft) => void;
  onClose: () => void;
}) {
  const { t, lang } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const form = useMeasureDraft(draft.measure, draft.links);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const options = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) }));
  return (
    <dialog
      ref={ref}
      className="editor"
      aria-labelledby="editor-title"
      onClose={onClose}
      data-testid="measure-editor"
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onSave({ ...draft, measure: form.m, links: form.links });
        }}
      >
        <h3 id="editor-title">
          {draft.isNew ? t('tiltak.addTitle') : t('tiltak.editTitle', { id: form.id })}
        </h3>
        {draft.isNew && (
          <Field>
            <Label>{t('dekning.plan')}</Label>
            <Select
              value={form.text('plan_id')}
              onChange={(e) => form.set('plan_id', e.target.value)}
              required
            >
              {data.plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.geo_name}: {p.title}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <MeasureFields form={form} original={draft.isNew ? null : original} />
        <CheckboxFieldset
          legend={t('dekning.level')}
          options={options(PREVENTION_LEVELS, 'prevention')}
          selected={splitList(form.text('prevention_level'))}
          onToggle={(v) => form.toggleIn('prevention_level', v)}
        />
        <CheckboxFieldset
          legend={t('dekning.group')}
          options={options(TARGET_GROUPS, 'group')}
          selected={splitList(form.text('target_groups'))}
          onToggle={(v) => form.toggleIn('target_groups', v)}
        />
        <CheckboxFieldset
          legend={t('tiltak.themes')}
          options={data.themes.map((th) => ({
            value: th.id,
            label: lang === 'en' ? th.name_en : th.name_nb,
          }))}
          selected={form.themeIds}
          onToggle={form.toggleTheme}
        />
        <IndicatorLinks form={form} indicators={data.indicators} />
        <div className="button-row">
          <Button type="submit" data-testid="editor-save">
            {t('tiltak.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={() => ref.current?.close()}>
            {t('tiltak.cancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
