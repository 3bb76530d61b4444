import { Field, Label, Search, Select, Textfield } from '@digdir/designsystemet-react';
import { MEASURE_STATUSES } from '../../domain/contract.ts';
import { useT, type MessageKey } from '../../i18n/i18n.ts';
import type { TiltakData } from '../../queries/tiltak.ts';
import { GroupSelect, LevelSelect } from '../shared/MeasureFilterSelects.tsx';
import type { TiltakFilters } from './filter.ts';

/** Tiltak's filters: search, place, plan, status, changed, and more behind a disclosure. */
export function TiltakToolbar({
  f,
  data,
  set,
}: {
  f: TiltakFilters;
  data: TiltakData | null;
  set: (p: Record<string, string>) => void;
}) {
  const { t, lang } = useT();
  const plans = data?.plans ?? [];
  const places = [...new Map(plans.map((p) => [p.geo_code, p.geo_name])).entries()];
  return (
    <>
      <div className="filters">
        <Field>
          <Label>{t('tiltak.search')}</Label>
          <Search>
            <Search.Input
              aria-label={t('tiltak.search')}
              value={f.q}
              onChange={(e) => set({ q: e.target.value })}
              data-testid="measure-search"
            />
            <Search.Clear onClick={() => set({ q: '' })} />
          </Search>
        </Field>
        <Field>
          <Label>{t('trender.place')}</Label>
          <Select
            value={f.geo}
            onChange={(e) => set({ geo: e.target.value, plan: '' })}
            data-testid="tiltak-geo"
          >
            <option value="">{t('tiltak.allPlaces')}</option>
            {places.map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('dekning.plan')}</Label>
          <Select value={f.plan} onChange={(e) => set({ plan: e.target.value })}>
            <option value="">{t('dekning.allPlans')}</option>
            {plans
              .filter((p) => !f.geo || p.geo_code === f.geo)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('tiltak.col.status')}</Label>
          <Select value={f.status} onChange={(e) => set({ status: e.target.value })}>
            <option value="">{t('tiltak.allStatuses')}</option>
            {MEASURE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('tiltak.changedOnly')}</Label>
          <Select
            value={f.changed}
            onChange={(e) => set({ changed: e.target.value })}
            data-testid="changed-filter"
          >
            <option value="">{t('tiltak.allMeasures')}</option>
            <option value="1">{t('tiltak.onlyChanged')}</option>
          </Select>
        </Field>
      </div>
      <details className="more-filters" open={Boolean(f.level || f.group || f.theme || f.active)}>
        <summary>{t('tiltak.moreFilters')}</summary>
        <div className="filters">
          <LevelSelect value={f.level} onChange={(v) => set({ level: v })} testId="tiltak-level" />
          <GroupSelect value={f.group} onChange={(v) => set({ group: v })} />
          <Field>
            <Label>{t('trender.theme')}</Label>
            <Select value={f.theme} onChange={(e) => set({ theme: e.target.value })}>
              <option value="">{t('trender.allThemes')}</option>
              {(data?.themes ?? []).map((th) => (
                <option key={th.id} value={th.id}>
                  {lang === 'en' ? th.name_en : th.name_nb}
                </option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('dekning.year')}</Label>
            <Textfield
              type="number"
              aria-label={t('dekning.year')}
              value={f.active}
              onChange={(e) => set({ active: e.target.value })}
            />
          </Field>
        </div>
      </details>
    </>
  );
}
