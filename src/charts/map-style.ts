/**
 * The map's colours: one hue (blue), light to dark, so higher values are darker and no class reads
 * as good or bad; "no figure", "suppressed" and "outside the source" are greys with patterns, never
 * colours of the scale. tests/unit/map-classes.test.ts checks the contrasts.
 */

/** Five blues, light to dark; fewer classes take an even spread of them. */
export const MAP_PALETTE = ['#d6e6f5', '#94c0e3', '#4f93cc', '#23609f', '#0b3566'] as const;

const PICK: Record<number, number[]> = {
  1: [2],
  2: [1, 4],
  3: [0, 2, 4],
  4: [0, 1, 3, 4],
  5: [0, 1, 2, 3, 4],
};

/** The colours of k classes (1–5), light to dark. */
export function paletteFor(k: number): string[] {
  return (PICK[Math.max(0, Math.min(5, k))] ?? []).map((i) => MAP_PALETTE[i]!);
}

/** Greys and pattern ink for the places that get no class. */
export const MAP_NO_FIGURE = { fill: '#f0f0f0', ink: '#6b6b6b' } as const;
export const MAP_SUPPRESSED = { fill: '#ffffff', ink: '#3d3d3d' } as const;
export const MAP_OUTSIDE = { fill: '#f7f7f7', stroke: '#c4c4c4' } as const;
/** Borders between places with figures, and the outline of the chosen place. */
export const MAP_BORDER = '#ffffff';
export const MAP_OUTLINE = '#111111';

/** Relative luminance of an sRGB colour `#rrggbb` (WCAG 2.1). */
export function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = c.map((v) => (v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
