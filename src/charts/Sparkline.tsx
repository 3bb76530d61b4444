import { extent, line, scaleLinear } from 'd3';
import { useEffect, useMemo } from 'react';
import type { Obs } from '../domain/intervals.ts';

/** A small line of a place's figures for a tile; decorative (the tile states the figures in text). */
export function Sparkline({
  series,
  width = 120,
  height = 32,
}: {
  series: readonly Obs[];
  width?: number;
  height?: number;
}) {
  const d = useMemo(() => {
    const pts = [...series].sort((a, b) => a.period_from - b.period_from);
    const mid = (o: Obs) => (o.period_from + o.period_to) / 2;
    const xs = extent(pts.map(mid)) as [number | undefined, number | undefined];
    const values = pts.flatMap((o) => (o.status === 'ok' && o.value !== null ? [o.value] : []));
    const [lo, hi] = extent(values) as [number | undefined, number | undefined];
    if (xs[0] === undefined || lo === undefined || hi === undefined)
      return { path: '', dots: [] as [number, number][] };
    const x = scaleLinear()
      .domain([xs[0], xs[1] === xs[0] ? (xs[0] as number) + 1 : (xs[1] as number)])
      .range([4, width - 4]);
    const y = scaleLinear()
      .domain([Math.min(0, lo), hi === 0 ? 1 : hi])
      .range([height - 3, 3]);
    const gen = line<Obs>()
      .defined((o) => o.status === 'ok' && o.value !== null)
      .x((o) => x(mid(o)))
      .y((o) => y(o.value ?? 0));
    const dots = pts
      .filter((o) => o.status === 'ok' && o.value !== null)
      .map((o) => [x(mid(o)), y(o.value as number)] as [number, number]);
    return { path: gen(pts) ?? '', dots };
  }, [series, width, height]);
  useEffect(() => {
    if (d.dots.length > 1 && performance.getEntriesByName('oversikt:first-chart').length === 0)
      performance.mark('oversikt:first-chart');
  }, [d.dots.length]);
  if (d.dots.length < 2) return null;
  return (
    <svg
      width={width}
      height={height}
      aria-hidden="true"
      className="sparkline"
      data-testid="sparkline"
    >
      <path d={d.path} fill="none" stroke="#0b4f9c" strokeWidth={2} />
      {d.dots.map(([cx, cy], i) => (
        <circle key={i} cx={cx} cy={cy} r={2.5} fill="#0b4f9c" />
      ))}
    </svg>
  );
}
