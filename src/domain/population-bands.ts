/**
 * The age bands population is kept in: the denominators of the rates the indicators use, written as
 * the contract writes ages (`0_74`, `18_plus`; `all` for every age).
 */
export const BANDS = [
  { age: 'all', from: 0, to: Infinity },
  { age: '0_17', from: 0, to: 17 },
  { age: '13_19', from: 13, to: 19 },
  { age: '18_plus', from: 18, to: Infinity },
  { age: '0_74', from: 0, to: 74 },
  { age: '67_plus', from: 67, to: Infinity },
  { age: '80_plus', from: 80, to: Infinity },
] as const;

export type Band = (typeof BANDS)[number]['age'];
export const BAND_AGES: Band[] = BANDS.map((b) => b.age);

/** Persons per band. */
export type BandCounts = Record<Band, number>;

export const emptyBands = (): BandCounts =>
  Object.fromEntries(BAND_AGES.map((a) => [a, 0])) as BandCounts;

/**
 * Adds the persons of one single year of age to the bands it falls in. The open top row
 * (`105 years or older`) may only fall in open-ended bands; anything else is a bug in BANDS.
 */
export function addAge(counts: BandCounts, age: number, orOlder: boolean, persons: number): void {
  for (const b of BANDS) {
    if (age < b.from || age > b.to) continue;
    if (orOlder && Number.isFinite(b.to))
      throw new Error(`age ${age}+ cannot be split for band ${b.age}`);
    counts[b.age] += persons;
  }
}

/** Adds one set of band counts to another. */
export function addBands(into: BandCounts, from: BandCounts): void {
  for (const a of BAND_AGES) into[a] += from[a];
}
