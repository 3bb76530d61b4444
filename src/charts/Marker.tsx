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
