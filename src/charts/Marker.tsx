import type { SeriesRole } from './series.ts';

/** Line style per role: colour, dash and marker shape, so lines differ by more than colour. */
export const ROLE_STYLE: Record<
  SeriesRole,
  {
    color: string;
    dash: string;
    marker: 'circle' | 'square' | 'diamond' | 'triangle';
    width: number;
  }
> = {
  main: { color: '#0b4f9c', dash: '', marker: 'circle', width: 3 },
  county: { color: '#0e6b4e', dash: '8 4', marker: 'square', width: 2 },
  country: { color: '#4a4a4a', dash: '3 3', marker: 'diamond', width: 2 },
  group: { color: '#7a2f8a', dash: '10 3 2 3', marker: 'triangle', width: 2 },
};

/** A dash pattern scaled with a line's width (`8 4` × 2 = `16 8`). */
export function scaleDash(dash: string, k: number): string {
  return dash
    .split(/\s+/)
    .filter(Boolean)
    .map((n) => Number(n) * k)
    .join(' ');
}

/** A marker shape as one SVG path (for pictures built outside React, like exported legends). */
export function markerPath(shape: string, x: number, y: number, r: number): string {
  if (shape === 'square') return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
  if (shape === 'diamond')
    return `M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}Z`;
  if (shape === 'triangle')
    return `M${x},${y - r * 1.3}L${x + r * 1.2},${y + r}L${x - r * 1.2},${y + r}Z`;
  return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
}

/** A marker shape centred on (x, y). */
export function Marker({
  shape,
  x,
  y,
  r,
  color,
}: {
  shape: string;
  x: number;
  y: number;
  r: number;
  color: string;
}) {
  if (shape === 'square')
    return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} fill={color} />;
  if (shape === 'diamond')
    return (
      <path
        d={`M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}Z`}
        fill={color}
      />
    );
  if (shape === 'triangle')
    return (
      <path
        d={`M${x},${y - r * 1.3}L${x + r * 1.2},${y + r}L${x - r * 1.2},${y + r}Z`}
        fill={color}
      />
    );
  return <circle cx={x} cy={y} r={r} fill={color} />;
}
