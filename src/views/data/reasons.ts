import type { Lang } from '../../i18n/i18n.ts';

/** The import library's reason kinds in bokmål (the detail after the colon names values from the file). */
const KINDS_NB: Record<string, string> = {
  'unknown indicator': 'Ukjent indikator',
  'unknown place': 'Ukjent sted',
  'unreadable file': 'Filen kan ikke leses',
  'unreadable row': 'Raden kan ikke leses',
  'bad group': 'Ugyldig sammenligningsgruppe',
  'bad number': 'Ugyldig tall',
  'not a number': 'Ikke et tall',
  'shares do not add up': 'Andelene summerer ikke',
  'ragged row': 'Feil antall felt',
  'orphan measure': 'Tall uten tilhørende rad',
  'mixed separators': 'Blandede skilletegn',
  'no data rows': 'Ingen datarader',
  'no columns found': 'Fant ingen kolonner',
  'the column mapping does not fit this file': 'Kolonnekoblingen passer ikke til filen',
  'no figure column': 'Ingen kolonne med tall',
  invalid: 'Ugyldig',
  duplicate: 'Duplikat',
  'bad status': 'Ugyldig status',
  'bad sex': 'Ugyldig kjønn',
  'bad period': 'Ugyldig periode',
  'bad flag': 'Ugyldig flagg',
  'bad age': 'Ugyldig alder',
};

/** A rejection reason with its kind in the interface language; the detail stays as the file says. */
export function reasonLabel(reason: string, lang: Lang): string {
  if (lang !== 'nb') return reason;
  const i = reason.indexOf(':');
  if (i < 0) return KINDS_NB[reason] ?? reason;
  const kind = reason.slice(0, i);
  const nb = KINDS_NB[kind];
  return nb ? `${nb}:${reason.slice(i + 1)}` : reason;
}
