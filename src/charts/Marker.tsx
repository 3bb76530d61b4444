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
