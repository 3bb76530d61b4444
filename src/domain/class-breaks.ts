/**
 * Class breaks for a choropleth: quantiles, so that a few extreme places (Oslo's population) do not
 * squeeze every other place into the lightest class. Breaks are rounded to two significant digits,
 * so the legend reads well; rounding and ties may leave fewer classes than asked.
 */

/** Bounds of the classes: `[min, b1, …, max]`; class i holds `bounds[i] ≤ v < bounds[i+1]`, the last includes max. */
export type ClassBounds = number[];

/** `x` rounded to `digits` significant digits. */
export function roundSignificant(x: number, digits = 2): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const p = Math.pow(10, digits - 1 - Math.floor(Math.log10(Math.abs(x))));
  return Math.round(x * p) / p;
}

/** The p-quantile of sorted values (linear between ranks, as R's type 7 and d3 do). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (n - 1) * p;
  const i = Math.floor(pos);
  const lo = sorted[i]!;
  const hi = sorted[Math.min(i + 1, n - 1)]!;
  return lo + (hi - lo) * (pos - i);
}

/**
 * Quantile class bounds for the values (nulls and non-finite values left out), at most `k`
 * classes. No values: `[]`. One distinct value: `[v, v]` (one class).
 */
export function quantileBounds(values: readonly (number | null)[], k: number): ClassBounds {
  const sorted = values
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const inner: number[] = [];
  for (let i = 1; i < k; i++) {
    const b = roundSignificant(quantileSorted(sorted, i / k));
    // A break must leave a value below it and one at or above it, and differ from the last.
    if (b > min && b <= max && b !== inner[inner.length - 1]) inner.push(b);
  }
  return [min, ...inner, max];
}

/** The number of classes the bounds make (0 when there are none). */
export function classCount(bounds: ClassBounds): number {
  return Math.max(0, bounds.length - 1);
}

/** The class of a value (0-based); null when there are no classes or the value lies outside them. */
export function classOf(bounds: ClassBounds, v: number): number | null {
  const k = classCount(bounds);
  if (k === 0 || v < bounds[0]! || v > bounds[k]!) return null;
  for (let i = k - 1; i > 0; i--) if (v >= bounds[i]!) return i;
  return 0;
}
