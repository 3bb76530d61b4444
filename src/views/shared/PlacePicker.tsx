import { Field, Label, Select } from '@digdir/designsystemet-react';
import type { ResultRow } from '../../arrow/to-rows.ts';
import { useT } from '../../i18n/i18n.ts';

/** The municipality picker shared by the views: municipalities that have figures. */
export function PlacePicker({
  places,
  value,
  onChange,
}: {
  places: ResultRow[];
  value: string;
  onChange: (code: string) => void;
}) {
  const { t } = useT();
  const municipalities = places.filter((p) => p.level === 'municipality');
  return (
    <Field>
      <Label>{t('trender.place')}</Label>
      <Select value={value} onChange={(e) => onChange(e.target.value)} data-testid="place-select">
        {municipalities.length === 0 && <option value={value}>{value}</option>}
        {municipalities.map((p) => (
          <option key={String(p.code)} value={String(p.code)}>
            {String(p.name)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
