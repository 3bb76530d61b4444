import { geoArea } from 'd3';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import bordersUrl from '../../data/borders-2024.topojson?url';

/** A border as the map draws it: the place's code as id. */
export type BorderFeature = Feature<Polygon | MultiPolygon, { name?: string }> & { id: string };

/** Municipality and county borders (Kartverket 2024, simplified; `pipelines/borders.ts`). */
export interface Borders {
  municipality: BorderFeature[];
  county: BorderFeature[];
}

/** The borders' attribution, shown on the map (CC BY 4.0 asks for it). */
export const BORDERS_ATTRIBUTION = 'Kartverket';

/**
 * d3-geo reads rings on the sphere: an outer ring must run clockwise, or the polygon is taken as
 * the whole globe but the place. Kartverket's rings run the other way (GeoJSON's rule), so a
 * polygon whose area is more than half the sphere has its rings reversed.
 */
function rewind(rings: Position[][]): Position[][] {
  return geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
    ? rings.map((r) => [...r].reverse())
    : rings;
}

function rewound(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return g.type === 'Polygon'
    ? { ...g, coordinates: rewind(g.coordinates) }
    : { ...g, coordinates: g.coordinates.map(rewind) };
}

/** Turns the shipped topology into GeoJSON features, one per place. */
export function bordersFrom(topo: Topology): Borders {
  const layer = (name: string): BorderFeature[] => {
    const obj = topo.objects[name] as GeometryCollection | undefined;
    if (!obj) throw new Error(`borders: no ${name} object`);
    const fc = feature(topo, obj) as FeatureCollection<Polygon | MultiPolygon, { name?: string }>;
    return fc.features.map((f) => ({ ...f, id: String(f.id), geometry: rewound(f.geometry) }));
  };
  return { municipality: layer('kommuner'), county: layer('fylker') };
}

let cached: Promise<Borders> | null = null;

/** Fetches the borders from the site itself (same origin, kept by the service worker), once. */
export function loadBorders(): Promise<Borders> {
  cached ??= fetch(bordersUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`borders: HTTP ${r.status}`);
      return r.json() as Promise<Topology>;
    })
    .then(bordersFrom)
    .catch((e: unknown) => {
      cached = null;
      throw e;
    });
  return cached;
}
