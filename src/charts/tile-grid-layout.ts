import { extent, line, scaleLinear } from 'd3';
import type { Obs } from '../domain/intervals.ts';
import { wrapText } from './wrap-text.ts';

/** One tile's place in the grid, with its name broken into lines. */
export interface TileBox {
  x: number;
  y: number;
  w: number;
  h: number;
  nameLines: string[];
}

/** Columns for n tiles on a wide slide: one row up to four, then two rows as far as ten, then six across. */
export function tileColumns(n: number): number {
  if (n <= 4) return Math.max(1, n);
  if (n <= 10) return Math.ceil(n / 2);
  return 6;
}

/** The width of each tile when n tiles share `width`. */
export function tileWidth(n: number, width: number, f: number): number {
  const cols = tileColumns(n);
  return (width - (cols - 1) * f * 0.8) / cols;
}

/** Line heights of a tile, in multiples of the base font size. */
export const TILE_LINES = { pad: 0.7, name: 1.2, value: 2.3, spark: 1.8, text: 1.3 } as const;

/**
 * A grid of key-figure tiles: columns by count, each grid row as tall as its tallest tile (names
 * wrap to at most three lines; `extraLines[i]` counts a tile's optional text lines).
 */
export function layoutTileGrid(
  names: string[],
  extraLines: number[],
  width: number,
  f: number,
): { boxes: TileBox[]; height: number; cols: number } {
  const cols = tileColumns(names.length);
  const gap = f * 0.8;
  const w = tileWidth(names.length, width, f);
  const L = TILE_LINES;
  // Names are bold: measure them a little wider than regular text.
  const nameLines = names.map((n) => wrapText(n, w - 2 * L.pad * f, f * 0.95 * 1.1, 3));
  const heightOf = (i: number) =>
    f *
    (2 * L.pad +
      (nameLines[i]?.length ?? 1) * L.name +
      L.value +
      L.spark +
      (extraLines[i] ?? 0) * L.text);
  const boxes: TileBox[] = [];
  let y = 0;
  for (let r = 0; r * cols < names.length; r++) {
    const idx = names.map((_, i) => i).slice(r * cols, r * cols + cols);
    const h = Math.max(...idx.map(heightOf));
    idx.forEach((i, c) => boxes.push({ x: c * (w + gap), y, w, h, nameLines: nameLines[i] ?? [] }));
    y += h + gap;
  }
  return { boxes, height: Math.max(0, y - gap), cols };
}

/** A small line of a place's figures inside a tile: path and points, in the tile's pixels. */
export function tileSpark(
  series: readonly Obs[],
  width: number,
  height: number,
): { d: string; dots: [number, number][] } {
  const pts = series
    .filter((o) => o.status === 'ok' && o.value !== null)
    .sort((a, b) => a.period_from - b.period_from);
  const mid = (o: Obs) => (o.period_from + o.period_to) / 2;
  const [x0, x1] = extent(pts.map(mid)) as [number | undefined, number | undefined];
  const [lo, hi] = extent(pts.map((o) => o.value as number)) as [
    number | undefined,
    number | undefined,
  ];
  if (
    x0 === undefined ||
    x1 === undefined ||
    lo === undefined ||
    hi === undefined ||
    pts.length < 2
  )
    return { d: '', dots: [] };
  const x = scaleLinear()
    .domain([x0, x1 === x0 ? x0 + 1 : x1])
    .range([0, width]);
  const y = scaleLinear()
    .domain([Math.min(0, lo), hi === 0 ? 1 : hi])
    .range([height, 0]);
  const d =
    line<Obs>()
      .x((o) => x(mid(o)))
      .y((o) => y(o.value as number))(pts) ?? '';
  return { d, dots: pts.map((o) => [x(mid(o)), y(o.value as number)]) };
}
