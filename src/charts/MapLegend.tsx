import { MapPatterns } from './ChoroplethMap.tsx';
import { MAP_OUTSIDE } from './map-style.ts';

/** One entry of the map's legend: a swatch (a colour or a pattern) and its words. */
export interface MapLegendEntry {
  key: string;
  /** A colour, or 'missing' / 'suppressed' / 'outside' for the greys. */
  swatch: string;
  label: string;
  /** How many places the entry holds, in words. */
  count: string;
}

/** The map's legend: the classes with their breaks, then the greys, and a line on how to read it. */
export function MapLegend({
  title,
  entries,
  note,
  patternIds,
}: {
  title: string;
  entries: readonly MapLegendEntry[];
  /** "Higher values are darker …". */
  note: string;
  patternIds: { missing: string; suppressed: string };
}) {
  const fill = (s: string) =>
    s === 'missing'
      ? `url(#${patternIds.missing}-legend)`
      : s === 'suppressed'
        ? `url(#${patternIds.suppressed}-legend)`
        : s === 'outside'
          ? MAP_OUTSIDE.fill
          : s;
  return (
    <figure className="map-legend" data-testid="map-legend">
      <figcaption>{title}</figcaption>
      <svg width="0" height="0" aria-hidden="true" style={{ position: 'absolute' }}>
        <MapPatterns
          ids={{
            missing: `${patternIds.missing}-legend`,
            suppressed: `${patternIds.suppressed}-legend`,
          }}
        />
      </svg>
      <ul>
        {entries.map((e) => (
          <li key={e.key} data-testid="map-legend-entry">
            <svg width="22" height="16" aria-hidden="true">
              <rect x="0.5" y="0.5" width="21" height="15" fill={fill(e.swatch)} stroke="#6b6b6b" />
            </svg>
            <span>{e.label}</span>
            <span className="map-legend-count">({e.count})</span>
          </li>
        ))}
      </ul>
      <p className="map-legend-note">{note}</p>
    </figure>
  );
}
