import { Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useT } from '../../i18n/i18n.ts';
import type { IndicatorEdit } from '../../imports/rename.ts';
import type { PreparedImport } from '../../imports/types.ts';
import { loadThemes } from '../../queries/tiltak.ts';
import { useLoad } from '../../state/useLoad.ts';

/** Name and theme for each indicator the import will create, set before the figures are added. */
export function CreatedIndicators({
  prepared,
  edits,
  onChange,
}: {
  prepared: PreparedImport;
  edits: Record<string, IndicatorEdit>;
  onChange: (e: Record<string, IndicatorEdit>) => void;
}) {
  const { t, lang } = useT();
  // Through the coordinator, with a status: stale answers are dropped, the picker says when it waits.
  const load = useLoad(loadThemes, 'themes');
  const themes = (load.data ?? []).map((r) => ({
    id: r.id,
    name: lang === 'en' ? r.name_en : r.name_nb,
  }));
  const created = prepared.report.indicators.filter((i) => i.status === 'created');
  if (created.length === 0) return null;
  const set = (id: string, e: IndicatorEdit) =>
    onChange({ ...edits, [id]: { ...edits[id], ...e } });
  return (
    <fieldset
      className="created-indicators"
      data-testid="created-indicators"
      data-load={load.status}
    >
      <legend>{t('import.newIndicators')}</legend>
      {created.map((i) => (
        <div key={i.id} className="mapping-grid">
          <Field>
            <Label>{t('import.indicatorNameNb', { id: i.id })}</Label>
            <Textfield
              aria-label={t('import.indicatorNameNb', { id: i.id })}
              value={edits[i.id]?.name_nb ?? i.name_nb}
              onChange={(e) => set(i.id, { name_nb: e.target.value })}
              data-testid={`name-${i.id}`}
            />
          </Field>
          <Field>
            <Label>{t('import.indicatorNameEn')}</Label>
            <Textfield
              aria-label={t('import.indicatorNameEn')}
              value={edits[i.id]?.name_en ?? ''}
              onChange={(e) => set(i.id, { name_en: e.target.value })}
            />
          </Field>
          <Field>
            <Label>{t('trender.theme')}</Label>
            <Select
              aria-busy={load.status === 'loading'}
              value={edits[i.id]?.theme_id ?? ''}
              onChange={(e) => set(i.id, { theme_id: e.target.value })}
            >
              <option value="">{t('import.themeAsRead')}</option>
              {themes.map((th) => (
                <option key={th.id} value={th.id}>
                  {th.name}
                </option>
              ))}
            </Select>
            {load.status === 'error' && (
              <p className="error" role="alert">
                {load.error}
              </p>
            )}
          </Field>
        </div>
      ))}
    </fieldset>
  );
}
