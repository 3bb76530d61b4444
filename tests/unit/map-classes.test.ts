import { describe, expect, it } from 'vitest';
import {
  classCount,
  classOf,
  quantileBounds,
  quantileSorted,
  roundSignificant,
} from '../../src/domain/class-breaks.ts';
import { contrastRatio, MAP_PALETTE, paletteFor } from '../../src/charts/map-style.ts';

describe('quantile class breaks', () => {
  it('rounds to two significant digits', () => {
    expect(roundSignificant(2345)).toBe(2300);
    expect(roundSignificant(0.0567)).toBe(0.057);
    expect(roundSignificant(17.84)).toBe(18);
    expect(roundSignificant(0)).toBe(0);
  });

  it('interpolates quantiles between ranks', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([10], 0.3)).toBe(10);
  });

  it('a few extremes do not flatten the rest: each class holds about a fifth of the places', () => {
    // 95 small places (100..1040) and 5 huge ones: equal-width classes would put 95 in the first.
    const values = [...Array.from({ length: 95 }, (_, i) => 100 + i * 10), 1e5, 2e5, 3e5, 5e5, 7e5];
    const bounds = quantileBounds(values, 5);
    expect(bounds[0]).toBe(100);
    expect(bounds[bounds.length - 1]).toBe(7e5);
    expect(classCount(bounds)).toBe(5);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classOf(bounds, v)!]! += 1;
    for (const c of counts) expect(c).toBeGreaterThanOrEqual(15);
    for (const c of counts) expect(c).toBeLessThanOrEqual(25);
    // Only the last class reaches the extremes.
    expect(bounds[4]!).toBeLessThan(1100);
  });

  it('breaks are increasing, and a value on a break belongs to the class above', () => {
    const bounds = quantileBounds([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5);
    for (let i = 1; i < bounds.length; i++) expect(bounds[i]!).toBeGreaterThan(bounds[i - 1]!);
    const b1 = bounds[1]!;
    expect(classOf(bounds, b1)).toBe(1);
    expect(classOf(bounds, 10)).toBe(classCount(bounds) - 1);
    expect(classOf(bounds, 0)).toBeNull();
    expect(classOf(bounds, 11)).toBeNull();
  });

  it('leaves out nulls, and ties give fewer classes than asked', () => {
    expect(quantileBounds([null, null], 5)).toEqual([]);
    expect(classCount(quantileBounds([null, 4, 4, 4], 5))).toBe(1);
    expect(quantileBounds([4, 4, 4], 5)).toEqual([4, 4]);
    const tied = quantileBounds([1, 1, 1, 1, 1, 1, 1, 1, 2, 9], 5);
    expect(classCount(tied)).toBeLessThan(5);
    expect(classOf(tied, 1)).toBe(0);
    expect(classOf(tied, 9)).toBe(classCount(tied) - 1);
  });
});

describe('map colours', () => {
  it('are one hue, darker for each class, each class told apart from the next', () => {
    for (let i = 1; i < MAP_PALETTE.length; i++)
      expect(contrastRatio(MAP_PALETTE[i - 1]!, MAP_PALETTE[i]!)).toBeGreaterThanOrEqual(1.4);
    // The darkest class stands out from the white page and its borders (WCAG 1.4.11 asks 3:1).
    expect(contrastRatio(MAP_PALETTE[MAP_PALETTE.length - 1]!, '#ffffff')).toBeGreaterThan(7);
    expect(contrastRatio(MAP_PALETTE[2]!, '#ffffff')).toBeGreaterThanOrEqual(3);
    for (const c of MAP_PALETTE) {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as [
        number,
        number,
        number,
      ];
      expect(b).toBeGreaterThan(r);
      expect(b).toBeGreaterThanOrEqual(g);
    }
  });

  it('fewer classes take the ends of the scale', () => {
    expect(paletteFor(5)).toEqual([...MAP_PALETTE]);
    expect(paletteFor(3)).toEqual([MAP_PALETTE[0], MAP_PALETTE[2], MAP_PALETTE[4]]);
    expect(paletteFor(0)).toEqual([]);
    for (let k = 1; k <= 5; k++) expect(paletteFor(k)).toHaveLength(k);
  });
});
