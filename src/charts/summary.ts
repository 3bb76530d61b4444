import { formatPeriod } from '../domain/period.ts';
import type { Lang, T } from '../i18n/i18n.ts';
import { formatDiff, formatValue } from '../i18n/format.ts';
import type { ChartSeries, SeriesPoint } from './series.ts';
import { breakdownKey, breakdowns } from './series-style.ts';

const ok = (p: SeriesPoint) => p.status === 'ok' && p.value !== null;
const latestOf = (s: ChartSeries) =>
  s.points
    .filter(ok)
    .sort((a, b) => a.to - b.to || a.from - b.from)
    .at(-1) ?? null;

/**
 * A few sentences that say what a chart shows, for screen readers and captions: the place's
 * first and latest figure and the change; its other breakdowns' latest figures in one sentence;
 * the references' latest figures in one sentence. Every figure is also in the chart's table.
 */
export function summarise(series: ChartSeries[], unit: string, lang: Lang, t: T): string {
  const parts: string[] = [];
  const fmt = (v: number) => formatValue(v, unit, lang);
  const mains = series.filter((s) => s.role === 'main');
  // The line for all sexes and the usual age, else the first breakdown in reading order (all
  // ages before the bands), not whichever line the query returned first.
  const firstKey = breakdowns(mains)[0];
  const main =
    mains.find((s) => s.breakdown === null) ??
    mains.find((s) => breakdownKey(s) === firstKey) ??
    series[0];
  if (main) {
    const pts = main.points.filter(ok).sort((a, b) => a.from - b.from);
    const first = pts[0];
    const last = pts[pts.length - 1];
    if (first && last && first === last)
      parts.push(
        t('summary.one', {
          place: main.label,
          value: fmt(first.value as number),
          period: formatPeriod(first),
        }),
      );
    else if (first && last) {
      const diff = (last.value as number) - (first.value as number);
      const direction =
        diff === 0
          ? t('summary.flat')
          : t(diff > 0 ? 'summary.up' : 'summary.down', { diff: formatDiff(diff, unit, lang) });
      parts.push(
        t('summary.change', {
          place: main.label,
          first: fmt(first.value as number),
          firstPeriod: formatPeriod(first),
          last: fmt(last.value as number),
          lastPeriod: formatPeriod(last),
          direction,
        }),
      );
    }
    const gaps = main.points.filter((p) => !ok(p)).length;
    if (gaps > 0) parts.push(t('summary.gaps', { n: gaps }));
  }
  const items = (list: ChartSeries[], name: (s: ChartSeries) => string) =>
    list.flatMap((s) => {
      const p = latestOf(s);
      return p
        ? [
            t('summary.item', {
              name: name(s),
              value: fmt(p.value as number),
              period: formatPeriod(p),
            }),
          ]
        : [];
    });
  const others = items(
    mains.filter((s) => s !== main),
    (s) => s.breakdown ?? s.label,
  );
  if (others.length > 0) parts.push(t('summary.breakdowns', { list: others.join(', ') }));
  const refs = series.filter((s) => s.role !== 'main');
  // One line per reference place: its all-sexes line where it has one.
  const refPlaces = [...new Set(refs.map((s) => s.place))].flatMap((place) => {
    const own = refs.filter((s) => s.place === place);
    const pick = own.find((s) => s.breakdown === null) ?? own[0];
    return pick ? [pick] : [];
  });
  const refItems = items(refPlaces, (s) => s.label);
  if (refItems.length > 0) parts.push(t('summary.refs', { list: refItems.join(', ') }));
  return parts.join(' ');
}
