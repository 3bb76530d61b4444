import { Checkbox, Field, Fieldset, Label, Select } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useT, type Lang } from '../../i18n/i18n.ts';
import { referenceFrom } from '../../queries/reference.ts';
import {
  loadTrender,
  trenderParams,
  trenderStateFrom,
  type TrenderState,
} from '../../queries/trender.ts';
import type { Navigate } from '../../state/navigate.ts';
import type { UrlState } from '../../state/url-state.ts';
import { useLoad } from '../../state/useLoad.ts';
import { OldCodeNotice } from '../shared/OldCodeNotice.tsx';
import { PlacePicker } from '../shared/PlacePicker.tsx';
import type { RateMode } from '../shared/RateToggle.tsx';
import { ReferenceSelect } from '../shared/ReferenceSelect.tsx';
import { rememberedGeo, useRememberGeo } from '../shared/usePlaceParam.ts';
import { LoadError, ViewSection } from '../shared/ViewHeader.tsx';
import { TrendCard } from './TrendCard.tsx';

const name = (r: { name_nb: string; name_en: string }, lang: Lang) =>
  lang === 'en' ? r.name_en : r.name_nb;

/** Trender: choose a place and indicators; one chart per indicator with references, sources and tables. */
export function TrenderView({ url, navigate }: { url: UrlState; navigate: Navigate }) {
  const { t, lang } = useT();
  const state = trenderStateFrom(url.params, rememberedGeo());
  // An extra reference line: a group computed from members (same size, KOSTRA); Norway and the
  // county are always drawn.
  const ref = referenceFrom(url.params.ref);
  const computedRef = ref.startsWith('G-') ? ref : '';
  const key = JSON.stringify(state) + computedRef;
  const load = useLoad((db) => loadTrender(db, state, computedRef), key);
  const [modes, setModes] = useState<Record<string, RateMode>>({});
  const data = load.data;

  useRememberGeo(state.geo);

  const set = (next: Partial<TrenderState>) =>
    navigate({ ...url, params: trenderParams({ ...state, ...next }) });

  const themes = useMemo(() => {
    const m = new Map<string, string>();
    for (const i of data?.indicators ?? [])
      m.set(i.theme_id, lang === 'en' ? i.theme_en : i.theme_nb);
    return [...m.entries()];
  }, [data?.indicators, lang]);
  const theme = data?.theme ?? state.theme;
  const visible = (data?.indicators ?? []).filter((i) => !theme || i.theme_id === theme);
  // The URL answers at once; the loaded data catches up (keeps checkboxes responsive while loading).
  const selectedIds = new Set(
    state.indicators.length > 0 ? state.indicators : (data?.selected ?? []).map((i) => i.id),
  );

  const toggle = (id: string) => {
    const next = new Set(selectedIds);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    set({ indicators: [...next] });
  };

  return (
    <ViewSection name="trender" className="trender" load={load} title="trender.title">
      <div className="filters">
        <PlacePicker
          places={data?.places ?? []}
          value={state.geo}
          onChange={(code) => set({ geo: code, indicators: [] })}
        />
        <ReferenceSelect
          value={ref}
          places={data?.places ?? []}
          kostra={data?.kostra ?? []}
          onChange={(r) => navigate({ ...url, params: { ...url.params, ref: r } })}
        />
        <Field>
          <Label>{t('trender.theme')}</Label>
          <Select
            value={theme}
            onChange={(e) => set({ theme: e.target.value, indicators: [] })}
            data-testid="theme-select"
          >
            <option value="">{t('trender.allThemes')}</option>
            {themes.map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Fieldset className="indicator-picker">
        <Fieldset.Legend>{t('trender.indicators')}</Fieldset.Legend>
        {/* With all themes shown, the indicators are grouped under their theme. */}
        {themes
          .filter(([id]) => visible.some((i) => i.theme_id === id))
          .map(([id, label]) => (
            <div key={id} className="indicator-group">
              {!theme && <p className="indicator-theme">{label}</p>}
              <div className="indicator-options">
                {visible
                  .filter((i) => i.theme_id === id)
                  .map((i) => (
                    <Checkbox
                      key={i.id}
                      label={name(i, lang)}
                      value={i.id}
                      checked={selectedIds.has(i.id)}
                      onChange={() => toggle(i.id)}
                      data-size="sm"
                    />
                  ))}
              </div>
            </div>
          ))}
      </Fieldset>
      <OldCodeNotice url={url} navigate={navigate} />
      <LoadError load={load} />
      {data && data.selected.length === 0 && (
        <p>{visible.length === 0 ? t('trender.noIndicators') : t('trender.chooseIndicator')}</p>
      )}
      <div className="chart-grid" aria-busy={load.status === 'loading'}>
        {data?.selected.map((ind) => (
          <TrendCard
            key={ind.id}
            ind={ind}
            data={data}
            geo={state.geo}
            mode={modes[ind.id]}
            setMode={(m) => setModes({ ...modes, [ind.id]: m })}
          />
        ))}
      </div>
    </ViewSection>
  );
}
