/**
 * Municipality and county borders for the map view: Kartverket's 2024 municipality borders
 * (`../shared/formats/maps/kommuner-2024-small.topojson`, CC BY 4.0) simplified further, quantised
 * and delta-encoded into one compact TopoJSON with two objects sharing their arcs: `kommuner`
 * (id = municipality code, `name`) and `fylker` (id = county code, merged from the municipalities,
 * so the two layers line up exactly). Output: `data/borders-2024.topojson`, committed, so the site
 * and `npm run data` work without `../shared`.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mergeArcs } from 'topojson-client';
import type { MultiPolygon, Polygon, Topology } from 'topojson-specification';

export const BORDERS_FILE = 'borders-2024.topojson';
export const BORDERS_RAW = 'maps/kommuner-2024-small.topojson';

type Point = [number, number];
type AreaGeometry = Polygon<Record<string, string>> | MultiPolygon<Record<string, string>>;

/** Settings: the tolerance in degrees of latitude (longitude scaled to the same ground length) and the grid. */
export interface BorderSettings {
  tolerance: number;
  quantization: number;
}

export const BORDER_SETTINGS: BorderSettings = { tolerance: 0.004, quantization: 20000 };

/** Squared distance from p to the segment a–b, with longitude scaled by `kx`. */
function segDist2(p: Point, a: Point, b: Point, kx: number): number {
  const ax = a[0] * kx;
  const bx = b[0] * kx;
  const px = p[0] * kx;
  const dx = bx - ax;
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (p[1] - a[1]) * dy) / len2));
  const ex = px - (ax + t * dx);
  const ey = p[1] - (a[1] + t * dy);
  return ex * ex + ey * ey;
}

/** Douglas–Peucker on one arc; its end points stay, so arcs shared by two areas still meet. */
export function simplifyArc(arc: readonly Point[], tolerance: number): Point[] {
  if (arc.length <= 2) return [...arc];
  const midLat = arc.reduce((s, p) => s + p[1], 0) / arc.length;
  const kx = Math.cos((midLat * Math.PI) / 180);
  const keep = new Uint8Array(arc.length);
  keep[0] = 1;
  keep[arc.length - 1] = 1;
  const stack: [number, number][] = [[0, arc.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [i, j] = stack.pop()!;
    let worst = -1;
    let worstD = tol2;
    for (let k = i + 1; k < j; k++) {
      const d = segDist2(arc[k]!, arc[i]!, arc[j]!, kx);
      if (d > worstD) {
        worst = k;
        worstD = d;
      }
    }
    if (worst > 0) {
      keep[worst] = 1;
      stack.push([i, worst], [worst, j]);
    }
  }
  let out = arc.filter((_, k) => keep[k] === 1);
  // A closed arc (an island, a ring of its own) must keep an area: at least four points.
  const closed = arc[0]![0] === arc[arc.length - 1]![0] && arc[0]![1] === arc[arc.length - 1]![1];
  if (closed && out.length < 4) {
    const n = arc.length - 1;
    out = [arc[0]!, arc[Math.floor(n / 3)]!, arc[Math.floor((2 * n) / 3)]!, arc[n]!];
  }
  return out;
}

/** Quantises and delta-encodes an arc on the grid; repeated grid points are dropped (never below the arc's minimum). */
function quantiseArc(
  arc: readonly Point[],
  bbox: readonly number[],
  q: number,
  closed: boolean,
): Point[] {
  const [x0, y0, x1, y1] = bbox as [number, number, number, number];
  const kx = (q - 1) / (x1 - x0);
  const ky = (q - 1) / (y1 - y0);
  const grid = arc.map((p): Point => [Math.round((p[0] - x0) * kx), Math.round((p[1] - y0) * ky)]);
  const min = closed ? 4 : 2;
  const dedup = grid.filter(
    (p, i) =>
      i === 0 || i === grid.length - 1 || p[0] !== grid[i - 1]![0] || p[1] !== grid[i - 1]![1],
  );
  const pts = dedup.length >= min ? dedup : grid;
  let px = 0;
  let py = 0;
  return pts.map(([x, y]) => {
    const d: Point = [x - px, y - py];
    px = x;
    py = y;
    return d;
  });
}

/** Builds the compact topology from Kartverket's municipality topology (object `Kommuner`). */
export function buildBorders(raw: Topology, settings: BorderSettings = BORDER_SETTINGS): Topology {
  const src = raw.objects.Kommuner;
  if (!src || src.type !== 'GeometryCollection')
    throw new Error('borders: the raw file has no Kommuner collection');
  if (raw.transform) throw new Error('borders: expected an unquantised topology');
  const bbox = raw.bbox ?? [0, 0, 1, 1];
  const arcs = (raw.arcs as Point[][]).map((arc) => {
    const closed = arc[0]![0] === arc[arc.length - 1]![0] && arc[0]![1] === arc[arc.length - 1]![1];
    return quantiseArc(simplifyArc(arc, settings.tolerance), bbox, settings.quantization, closed);
  });
  const kommuner = (src.geometries as AreaGeometry[])
    .map((g) => {
      const code = String(g.properties?.kommunenummer ?? '');
      if (!/^\d{4}$/.test(code)) throw new Error(`borders: bad kommunenummer ${code}`);
      const name = String(g.properties?.kommunenavn ?? g.properties?.name ?? code);
      return { ...g, id: code, properties: { name } } as AreaGeometry;
    })
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const [x0, y0, x1, y1] = bbox as [number, number, number, number];
  const q = settings.quantization;
  const out: Topology = {
    type: 'Topology',
    bbox: [x0, y0, x1, y1],
    transform: { scale: [(x1 - x0) / (q - 1), (y1 - y0) / (q - 1)], translate: [x0, y0] },
    objects: {
      kommuner: { type: 'GeometryCollection', geometries: kommuner },
      fylker: { type: 'GeometryCollection', geometries: [] },
    },
    arcs,
  };
  const counties = [...new Set(kommuner.map((g) => String(g.id).slice(0, 2)))].sort();
  const fylker = counties.map((c) => {
    const merged = mergeArcs(
      out,
      kommuner.filter((g) => String(g.id).startsWith(c)),
    ) as unknown as MultiPolygon;
    return { type: 'MultiPolygon', arcs: merged.arcs, id: c } as AreaGeometry;
  });
  out.objects.fylker = { type: 'GeometryCollection', geometries: fylker };
  return out;
}

/**
 * Writes `outDir/borders-2024.topojson` from the raw file when `rawDir` has it; otherwise the
 * committed file is kept (and must be there). Returns the file's size in bytes.
 */
export function writeBorders(outDir: string, rawDir?: string): number {
  const out = `${outDir}/${BORDERS_FILE}`;
  const raw = rawDir ? `${rawDir}/${BORDERS_RAW}` : null;
  if (raw && existsSync(raw)) {
    const topo = buildBorders(JSON.parse(readFileSync(raw, 'utf8')) as Topology);
    const text = JSON.stringify(topo) + '\n';
    writeFileSync(`${out}.tmp`, text);
    renameSync(`${out}.tmp`, out);
    return Buffer.byteLength(text);
  }
  if (!existsSync(out)) throw new Error(`borders: ${out} is missing and no raw file to build it`);
  return readFileSync(out).byteLength;
}
