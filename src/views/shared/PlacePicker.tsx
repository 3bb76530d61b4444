import { Field, Label, Select } from '@digdir/designsystemet-react';
import type { PlaceRow } from '../../sql/rows.ts';
import { useT } from '../../i18n/i18n.ts';

/** The municipality picker shared by the views: municipalities that have figures. */
export function PlacePicker({
  places,
  value,
  onChange,
}: {
  places: readonly PlaceRow[];
  value: string;
  onChange: (code: string) => void;
}) {
  const { t } = useT();
  const municipalities = places.filter((p) => p.level === 'municipality');
  const withData = municipalities.filter((p) => p.n > 0);
  const without = municipalities.filter((p) => p.n === 0);
  const options = (list: typeof places) =>
    list.map((p) => (
      <option key={p.code} value={p.code}>
        {p.name}
      </option>
    ));
  return (
    <Field>
      <Label>{t('trender.place')}</Label>
      <Select value={value} onChange={(e) => onChange(e.target.value)} data-testid="place-select">
        {municipalities.length === 0 && <option value={value}>{value}</option>}
        {withData.length > 0 && (
          <optgroup label={t('place.withData')}>{options(withData)}</optgroup>
        )}
        {without.length > 0 && (
          <optgroup label={t('place.withoutData')}>{options(without)}</optgroup>
        )}
      </Select>
    </Field>
  );
}
