import { Field, Label, Select } from '@digdir/designsystemet-react';
import type { PlaceRow } from '../../sql/rows.ts';
import { placeName, useT } from '../../i18n/i18n.ts';
import type { Reference } from '../../queries/reference.ts';

/** What to compare with: Norway, the county, or a comparison group that has figures. */
export function ReferenceSelect({
  value,
  places,
  onChange,
}: {
  value: Reference;
  places: readonly PlaceRow[];
  onChange: (ref: string) => void;
}) {
  const { lang, t } = useT();
  const groups = places.filter((p) => p.level === 'group');
  return (
    <Field>
      <Label>{t('oversikt.reference')}</Label>
      <Select
        value={value}
        onChange={(e) => onChange(e.target.value === 'country' ? '' : e.target.value)}
        data-testid="reference-select"
      >
        <option value="country">{t('oversikt.refCountry')}</option>
        <option value="county">{t('oversikt.refCounty')}</option>
        {groups.map((g) => (
          <option key={g.code} value={g.code}>
            {placeName(g.code, g.name, lang)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
