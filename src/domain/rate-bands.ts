/**
 * Which population a count is divided by to make a rate, per indicator family. The count's own age
 * band wins when it has one the population table has (coordination counts split 0–17 / 18+);
 * otherwise the family's band below. Bands are SSB 07459's (`age` of indicator `population`).
 * Written down with the reasons in pipelines/notes/rates.md.
 */

/** A rate's denominator: an age band of SSB 07459 and "per how many". */
export interface RateBand {
  /** The `age` code of the population figure (`all`, `0_17`, `13_19`, `18_plus`, …). */
  age: string;
  /** Per 1 000 or per 10 000 inhabitants of the band. */
  per: 1000 | 10000;
}

/** Indicator-id prefixes and their band; the longest matching prefix decides. `null`: no rate. */
export const RATE_FAMILIES: readonly (readonly [prefix: string, band: RateBand | null])[] = [
  // Brukerplan maps adults receiving services; KORUS reports it per 1 000 inhabitants 18+.
  ['brukerplan-', { age: '18_plus', per: 1000 }],
  // Opioid agonist treatment (LAR) is for adults; small numbers, so per 10 000.
  ['lar-', { age: '18_plus', per: 10000 }],
  // Child-welfare reports concern children; Bufdir and SSB give them per 1 000 children 0–17.
  ['cwelfare-', { age: '0_17', per: 1000 }],
  // Police cases and reports: SSB gives offences per 1 000 inhabitants (all ages).
  ['police-', { age: 'all', per: 1000 }],
  // Municipal services for adults with mental-health and substance problems.
  ['service-mhsu-adults', { age: '18_plus', per: 1000 }],
  ['service-', { age: 'all', per: 1000 }],
  ['coord-', { age: 'all', per: 1000 }],
  ['alcohol-', { age: 'all', per: 10000 }],
  // Dwellings and sub-letting are counted for target groups, not inhabitants; a rate would mislead.
  ['housing-', null],
  // Litres sold is a volume, not people or events.
  ['alcohol-beer-sales-litres', null],
  // Population is the denominator itself.
  ['population', null],
  // Admissions are counted nationally, among people with substance dependence.
  ['treatment-', null],
  // Anything else counted (imported counts): per 1 000 inhabitants of all ages.
  ['', { age: 'all', per: 1000 }],
];

/** The band a count of this indicator is rated on, or null when it gets no rate. */
export function rateBandFor(indicatorId: string, countAge = 'all'): RateBand | null {
  let best: (typeof RATE_FAMILIES)[number] | null = null;
  for (const f of RATE_FAMILIES)
    if (indicatorId.startsWith(f[0]) && (!best || f[0].length > best[0].length)) best = f;
  const band = best?.[1] ?? null;
  if (!band) return null;
  return countAge !== 'all' && POPULATION_AGES.has(countAge) ? { ...band, age: countAge } : band;
}

/** The age bands SSB 07459 is carried in (the embedded `population` indicator). */
export const POPULATION_AGES: ReadonlySet<string> = new Set([
  'all',
  '0_17',
  '13_19',
  '18_plus',
  '0_74',
  '67_plus',
  '80_plus',
]);

/** Family prefixes with their band, for SQL (`prefix, age, per`; no-rate families have per null). */
export function rateFamilyParams(): (string | number | null)[] {
  return RATE_FAMILIES.flatMap(([prefix, band]) => [prefix, band?.age ?? null, band?.per ?? null]);
}
