import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Select,
  Textarea,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { ResultRow } from '../../arrow/to-rows.ts';
import {
  DIRECTIONS,
  MEASURE_STATUSES,
  PREVENTION_LEVELS,
  TARGET_GROUPS,
} from '../../domain/contract.ts';
import { splitList } from '../../domain/coverage.ts';
import type { LinkRow, MeasureRow } from '../../domain/measure-overlay.ts';
import type { MeasureVersion } from '../../domain/measure-records.ts';
import { useT, type MessageKey } from '../../i18n/i18n.ts';
import type { TiltakData } from '../../queries/tiltak.ts';

/** The editor's working copy of a measure and its links. */
export interface Draft {
  measure: MeasureRow;
  links: LinkRow[];
  isNew: boolean;
  /** The stored revision the editor opened from (0: none), and what it showed then. */
  rev: number;
  base: MeasureVersion | null;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const toggle = (list: string[], v: string) =>
  list.includes(v) ? list.filter((x) => x !== v) : [...list, v];

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
  original: ResultRow | null;
  onSave: (d: Draft) => void;
  onClose: () => void;
}) {
  const { t, lang } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const [m, setM] = useState<MeasureRow>(draft.measure);
  const [links, setLinks] = useState<LinkRow[]>(draft.links);
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const set = (k: string, v: string | number | null) =>
    setM((x) => ({ ...x, [k]: v === '' ? null : v }));
  const id = String(m.id);
  const themeIds = links
    .filter((l) => l.theme_id && !l.indicator_id)
    .map((l) => String(l.theme_id));
  const indicatorLinks = links.filter((l) => l.indicator_id);
  const was = (k: string) =>
    original && !draft.isNew && text(original[k]) !== text(m[k]) ? (
      <p className="was">{t('tiltak.was', { text: text(original[k]) || '–' })}</p>
    ) : null;
  const field = (k: string, label: MessageKey, area = false) => (
    <Field>
      <Label>{t(label)}</Label>
      {area ? (
        <Textarea rows={2} value={text(m[k])} onChange={(e) => set(k, e.target.value)} />
      ) : (
        <Textfield
          value={text(m[k])}
          onChange={(e) => set(k, e.target.value)}
          aria-label={t(label)}
        />
      )}
      {was(k)}
    </Field>
  );
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
          onSave({ ...draft, measure: m, links });
        }}
      >
        <h3 id="editor-title">
          {draft.isNew ? t('tiltak.addTitle') : t('tiltak.editTitle', { id })}
        </h3>
        {draft.isNew && (
          <Field>
            <Label>{t('dekning.plan')}</Label>
            <Select
              value={text(m.plan_id)}
              onChange={(e) => set('plan_id', e.target.value)}
              required
            >
              {data.plans.map((p) => (
                <option key={String(p.id)} value={String(p.id)}>
                  {String(p.geo_name)}: {String(p.title)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {field('title', 'tiltak.col.title', true)}
        {field('goal', 'tiltak.col.goal', true)}
        {field('responsible', 'tiltak.col.responsible')}
        <div className="editor-row">
          <Field>
            <Label>{t('tiltak.col.start')}</Label>
            <Textfield
              type="number"
              value={text(m.start_year)}
              onChange={(e) =>
                set('start_year', e.target.value === '' ? null : Number(e.target.value))
              }
              aria-label={t('tiltak.col.start')}
            />
            {was('start_year')}
          </Field>
          {field('due_text', 'tiltak.col.due')}
          <Field>
            <Label>{t('tiltak.col.status')}</Label>
            <Select
              value={text(m.status)}
              onChange={(e) => set('status', e.target.value)}
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
        <Fieldset>
          <Fieldset.Legend>{t('dekning.level')}</Fieldset.Legend>
          <div className="check-row">
            {PREVENTION_LEVELS.map((l) => (
              <Checkbox
                key={l}
                label={t(`prevention.${l}` as MessageKey)}
                checked={splitList(m.prevention_level as string).includes(l)}
                onChange={() =>
                  set(
                    'prevention_level',
                    toggle(splitList(m.prevention_level as string), l).join('|'),
                  )
                }
                data-size="sm"
              />
            ))}
          </div>
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('dekning.group')}</Fieldset.Legend>
          <div className="check-row">
            {TARGET_GROUPS.map((g) => (
              <Checkbox
                key={g}
                label={t(`group.${g}` as MessageKey)}
                checked={splitList(m.target_groups as string).includes(g)}
                onChange={() =>
                  set('target_groups', toggle(splitList(m.target_groups as string), g).join('|'))
                }
                data-size="sm"
              />
            ))}
          </div>
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('tiltak.themes')}</Fieldset.Legend>
          <div className="check-row">
            {data.themes.map((th) => {
              const tid = String(th.id);
              return (
                <Checkbox
                  key={tid}
                  label={String(lang === 'en' ? th.name_en : th.name_nb)}
                  checked={themeIds.includes(tid)}
                  onChange={() =>
                    setLinks((ls) =>
                      themeIds.includes(tid)
                        ? ls.filter((l) => !(l.theme_id === tid && !l.indicator_id))
                        : [
                            ...ls,
                            {
                              measure_id: id,
                              theme_id: tid,
                              indicator_id: null,
                              expected_direction: 'decrease',
                            },
                          ],
                    )
                  }
                  data-size="sm"
                />
              );
            })}
          </div>
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('tiltak.indicators')}</Fieldset.Legend>
          <ul className="link-list">
            {indicatorLinks.map((l) => (
              <li key={String(l.indicator_id)}>
                {String(
                  data.indicators.find((i) => i.id === l.indicator_id)?.[
                    lang === 'en' ? 'name_en' : 'name_nb'
                  ] ?? l.indicator_id,
                )}
                <Select
                  aria-label={t('tiltak.direction')}
                  value={l.expected_direction}
                  onChange={(e) =>
                    setLinks((ls) =>
                      ls.map((x) => (x === l ? { ...x, expected_direction: e.target.value } : x)),
                    )
                  }
                  data-size="sm"
                  width="auto"
                >
                  {DIRECTIONS.map((d) => (
                    <option key={d} value={d}>
                      {t(`direction.${d}` as MessageKey)}
                    </option>
                  ))}
                </Select>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  type="button"
                  onClick={() => setLinks((ls) => ls.filter((x) => x !== l))}
                >
                  {t('tiltak.unlink')}
                </Button>
              </li>
            ))}
          </ul>
          <Field>
            <Label>{t('tiltak.addIndicator')}</Label>
            <Select
              value=""
              onChange={(e) =>
                e.target.value &&
                setLinks((ls) => [
                  ...ls,
                  {
                    measure_id: id,
                    theme_id: null,
                    indicator_id: e.target.value,
                    expected_direction: 'decrease',
                  },
                ])
              }
              data-testid="add-indicator"
            >
              <option value="">{t('tiltak.choose')}</option>
              {data.indicators
                .filter((i) => !indicatorLinks.some((l) => l.indicator_id === i.id))
                .map((i) => (
                  <option key={String(i.id)} value={String(i.id)}>
                    {String(lang === 'en' ? i.name_en : i.name_nb)}
                  </option>
                ))}
            </Select>
          </Field>
        </Fieldset>
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
