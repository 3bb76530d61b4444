import { useMemo } from 'react';
import type { Tier } from '../domain/coverage/tiers.ts';
import { useT } from '../i18n/i18n.ts';
import { Marker } from './Marker.tsx';
import { wrapText } from './wrap-text.ts';
import { ChartSvg, type ChartNames } from './ChartSvg.tsx';

/** A tier as colour and shape (never colour alone). */
export const TIER_MARKER: Record<Tier, { color: string; marker: string }> = {
  clear_risk: { color: '#a1251b', marker: 'triangle' },
  possible_risk: { color: '#7a4b00', marker: 'diamond' },
  notable_difference: { color: '#1a1f26', marker: 'square' },
  no_signal: { color: '#49525d', marker: 'circle' },
  cannot_judge: { color: '#49525d', marker: 'circle' },
};

/** One row of the picture: the indicator, its tier in words and why it lacks a measure. */
export interface GapRow {
  id: string;
  name: string;
  tier: Tier;
  tierText: string;
  reason: string;
}

/** How many gaps a picture lists before it says how many more there are. */
export const MAX_GAP_ROWS = 8;

/** Dekning's list of what lacks measures drawn as one SVG picture (slides, exports), most serious first. */
export function GapChart({
  gaps,
  emptyText,
  width,
  large = false,
  ...names
}: ChartNames & {
  /** What has figures and no active measure, most serious first, in words. */
  gaps: GapRow[];
  /** What the picture says when nothing lacks measures. */
  emptyText: string;
  width: number;
  large?: boolean;
}) {
  const { t } = useT();
  const f = large ? 26 : 16;
  const rows = useMemo(() => {
    const textX = f * 2;
    const inner = width - textX;
    let y = 0;
    return gaps.slice(0, MAX_GAP_ROWS).map((g) => {
      const name = wrapText(g.name, inner, f * 1.1, 2);
      const reason = wrapText(g.reason, inner, f * 0.85, 2);
      const top = y;
      y += f * (1.45 * name.length + 1.3 + 1.15 * reason.length + 1);
      return { g, name, reason, top };
    });
  }, [gaps, width, f]);
  const more = gaps.length - rows.length;
  const empty = gaps.length === 0 ? wrapText(emptyText, width - f * 4, f * 1.4) : [];
  const last = rows[rows.length - 1];
  const listHeight = last
    ? last.top + f * (1.45 * last.name.length + 1.3 + 1.15 * last.reason.length)
    : 0;
  const height = Math.max(
    f * 3,
    listHeight + (more > 0 ? f * 2 : 0) + empty.length * f * 1.9 + f * 0.5,
  );
  return (
    <ChartSvg name="gap-chart" width={width} height={height} names={names}>
      {empty.length > 0 && (
        // A check mark in a circle: no risk is left without a measure.
        <g aria-hidden="true">
          <circle cx={f * 1.3} cy={f * 1.35} r={f * 1.05} fill="#0d5c3f" />
          <path
            d={`M${f * 0.8},${f * 1.4}l${f * 0.4},${f * 0.4}l${f * 0.75},${-f * 0.85}`}
            fill="none"
            stroke="#ffffff"
            strokeWidth={f * 0.22}
          />
        </g>
      )}
      {empty.map((l, k) => (
        <text key={k} x={f * 3.2} y={f * 1.85 + k * f * 1.9} fontSize={f * 1.4} fill="#1a1f26">
          {l}
        </text>
      ))}
      {rows.map(({ g, name, reason, top }) => {
        const st = TIER_MARKER[g.tier];
        return (
          <g key={g.id} transform={`translate(0,${top})`}>
            <Marker shape={st.marker} x={f * 0.7} y={f * 0.95} r={f * 0.42} color={st.color} />
            {name.map((l, k) => (
              <text
                key={k}
                x={f * 2}
                y={f * (1.3 + 1.45 * k)}
                fontSize={f * 1.1}
                fontWeight={650}
                fill="#1a1f26"
              >
                {l}
              </text>
            ))}
            <text
              x={f * 2}
              y={f * (1.45 * name.length + 1.0)}
              fontSize={f * 0.85}
              fontWeight={700}
              fill={st.color}
            >
              {g.tierText}
            </text>
            {reason.map((l, k) => (
              <text
                key={k}
                x={f * 2}
                y={f * (1.45 * name.length + 2.2 + 1.15 * k)}
                fontSize={f * 0.85}
                fill="#3d4550"
              >
                {l}
              </text>
            ))}
          </g>
        );
      })}
      {more > 0 && (
        <text x={f * 2} y={listHeight + f * 1.6} fontSize={f * 0.9} fill="#1a1f26">
          {t('mote.figure.more', { n: more })}
        </text>
      )}
    </ChartSvg>
  );
}
