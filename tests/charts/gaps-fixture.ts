import type { GapRow } from '../../src/charts/GapChart.tsx';
import type { Tier } from '../../src/domain/coverage/tiers.ts';
import { tierLabel } from '../../src/i18n/coverage-text.ts';

/**
 * A fixed list of what lacks measures, written out (not read from the embedded data): ten rows in
 * three tiers, most serious first, so the picture lists eight and says how many more there are.
 */
const row = (id: string, name: string, tier: Tier, reason: string): GapRow => ({
  id,
  name,
  tier,
  tierText: tierLabel(tier, 'nb'),
  reason,
});

const none = 'Ingen tiltak er knyttet til indikatoren eller temaet.';
const ended = 'Tiltaket som var knyttet til indikatoren, sluttet i 2023.';

export const GAP_ROWS: GapRow[] = [
  row('drunk', 'Har vært beruset siste 12 måneder', 'clear_risk', `Verre enn landet. ${none}`),
  row(
    'bullied',
    'Blir mobbet hver 14. dag eller oftere',
    'clear_risk',
    `Verre enn landet. ${ended}`,
  ),
  row(
    'lonely',
    'Har vært plaget av ensomhet siste uke, blant elever i ungdomsskolen og videregående',
    'clear_risk',
    `Verre enn landet. ${none}`,
  ),
  row(
    'cannabis',
    'Har brukt hasj eller marihuana siste år',
    'possible_risk',
    `Mulig verre enn landet (usikkerheten er ukjent). ${none}`,
  ),
  row(
    'sleep-youth',
    'Sover mindre enn seks timer',
    'possible_risk',
    `Omtrent som landet, men utvikler seg i feil retning. ${ended}`,
  ),
  row(
    'smoke',
    'Røyker daglig',
    'possible_risk',
    `Mulig verre enn landet (usikkerheten er ukjent). ${none}`,
  ),
  row(
    'snus',
    'Bruker snus daglig',
    'possible_risk',
    `Mulig verre enn landet (usikkerheten er ukjent). ${none}`,
  ),
  row(
    'sleeping-pills',
    'Brukere av sovemidler',
    'notable_difference',
    `Høyere enn landet (verken bedre eller verre). ${none}`,
  ),
  row(
    'antidepressants',
    'Brukere av antidepressiva',
    'notable_difference',
    `Lavere enn landet (verken bedre eller verre). ${none}`,
  ),
  row(
    'staffing',
    'Årsverk i psykisk helse- og rusarbeid per 10 000 innbyggere',
    'notable_difference',
    `Lavere enn landet (verken bedre eller verre). ${none}`,
  ),
];
