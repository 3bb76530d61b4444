import type { MapPlace } from '../../charts/ChoroplethMap.tsx';
import type { MapLegendEntry } from '../../charts/MapLegend.tsx';
import { paletteFor } from '../../charts/map-style.ts';
import { classCount, classOf, quantileBounds } from '../../domain/class-breaks.ts';
import { formatFigure, formatValue } from '../../i18n/format.ts';
import type { Lang, T } from '../../i18n/i18n.ts';
import type { MapData } from '../../queries/map.ts';
import type { Borders } from '../../queries/map-borders.ts';
import type { MapTableRow } from './MapTable.tsx';

/** How many classes the map aims for. */
const CLASSES = 5;

/**
 * What the map shows of the loaded figures: each place's class colour and text, the table's rows,
 * the legend (classes, then no figure, suppressed and outside the data), counts and sources.
 */
export function mapModel(
  data: MapData | null,
  borders: Borders | null,
  unit: string,
  lang: Lang,
  t: T,
  periodText: string,
) {
  const figures = data?.figures ?? [];
  const bounds = quantileBounds(
    figures.map((f) => f.value),
    CLASSES,
  );
  const colours = paletteFor(classCount(bounds));
  const source = (p: string | null) => (p ?? '').split(';')[0]?.trim() ?? '';
  const places: MapPlace[] = figures.map((f) => {
    const cls = f.value === null ? null : classOf(bounds, f.value);
    const status = f.value !== null ? 'ok' : f.status === 'suppressed' ? 'suppressed' : 'missing';
    return {
      code: f.geo_code,
      name: f.geo_name,
      fill: cls === null ? null : (colours[cls] ?? null),
      status,
      valueText:
        f.value !== null
          ? formatFigure(f.value, unit, lang)
          : t(status === 'suppressed' ? 'kart.suppressed' : 'kart.noFigure'),
      details: [
        t('kart.period.line', { period: periodText }),
        t('kart.source.line', { source: source(f.source_publisher) || f.source_id }),
      ],
    };
  });
  const rows: MapTableRow[] = figures.map((f, i) => ({
    code: f.geo_code,
    name: f.geo_name,
    value: f.value,
    valueText: places[i]!.valueText,
    status: places[i]!.status,
    source: source(f.source_publisher) || f.source_id,
  }));
  const fmt = (v: number) => formatValue(v, unit, lang);
  const k = classCount(bounds);
  const countText = (n: number) => (n === 1 ? t('kart.classCount1') : t('kart.classCount', { n }));
  const inClass = (i: number) =>
    figures.filter((f) => f.value !== null && classOf(bounds, f.value) === i).length;
  const entries: MapLegendEntry[] = Array.from({ length: k }, (_, i) => ({
    key: `class-${i}`,
    swatch: colours[i]!,
    label:
      bounds[0] === bounds[k]
        ? t('kart.classOne', { from: fmt(bounds[0]!) })
        : i === k - 1
          ? t('kart.classLast', { from: fmt(bounds[i]!), to: fmt(bounds[i + 1]!) })
          : t('kart.classRange', { from: fmt(bounds[i]!), to: fmt(bounds[i + 1]!) }),
    count: countText(inClass(i)),
  }));
  const missing = places.filter((p) => p.status === 'missing').length;
  const suppressed = places.filter((p) => p.status === 'suppressed').length;
  if (missing > 0)
    entries.push({
      key: 'missing',
      swatch: 'missing',
      label: t('kart.noFigure'),
      count: countText(missing),
    });
  if (suppressed > 0)
    entries.push({
      key: 'suppressed',
      swatch: 'suppressed',
      label: t('kart.suppressed'),
      count: countText(suppressed),
    });
  const all = borders?.[data?.level ?? 'municipality'].length ?? 0;
  if (all > places.length)
    entries.push({
      key: 'outside',
      swatch: 'outside',
      label: t('kart.outside'),
      count: countText(all - places.length),
    });
  const sources = [
    ...new Map(figures.map((f) => [f.source_id, f.source_title ?? f.source_id])).values(),
  ];
  return { places, rows, entries, missing, suppressed, sources };
}
