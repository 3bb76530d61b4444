import { Marker, scaleDash } from '../../charts/Marker.tsx';
import type { LegendEntry } from '../../deck/slide-text.ts';
import { useT } from '../../i18n/i18n.ts';

/** What a slide's lines and marks mean: line style, marker shape and colour, with words. */
export function SlideLegend({
  entries,
  large = false,
}: {
  entries: LegendEntry[];
  large?: boolean;
}) {
  const { t } = useT();
  if (entries.length === 0) return null;
  const k = large ? 2 : 1;
  return (
    <ul className="slide-legend" aria-label={t('chart.legend')}>
      {entries.map((e) => (
        <li key={e.label}>
          <svg width={40 * k} height={16 * k} aria-hidden="true">
            {e.width > 0 && (
              <line
                x1={k}
                x2={39 * k}
                y1={8 * k}
                y2={8 * k}
                stroke={e.color}
                strokeWidth={e.width * k}
                strokeDasharray={scaleDash(e.dash, k)}
              />
            )}
            {e.marker !== 'none' && (
              <Marker shape={e.marker} x={20 * k} y={8 * k} r={5 * k} color={e.color} />
            )}
          </svg>
          {e.label}
        </li>
      ))}
    </ul>
  );
}
