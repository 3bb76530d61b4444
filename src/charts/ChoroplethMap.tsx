import { geoPath, geoTransverseMercator } from 'd3';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { BorderFeature } from '../queries/map-borders.ts';
import {
  MAP_BORDER,
  MAP_NO_FIGURE,
  MAP_OUTLINE,
  MAP_OUTSIDE,
  MAP_SUPPRESSED,
} from './map-style.ts';
import { useParentWidth } from './useParentWidth.ts';

/** One place with a row in the figures: how it is drawn and what its tooltip says. */
export interface MapPlace {
  code: string;
  name: string;
  /** The class colour, or null for no figure / suppressed. */
  fill: string | null;
  status: 'ok' | 'suppressed' | 'missing';
  /** The value in words, for the label and the tooltip. */
  valueText: string;
  /** Further tooltip lines: period, source. */
  details: string[];
}

interface ChoroplethMapProps {
  /** Every border of the level; those not in `places` are drawn as context, outside the source. */
  features: readonly BorderFeature[];
  /** Places with a row, by code, in the order keyboard arrows walk them. */
  places: readonly MapPlace[];
  /** The chosen place, outlined. */
  selected: string | null;
  /** Opens a place (click, Enter or Space). */
  onOpen: (code: string) => void;
  /** The map's accessible name. */
  label: string;
  /** Attribution drawn on the map (the borders' licence asks for it). */
  attribution: string;
  /** Ids of the patterns for no figure and suppressed, shared with the legend. */
  patternIds: { missing: string; suppressed: string };
  /** How to use the map from the keyboard, under it. */
  help: string;
}

/** The tallest the map may be, so that the whole country fits on a laptop screen. */
const MAX_HEIGHT = 680;

/** SVG patterns for "no figure" (diagonal hatch) and "suppressed" (cross-hatch); used by map and legend. */
export function MapPatterns({ ids }: { ids: { missing: string; suppressed: string } }) {
  return (
    <defs>
      <pattern
        id={ids.missing}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill={MAP_NO_FIGURE.fill} />
        <line x1="0" y1="0" x2="0" y2="6" stroke={MAP_NO_FIGURE.ink} strokeWidth="1.5" />
      </pattern>
      <pattern id={ids.suppressed} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={MAP_SUPPRESSED.fill} />
        <path d="M0 0L6 6M6 0L0 6" stroke={MAP_SUPPRESSED.ink} strokeWidth="1" />
      </pattern>
    </defs>
  );
}

/**
 * A choropleth: D3 (d3-geo) projects the borders (transverse Mercator on 15° E, as UTM 33 maps of
 * Norway do), fitted to the places with figures; React draws them. Places are buttons: hover or
 * keyboard focus shows the tooltip, arrows move between places, Enter opens one.
 */
export function ChoroplethMap({
  features,
  places,
  selected,
  onOpen,
  label,
  attribution,
  patternIds,
  help,
}: ChoroplethMapProps) {
  const [ref, width] = useParentWidth<HTMLDivElement>();
  const helpId = useId();
  const byCode = useMemo(() => new Map(places.map((p) => [p.code, p])), [places]);
  const { path, height } = useMemo(() => {
    const fit = features.filter((f) => byCode.has(f.id));
    const fc = {
      type: 'FeatureCollection' as const,
      features: fit.length > 0 ? fit : [...features],
    };
    const proj = geoTransverseMercator().rotate([-15, 0]);
    proj.fitWidth(width, fc);
    const [[, y0], [, y1]] = geoPath(proj).bounds(fc);
    const h = Math.min(MAX_HEIGHT, Math.ceil(y1 - y0) + 2);
    proj.fitExtent(
      [
        [2, 2],
        [width - 2, h - 2],
      ],
      fc,
    );
    return { path: geoPath(proj), height: h };
  }, [features, byCode, width]);

  const [active, setActive] = useState<string | null>(null);
  const [tip, setTip] = useState<{ code: string; x: number; y: number } | null>(null);
  const order = places.map((p) => p.code);
  const tabStop =
    active && byCode.has(active) ? active : selected && byCode.has(selected) ? selected : order[0];

  const focusPlace = (code: string) => {
    setActive(code);
    ref.current?.querySelector<SVGPathElement>(`[data-code="${code}"]`)?.focus();
  };
  const showAt = (code: string) => {
    const f = features.find((x) => x.id === code);
    if (!f) return;
    const [x, y] = path.centroid(f);
    setTip({ code, x, y });
  };
  const onKey = (e: KeyboardEvent, code: string) => {
    const i = order.indexOf(code);
    const go = (j: number) => {
      e.preventDefault();
      const next = order[(j + order.length) % order.length];
      if (next) focusPlace(next);
    };
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(order.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpen(code);
    } else if (e.key === 'Escape') setTip(null);
  };

  const fillOf = (p: MapPlace | undefined) =>
    !p
      ? MAP_OUTSIDE.fill
      : p.fill
        ? p.fill
        : `url(#${p.status === 'suppressed' ? patternIds.suppressed : patternIds.missing})`;
  const outline = features.find((f) => f.id === selected);
  const focused = features.find((f) => f.id === active);
  const tipPlace = tip ? byCode.get(tip.code) : undefined;

  return (
    <div className="choropleth" ref={ref}>
      <svg
        width={width}
        height={height}
        role="group"
        aria-label={label}
        aria-describedby={helpId}
        data-testid="map-svg"
        onPointerLeave={() => setTip(null)}
      >
        <MapPatterns ids={patternIds} />
        <g aria-hidden="true">
          {features
            .filter((f) => !byCode.has(f.id))
            .map((f) => (
              <path
                key={f.id}
                d={path(f) ?? ''}
                fill={MAP_OUTSIDE.fill}
                stroke={MAP_OUTSIDE.stroke}
                strokeWidth={0.5}
                data-testid="map-context"
                onClick={() => onOpen(f.id)}
              />
            ))}
        </g>
        <g>
          {features
            .filter((f) => byCode.has(f.id))
            .map((f) => {
              const p = byCode.get(f.id)!;
              return (
                <path
                  key={f.id}
                  d={path(f) ?? ''}
                  fill={fillOf(p)}
                  stroke={MAP_BORDER}
                  strokeWidth={0.6}
                  className="map-place"
                  role="button"
                  tabIndex={f.id === tabStop ? 0 : -1}
                  aria-label={`${p.name}: ${p.valueText}`}
                  data-code={f.id}
                  data-status={p.status}
                  data-testid="map-place"
                  onPointerMove={(e) => {
                    const box = ref.current?.getBoundingClientRect();
                    if (box)
                      setTip({ code: f.id, x: e.clientX - box.left, y: e.clientY - box.top });
                  }}
                  onClick={() => onOpen(f.id)}
                  onFocus={() => {
                    setActive(f.id);
                    showAt(f.id);
                  }}
                  onBlur={() => setTip(null)}
                  onKeyDown={(e) => onKey(e, f.id)}
                />
              );
            })}
        </g>
        {outline && (
          <g aria-hidden="true" pointerEvents="none" data-testid="map-selected">
            <path d={path(outline) ?? ''} fill="none" stroke="#ffffff" strokeWidth={4} />
            <path d={path(outline) ?? ''} fill="none" stroke={MAP_OUTLINE} strokeWidth={2} />
          </g>
        )}
        {focused && tip?.code === focused.id && (
          <path
            d={path(focused) ?? ''}
            fill="none"
            stroke="#b8410f"
            strokeWidth={2.5}
            strokeDasharray="4 2"
            aria-hidden="true"
            pointerEvents="none"
          />
        )}
        <text x={width - 6} y={height - 6} textAnchor="end" className="map-attribution">
          {attribution}
        </text>
      </svg>
      {tip && tipPlace && (
        <div
          className="chart-tooltip map-tooltip"
          data-testid="map-tooltip"
          style={{
            left: Math.min(tip.x + 12, width - 200),
            top: tip.y + 12,
          }}
        >
          <strong>{tipPlace.name}</strong>
          <div>{tipPlace.valueText}</div>
          {tipPlace.details.map((d) => (
            <div key={d} className="tooltip-note">
              {d}
            </div>
          ))}
        </div>
      )}
      <p id={helpId} className="map-help">
        {help}
      </p>
    </div>
  );
}
