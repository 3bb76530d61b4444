/**
 * Municipalities by population size, in SSB's size classes ("kommunestørrelse": under 2 000,
 * 2 000–4 999, 5 000–9 999, 10 000–19 999, 20 000–49 999, 50 000 and over), as SSB's population
 * tables group them (e.g. "Folkemengd 1. januar 2009 etter kommunestorleik",
 * ssb.no/a/kortnavn/folkendrkom/tab2008/tab-2008-03-27-04.html). SINTEF's IS-24/8 reports compare
 * with "kommuner under 2 000 innbyggere", the first of these classes.
 */

/** One size class: population from `min` (inclusive) to `max` (exclusive; null = no upper bound). */
export interface SizeClass {
  id: string;
  min: number;
  max: number | null;
}

/** SSB's six size classes, smallest first. */
export const SIZE_CLASSES: readonly SizeClass[] = [
  { id: 'u2000', min: 0, max: 2000 },
  { id: '2000-4999', min: 2000, max: 5000 },
  { id: '5000-9999', min: 5000, max: 10000 },
  { id: '10000-19999', min: 10000, max: 20000 },
  { id: '20000-49999', min: 20000, max: 50000 },
  { id: '50000-plus', min: 50000, max: null },
];

/** The reference code that means "municipalities of the same size as the chosen one". */
export const SIZE_GROUP = 'G-SIZE';
/** Prefix of the codes of KOSTRA groups imported from SSB's KLASS 112. */
export const KOSTRA_PREFIX = 'G-KOSTRA-';

/** The size class a population falls in (null for a missing or negative figure). */
export function sizeClassOf(population: number | null | undefined): SizeClass | null {
  if (typeof population !== 'number' || !Number.isFinite(population) || population < 0) return null;
  return (
    SIZE_CLASSES.find((c) => population >= c.min && (c.max === null || population < c.max)) ?? null
  );
}

/**
 * A comparison group's value needs this many members with figures; with fewer, the verdict says
 * the group is too small rather than comparing with one or two municipalities.
 */
export const MIN_GROUP_MEMBERS = 3;
