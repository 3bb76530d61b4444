/** The order ages are shown in: panels, legends and the line a chart's sentence is about. */

/** An age's place in order: all ages, then ages and bands by first and last year, then grades. */
function ageRank(age: string): [number, number, number] {
  if (age === 'all') return [0, 0, 0];
  const band = /^(\d+)_(\d+|plus)$/.exec(age);
  if (band) return [1, Number(band[1]), band[2] === 'plus' ? Infinity : Number(band[2])];
  const grade = /^grade_(\d+)(?:_(\d+))?$/.exec(age);
  if (grade) return [2, Number(grade[1]), Number(grade[2] ?? grade[1])];
  return [3, 0, 0];
}

/**
 * Ages in reading order (`all`, `0_17`, `0_74`, `13_19`, `18_plus` … `2_2` before `10_10`), not
 * as text, where `10_10` would come before `2_2`; ages it does not know after, as text.
 */
export function compareAges(a: string, b: string): number {
  const ra = ageRank(a);
  const rb = ageRank(b);
  return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || a.localeCompare(b);
}
