import { formatPeriod } from '../domain/period.ts';
import type { Lang, T } from '../i18n/i18n.ts';
import { formatDiff, formatValue } from '../i18n/format.ts';
import type { ChartSeries, SeriesPoint } from './series.ts';

const ok = (p: SeriesPoint) => p.status === 'ok' && p.value !== null;

/**
 * One or two sentences that say what a chart shows, for screen readers and captions:
 * the chosen place's first and latest figure and the change, then the latest reference figures.
 */
export function summarise(series: ChartSeries[], unit: string, lang: Lang, t: T): string {
  const parts: string[] = [];
  const main = series.filter((s) => s.role === 'main');
  for (const s of main.length > 0 ? main : series.slice(0, 1)) {
    const pts = s.points.filter(ok).sort((a, b) => a.from - b.from);
    const first = pts[0];
    const last = pts[pts.length - 1];
    if (!first || !last) continue;
    if (first === last) {
      parts.push(
        t('summary.one', {
          place: s.label,
          value: formatValue(first.value as number, unit, lang),
          period: formatPeriod(first),
        }),
      );
    } else {
      const diff = (last.value as number) - (first.value as number);
      const direction =
        diff === 0
          ? t('summary.flat')
          : t(diff > 0 ? 'summary.up' : 'summary.down', { diff: formatDiff(diff, unit, lang) });
      parts.push(
        t('summary.change', {
          place: s.label,
          first: formatValue(first.value as number, unit, lang),
          firstPeriod: formatPeriod(first),
          last: formatValue(last.value as number, unit, lang),
          lastPeriod: formatPeriod(last),
          direction,
        }),
      );
    }
    const gaps = s.points.filter((p) => !ok(p)).length;
    if (gaps > 0) parts.push(t('summary.gaps', { n: gaps }));
  }
  for (const s of series.filter((x) => x.role !== 'main')) {
    const pts = s.points.filter(ok).sort((a, b) => a.to - b.to);
    const last = pts[pts.length - 1];
    if (last)
      parts.push(
        t('summary.ref', {
          place: s.label,
          value: formatValue(last.value as number, unit, lang),
          period: formatPeriod(last),
        }),
      );
  }
  return parts.join(' ');
}
