import { Field, Label, Select } from '@digdir/designsystemet-react';
import { ageLabel } from '../../charts/series-labels.ts';
import { formatPeriod } from '../../domain/period.ts';
import { useT } from '../../i18n/i18n.ts';
import { periodParam, type MapData, type MapState } from '../../queries/map.ts';
import type { MapLevel } from '../../sql/map.ts';
import { PlacePicker } from '../shared/PlacePicker.tsx';

/** Kart's choices: indicator, level (where it has several), age band, period and place. */
export function MapFilters({
  data,
  state,
  level,
  set,
}: {
  data: MapData | null;
  state: MapState;
  /** The level shown (the loaded one, else the asked one). */
  level: MapLevel;
  set: (next: Partial<MapState>) => void;
}) {
  const { t, lang } = useT();
  const indicator = data?.indicator ?? null;
  const name = (r: { name_nb: string; name_en: string }) => (lang === 'en' ? r.name_en : r.name_nb);
  return (
    <div className="filters">
      <PlacePicker places={data?.places ?? []} value={state.geo} onChange={(geo) => set({ geo })} />
      <Field>
        <Label>{t('kart.indicator')}</Label>
        <Select
          value={indicator?.id ?? ''}
          data-testid="map-indicator"
          onChange={(e) => set({ indicator: e.target.value, period: '', age: '' })}
        >
          {(data?.indicators ?? []).map((i) => (
            <Select.Option key={i.id} value={i.id}>
              {name(i)}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {(data?.indicators.find((i) => i.id === indicator?.id)?.levels.length ?? 0) > 1 && (
        <Field>
          <Label>{t('kart.level')}</Label>
          <Select
            value={level}
            data-testid="map-level"
            onChange={(e) =>
              set({ level: e.target.value === 'county' ? 'county' : 'municipality' })
            }
          >
            <Select.Option value="municipality">{t('kart.level.municipality')}</Select.Option>
            <Select.Option value="county">{t('kart.level.county')}</Select.Option>
          </Select>
        </Field>
      )}
      {(data?.ages.length ?? 0) > 1 && (
        <Field>
          <Label>{t('kart.age')}</Label>
          <Select
            value={data?.age ?? ''}
            data-testid="map-age"
            onChange={(e) => set({ age: e.target.value })}
          >
            {(data?.ages ?? []).map((a) => (
              <Select.Option key={a} value={a}>
                {ageLabel(a, lang)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
      <Field>
        <Label>{t('kart.period')}</Label>
        <Select
          value={data?.period ? periodParam(data.period) : ''}
          data-testid="map-period"
          onChange={(e) => set({ period: e.target.value })}
        >
          {[...(data?.periods ?? [])].reverse().map((p) => (
            <Select.Option key={periodParam(p)} value={periodParam(p)}>
              {formatPeriod(p)}
            </Select.Option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
