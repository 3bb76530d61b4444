import { Field, Label, Select } from '@digdir/designsystemet-react';
import type { PlaceRow } from '../../sql/rows.ts';
import type { KostraGroupRow } from '../../sql/similar-rows.ts';
import { placeName, useT } from '../../i18n/i18n.ts';
import type { Reference } from '../../queries/reference.ts';
import { SIZE_GROUP } from '../../domain/similar/size-classes.ts';

/**
 * What to compare with: Norway, the county, municipalities of the same size, an imported KOSTRA
 * group, or a comparison group that has figures.
 */
export function ReferenceSelect({
  value,
  places,
  kostra = [],
  onChange,
}: {
  value: Reference;
  places: readonly PlaceRow[];
  /** KOSTRA groups imported in the Data view (their values are computed from members). */
  kostra?: readonly KostraGroupRow[];
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
        <option value={SIZE_GROUP}>{t('similar.refSize')}</option>
        {kostra.map((g) => (
          <option key={g.code} value={g.code}>
            {t('similar.refKostra', { name: g.name })}
          </option>
        ))}
        {groups.map((g) => (
          <option key={g.code} value={g.code}>
            {placeName(g.code, g.name, lang)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
