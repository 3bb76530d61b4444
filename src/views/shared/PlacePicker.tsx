import { Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useT } from '../../i18n/i18n.ts';
import type { PlaceRow } from '../../sql/rows.ts';

/** Folds a name for searching: lower case, no accents, æ/ø/å spelled out. */
const fold = (s: string) =>
  s
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');

/** Whether a place matches a search: every word starts a word of its name, county or code. */
export function placeMatches(p: PlaceRow, query: string): boolean {
  const words = fold(query)
    .split(/[\s()-]+/)
    .filter(Boolean);
  const hay = fold(`${p.label} ${p.parent_name ?? ''} ${p.code}`).split(/[\s()-]+/);
  return words.every((w) => hay.some((h) => h.startsWith(w)));
}

/**
 * The municipality picker shared by the views: a search by name or number over every
 * municipality (those with figures first), each named with its county where names repeat.
 */
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
  const [query, setQuery] = useState('');
  const countId = useId();
  const municipalities = places.filter((p) => p.level === 'municipality');
  const matching = query.trim() ? municipalities.filter((p) => placeMatches(p, query)) : null;
  const shown = matching ?? municipalities;
  const current = municipalities.find((p) => p.code === value);
  const withData = shown.filter((p) => p.n > 0);
  const without = shown.filter((p) => p.n === 0);
  const options = (list: readonly PlaceRow[]) =>
    list.map((p) => (
      <option key={p.code} value={p.code}>
        {p.label}
      </option>
    ));
  return (
    <div className="place-picker">
      <Textfield
        label={t('place.search')}
        description={t('place.searchHint')}
        type="search"
        value={query}
        autoComplete="off"
        data-testid="place-search"
        aria-describedby={countId}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const first = matching?.[0];
          if (e.key === 'Enter' && first) {
            e.preventDefault();
            onChange(first.code);
            setQuery('');
          }
        }}
      />
      <p id={countId} className="muted place-count" aria-live="polite">
        {matching
          ? matching.length > 0
            ? t('place.matches', { n: matching.length })
            : t('place.noMatch', { q: query.trim() })
          : ''}
      </p>
      <Field>
        <Label>{t('trender.place')}</Label>
        <Select value={value} onChange={(e) => onChange(e.target.value)} data-testid="place-select">
          {municipalities.length === 0 && <option value={value}>{value}</option>}
          {current && !shown.includes(current) && options([current])}
          {withData.length > 0 && (
            <optgroup label={t('place.withData')}>{options(withData)}</optgroup>
          )}
          {without.length > 0 && (
            <optgroup label={t('place.withoutData')}>{options(without)}</optgroup>
          )}
        </Select>
      </Field>
    </div>
  );
}
