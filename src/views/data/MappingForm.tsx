import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { UNITS, type Unit } from '../../domain/contract.ts';
import { useT, type MessageKey } from '../../i18n/i18n.ts';
import { detectEncoding } from '../../ingest/decode.ts';
import { parseInput } from '../../ingest/input.ts';
import { bytesSource } from '../../ingest/source.ts';
import { suggestMapping, type ColumnMapping, type MappingPreset } from '../../ingest/mapping.ts';

const PRESETS_KEY = 'oversikt.mappingPresets';
const SAMPLE_BYTES = 512 * 1024;
type Col =
  | 'place'
  | 'period'
  | 'periodFrom'
  | 'periodTo'
  | 'value'
  | 'indicator'
  | 'sex'
  | 'age'
  | 'status'
  | 'respondents'
  | 'ciLow'
  | 'ciHigh'
  | 'note';
const COLS: Col[] = [
  'place',
  'period',
  'periodFrom',
  'periodTo',
  'value',
  'indicator',
  'sex',
  'age',
  'status',
  'respondents',
  'ciLow',
  'ciHigh',
  'note',
];

function loadPresets(): MappingPreset[] {
  try {
    const v = JSON.parse(localStorage.getItem(PRESETS_KEY) ?? '[]') as unknown;
    return Array.isArray(v)
      ? (v as MappingPreset[]).filter((p) => p && p.version === 1 && typeof p.name === 'string')
      : [];
  } catch {
    return [];
  }
}

/** The header of a file's table, read from its start in the page (small, so no worker is needed). */
async function headerOf(file: File): Promise<string[] | null> {
  const source = bytesSource(new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer()));
  const p = parseInput(source, detectEncoding(source, file.size > SAMPLE_BYTES));
  return p.ok && p.input.kind === 'csv' ? p.input.header : null;
}

/** Which column is place, period, value, indicator, sex and age: for any table no reader knows; can be saved as a preset. */
export function MappingForm({ file, onRead }: { file: File; onRead: (m: ColumnMapping) => void }) {
  const { t } = useT();
  const [header, setHeader] = useState<string[] | null>(null);
  const [m, setM] = useState<Partial<ColumnMapping>>({});
  const [presets, setPresets] = useState<MappingPreset[]>(loadPresets);
  const [presetName, setPresetName] = useState('');
  useEffect(() => {
    void headerOf(file).then((h) => {
      setHeader(h);
      if (h) setM({ ...suggestMapping(h), unit: 'percent' });
    });
  }, [file]);
  if (header === null) return <p className="muted">{t('mapping.noHeader')}</p>;
  const set = (k: keyof ColumnMapping, v: string) =>
    setM((x) => ({ ...x, [k]: v === '' ? undefined : v }));
  const ready = Boolean(
    m.place &&
    m.value &&
    (m.period || m.periodFrom || m.constants?.period) &&
    (m.indicator || m.indicatorId),
  );
  return (
    <form
      className="mapping-form"
      data-testid="mapping-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onRead(m as ColumnMapping);
      }}
    >
      <h4>{t('mapping.title')}</h4>
      <p className="muted">{t('mapping.intro')}</p>
      {presets.length > 0 && (
        <Field>
          <Label>{t('mapping.preset')}</Label>
          <Select
            value=""
            onChange={(e) => setM(presets.find((p) => p.name === e.target.value)?.mapping ?? m)}
          >
            <option value="">{t('tiltak.choose')}</option>
            {presets.map((p) => (
              <option key={p.name}>{p.name}</option>
            ))}
          </Select>
        </Field>
      )}
      <div className="mapping-grid">
        {COLS.map((c) => (
          <Field key={c}>
            <Label>{t(`mapping.${c}` as MessageKey)}</Label>
            <Select
              value={String(m[c] ?? '')}
              onChange={(e) => set(c, e.target.value)}
              data-testid={`map-${c}`}
            >
              <option value="">{t('mapping.none')}</option>
              {header.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </Select>
          </Field>
        ))}
        <Field>
          <Label>{t('mapping.periodConst')}</Label>
          <Textfield
            aria-label={t('mapping.periodConst')}
            value={m.constants?.period ?? ''}
            onChange={(e) =>
              setM((x) => ({
                ...x,
                constants: { ...x.constants, period: e.target.value || undefined },
              }))
            }
          />
        </Field>
        <Field>
          <Label>{t('mapping.indicatorName')}</Label>
          <Textfield
            aria-label={t('mapping.indicatorName')}
            value={m.indicatorName ?? ''}
            data-testid="map-indicator-name"
            onChange={(e) =>
              setM((x) => ({
                ...x,
                indicatorName: e.target.value || undefined,
                indicatorId: x.indicator
                  ? x.indicatorId
                  : e.target.value
                    ? `egen-${e.target.value
                        .toLowerCase()
                        .normalize('NFD')
                        .replace(/[^a-z0-9]+/g, '-')
                        .replace(/^-|-$/g, '')}`
                    : undefined,
              }))
            }
          />
        </Field>
        <Field>
          <Label>{t('mapping.unit')}</Label>
          <Select
            value={m.unit ?? 'percent'}
            onChange={(e) => setM((x) => ({ ...x, unit: e.target.value as Unit }))}
          >
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`unit.${u}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={!ready} data-testid="mapping-read">
          {t('mapping.read')}
        </Button>
        <Textfield
          aria-label={t('mapping.presetName')}
          placeholder={t('mapping.presetName')}
          value={presetName}
          onChange={(e) => setPresetName(e.target.value)}
          data-size="sm"
        />
        <Button
          type="button"
          variant="secondary"
          data-size="sm"
          disabled={!ready || !presetName}
          onClick={() => {
            const next = [
              ...presets.filter((p) => p.name !== presetName),
              { version: 1 as const, name: presetName, mapping: m as ColumnMapping },
            ];
            localStorage.setItem(PRESETS_KEY, JSON.stringify(next));
            setPresets(next);
          }}
        >
          {t('mapping.save')}
        </Button>
      </div>
    </form>
  );
}
