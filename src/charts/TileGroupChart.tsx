import { useMemo } from 'react';
import { formatPeriod } from '../domain/period.ts';
import { useT, type T } from '../i18n/i18n.ts';
import { formatValue } from '../i18n/format.ts';
import type { Lang } from '../i18n/i18n.ts';
import { referenceLabel, trendLabel, verdictLabel, verdictQualifiers } from '../i18n/risk-text.ts';
import type { Obs } from '../domain/intervals.ts';
import type { RiskVerdict } from '../domain/risk/types.ts';
import { ROLE_BASE } from './series-style.ts';
import { layoutTileGrid, tileSpark, tileWidth, TILE_LINES } from './tile-grid-layout.ts';
import { trendIcon, VERDICT_COLOR, verdictIcon } from './verdict-style.ts';
import { wrapText } from './wrap-text.ts';
import { ChartSvg, type ChartNames } from './ChartSvg.tsx';

/** What one tile draws: the indicator, its verdict, its figures, and whether it lacks measures. */
export interface TileItem {
  indicator: { id: string; name_nb: string; name_en: string; unit: string };
  verdict: RiskVerdict;
  series: readonly Obs[];
  /** Figures and no active measure in the year. */
  uncovered: boolean;
}

/** A line of text in a tile, under its value and sparkline. */
interface TileLine {
  text: string;
  size: number;
  weight: number;
  fill: string;
}

/** The text lines under a tile's value: reference, verdict, basis, trend and gap, wrapped to fit. */
function tileLines(item: TileItem, w: number, f: number, lang: Lang, t: T): TileLine[] {
  const v = item.verdict;
  const unit = String(item.indicator.unit);
  const refName = referenceLabel(v.referencePlace, lang);
  const qualifiers = verdictQualifiers(v, lang);
  const rows: TileLine[] = [
    ...(v.referenceValue !== null
      ? [
          {
            text: t('oversikt.ref', {
              name: refName.charAt(0).toUpperCase() + refName.slice(1),
              value: formatValue(v.referenceValue, unit, lang),
            }),
            size: 0.8,
            weight: 400,
            fill: '#1a1f26',
          },
        ]
      : []),
    {
      text: `${verdictIcon(v)} ${verdictLabel(v, lang)}`,
      size: 0.8,
      weight: 650,
      fill: VERDICT_COLOR[v.verdict],
    },
    ...(qualifiers.length > 0
      ? [{ text: qualifiers.join('; '), size: 0.75, weight: 400, fill: '#49525d' }]
      : []),
    {
      text: `${trendIcon(v)} ${trendLabel(v.trend, lang)}`,
      size: 0.8,
      weight: 400,
      fill: '#1a1f26',
    },
    ...(item.uncovered
      ? [{ text: `■ ${t('oversikt.gap')}`, size: 0.8, weight: 700, fill: '#b3261e' }]
      : []),
  ];
  const inner = w - 2 * TILE_LINES.pad * f;
  return rows.flatMap((r) =>
    wrapText(r.text, inner, r.size * f, 2).map((text) => ({ ...r, text, size: r.size * f })),
  );
}

/** An Oversikt tile group drawn as one SVG picture (for slides and exports): a tile per indicator. */
export function TileGroupChart({
  items,
  width,
  large = false,
  ...names
}: ChartNames & {
  /** The theme's indicators with their verdicts. */
  items: TileItem[];
  width: number;
  /** Type for the back of a room. */
  large?: boolean;
}) {
  const { t, lang } = useT();
  const f = large ? 26 : 16;
  const L = TILE_LINES;
  const model = useMemo(() => {
    const w = tileWidth(items.length, width, f);
    const names = items.map((i) => (lang === 'en' ? i.indicator.name_en : i.indicator.name_nb));
    const lines = items.map((i) => tileLines(i, w, f, lang, t));
    const grid = layoutTileGrid(
      names,
      lines.map((l) => l.length),
      width,
      f,
    );
    return { grid, lines };
    // `t` follows `lang`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, width, f, lang]);
  const height = Math.max(f * 4, model.grid.height);
  return (
    <ChartSvg name="tile-group-chart" width={width} height={height} names={names}>
      {items.length === 0 && (
        <text x={0} y={f * 1.5} fontSize={f} fill="#1a1f26">
          {t('mote.figure.empty')}
        </text>
      )}
      {items.map((item, i) => {
        const box = model.grid.boxes[i];
        if (!box) return null;
        const v = item.verdict;
        const unit = String(item.indicator.unit);
        const latest =
          v.latest && v.latest.status === 'ok' && v.latest.value !== null ? v.latest : null;
        const pad = L.pad * f;
        const nameBottom = pad + box.nameLines.length * L.name * f;
        const sparkTop = nameBottom + L.value * f;
        const spark = tileSpark(item.series, box.w - 2 * pad, L.spark * f * 0.7);
        const textTop = sparkTop + L.spark * f;
        return (
          <g
            key={item.indicator.id}
            transform={`translate(${box.x},${box.y})`}
            data-testid={`tile-figure-${item.indicator.id}`}
          >
            <rect
              width={box.w}
              height={box.h}
              rx={f * 0.3}
              fill="#ffffff"
              stroke="#6b7480"
              strokeWidth={Math.max(1, f / 16)}
            />
            {item.uncovered && <rect width={f * 0.3} height={box.h} fill="#b3261e" />}
            {box.nameLines.map((l, k) => (
              <text
                key={k}
                x={pad}
                y={pad + (k + 0.8) * L.name * f}
                fontSize={f * 0.95}
                fontWeight={650}
                fill="#0b4f9c"
              >
                {l}
              </text>
            ))}
            <text x={pad} y={nameBottom + L.value * f * 0.8} fill="#1a1f26">
              <tspan fontSize={f * 1.9} fontWeight={700}>
                {latest ? formatValue(latest.value as number, unit, lang) : '–'}
              </tspan>
              {latest && (
                <tspan fontSize={f * 0.8} fill="#49525d" dx={f * 0.4}>
                  {formatPeriod({ from: latest.period_from, to: latest.period_to })}
                </tspan>
              )}
            </text>
            {spark.d && (
              <g transform={`translate(${pad},${sparkTop})`} aria-hidden="true">
                <path
                  d={spark.d}
                  fill="none"
                  stroke={ROLE_BASE.main.color}
                  strokeWidth={f * 0.12}
                />
                {spark.dots.map(([cx, cy], k) => (
                  <circle key={k} cx={cx} cy={cy} r={f * 0.17} fill={ROLE_BASE.main.color} />
                ))}
              </g>
            )}
            {(model.lines[i] ?? []).map((l, k) => (
              <text
                key={k}
                x={pad}
                y={textTop + (k + 0.75) * L.text * f}
                fontSize={l.size}
                fontWeight={l.weight}
                fill={l.fill}
              >
                {l.text}
              </text>
            ))}
          </g>
        );
      })}
    </ChartSvg>
  );
}
