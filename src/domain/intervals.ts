/**
 * Uncertainty intervals for the figures we compare: Wilson score intervals for shares (in percent)
 * and exact (Garwood) Poisson intervals for rates per 1 000 / 10 000. Pure functions, no I/O.
 */

/** The fields of an `observation` row (contract names) that the risk rules read. */
export interface Obs {
  period_from: number;
  period_to: number;
  value: number | null;
  status: string;
  ci_low?: number | null;
  ci_high?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  respondents?: number | null;
  /**
   * For a comparison group's value computed from its members: how many members have a figure and
   * how many the group has (src/sql/similar.ts). Such a value has no known uncertainty.
   */
  members?: number | null;
  membersOf?: number | null;
}

/** How an interval was found: given by the source, Wilson (share) or exact Poisson (rate). */
export type IntervalMethod = 'given' | 'wilson' | 'poisson';

/** An interval in the unit of the figure, and how it was found. */
export interface ObsInterval {
  low: number;
  high: number;
  method: IntervalMethod;
}

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

const isNum = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);

/** Wilson score interval for a share given in percent (0–100) of n; returns percent, or null. */
export function wilson(percent: number, n: number, z = Z95): [number, number] | null {
  if (!isNum(percent) || !isNum(n) || n <= 0 || percent < 0 || percent > 100) return null;
  const p = percent / 100;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half) * 100, Math.min(1, centre + half) * 100];
}

/** Wilson score interval for `successes` out of `n`; returns percent (0–100), or null. */
export function wilsonFromCounts(successes: number, n: number, z = Z95): [number, number] | null {
  if (!isNum(successes) || !isNum(n) || n <= 0 || successes < 0 || successes > n) return null;
  return wilson((successes / n) * 100, n, z);
}

/** The standard normal cumulative distribution (Abramowitz–Stegun 7.1.26, error < 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erfc = poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** The confidence level (e.g. 95) that a two-sided interval with this z gives, in percent. */
export function confidenceLevel(z: number): number {
  return (2 * normalCdf(z) - 1) * 100;
}

// Lanczos approximation (g = 7, n = 9) of ln Γ(x), x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const xx = x - 1;
  let a = LANCZOS[0] as number;
  const t = xx + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (xx + i);
  return 0.5 * Math.log(2 * Math.PI) + (xx + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularised lower incomplete gamma P(a, x) (series or continued fraction, as Numerical Recipes). */
function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const gln = lnGamma(a);
  if (x < a + 1) {
    let ap = a;
    let sum = 1 / a;
    let del = sum;
    for (let i = 0; i < 10_000; i++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * 1e-15) break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - gln);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return 1 - Math.exp(-x + a * Math.log(x) - gln) * h;
}

/** Finds x in [lo, hi] where the increasing function f crosses target (bisection). */
function solveIncreasing(f: (x: number) => number, target: number, lo: number, hi: number): number {
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) < target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Exact (Garwood) Poisson interval for an observed count: the expected counts whose tail
 * probability equals α/2. A count of 0 gives [0, −ln(α/2)] (3.69 at 95 %). Null for a negative count.
 */
export function poissonExact(count: number, z = Z95): [number, number] | null {
  if (!isNum(count) || count < 0) return null;
  const alpha = 2 * (1 - normalCdf(z));
  const half = alpha / 2;
  if (count === 0) return [0, -Math.log(half)];
  // Lower: P(X >= count | L) = α/2, i.e. P(count, L) = α/2 (increasing in L).
  const low = solveIncreasing((l) => gammaP(count, l), half, 0, count);
  // Upper: P(X <= count | U) = α/2, i.e. P(count + 1, U) = 1 − α/2 (increasing in U).
  let hi = count + 1;
  while (gammaP(count + 1, hi) < 1 - half) hi *= 2;
  const high = solveIncreasing((u) => gammaP(count + 1, u), 1 - half, count, hi);
  return [low, high];
}

/**
 * Interval for a rate `numerator / denominator × per` (per = 1 000 or 10 000), exact Poisson on
 * the numerator with the denominator taken as known. Null when the denominator is not positive.
 */
export function rateInterval(
  numerator: number,
  denominator: number,
  per: number,
  z = Z95,
): [number, number] | null {
  if (!isNum(denominator) || denominator <= 0 || !isNum(per)) return null;
  const ci = poissonExact(numerator, z);
  if (!ci) return null;
  return [(ci[0] / denominator) * per, (ci[1] / denominator) * per];
}

/** The multiplier of a rate unit (per_1000 → 1000, per_10000 → 10000, per_100000 → 100000), else null. */
export function ratePer(unit: string): number | null {
  if (unit === 'per_1000') return 1000;
  if (unit === 'per_10000') return 10_000;
  if (unit === 'per_100000') return 100_000;
  return null;
}

/**
 * The interval for one observation: the source's ci_low/ci_high when both are given; else for a
 * percent with respondents, Wilson; else from numerator and denominator (Wilson for percent, exact
 * Poisson for rates per 1 000 / 10 000); else null. Never for a suppressed or missing figure.
 */
export function observationInterval(obs: Obs, unit: string, z = Z95): ObsInterval | null {
  if (obs.status !== 'ok' || !isNum(obs.value)) return null;
  if (isNum(obs.ci_low) && isNum(obs.ci_high) && obs.ci_low <= obs.ci_high) {
    return { low: obs.ci_low, high: obs.ci_high, method: 'given' };
  }
  if (unit === 'percent' && isNum(obs.respondents) && obs.respondents > 0) {
    const w = wilson(obs.value, obs.respondents, z);
    if (w) return { low: w[0], high: w[1], method: 'wilson' };
  }
  if (isNum(obs.numerator) && isNum(obs.denominator) && obs.denominator > 0) {
    if (unit === 'percent') {
      const w = wilsonFromCounts(obs.numerator, obs.denominator, z);
      if (w) return { low: w[0], high: w[1], method: 'wilson' };
    }
    const per = ratePer(unit);
    if (per !== null) {
      const r = rateInterval(obs.numerator, obs.denominator, per, z);
      if (r) return { low: r[0], high: r[1], method: 'poisson' };
    }
  }
  return null;
}
