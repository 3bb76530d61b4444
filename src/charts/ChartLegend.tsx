import { useT } from '../i18n/i18n.ts';
import { Marker } from './Marker.tsx';
import type { ChartSeries } from './series.ts';
import type { LineStyle } from './series-style.ts';

/** A legend that names each line, drawn with its own colour, dash and marker. */
export function ChartLegend({
  entries,
}: {
  /** The legend's lines: a label and the style its line is drawn with. */
  entries: { key: string; label: string; style: LineStyle }[];
}) {
  const { t } = useT();
  return (
    <ul className="chart-legend" aria-label={t('chart.legend')} data-testid="chart-legend">
      {entries.map(({ key, label, style: st }) => (
        <li key={key} data-color={st.color} data-dash={st.dash} data-marker={st.marker}>
          <svg width="40" height="14" aria-hidden="true">
            <line
              x1="1"
              x2="39"
              y1="7"
              y2="7"
              stroke={st.color}
              strokeWidth={st.width}
              strokeDasharray={st.dash}
            />
            <Marker shape={st.marker} x={20} y={7} r={4} color={st.color} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}

/** Legend entries for series drawn with `styleOf`, once per distinct label. */
export function legendEntries(
  series: readonly ChartSeries[],
  styleOf: (s: ChartSeries) => LineStyle,
  label: (s: ChartSeries) => string = (s) => s.label,
): { key: string; label: string; style: LineStyle }[] {
  const seen = new Map<string, { key: string; label: string; style: LineStyle }>();
  for (const s of series) {
    const l = label(s);
    if (!seen.has(l)) seen.set(l, { key: s.key, label: l, style: styleOf(s) });
  }
  return [...seen.values()];
}
