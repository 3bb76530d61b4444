import type { SeriesPoint } from '../charts/series.ts';
import { formatPeriod } from '../domain/period.ts';
import type { TextTable } from '../export/table-text.ts';
import { formatValue } from '../i18n/format.ts';
import { noMeasureReason } from '../i18n/coverage-text.ts';
import { translate, type Lang } from '../i18n/i18n.ts';
import { referenceLabel, verdictLabel } from '../i18n/risk-text.ts';
import type { SlideData } from '../queries/slide-data.ts';
import { slideSeries } from './slide-series.ts';
import { slideSubtitle, slideTitle, sourceAndPeriod } from './slide-text.ts';

/** A figure in words: the value in its unit, or its status ("skjult (for få svar)"), never 0. */
function figureText(
  p: Pick<SeriesPoint, 'value' | 'status'> | null,
  unit: string,
  lang: Lang,
): string {
  if (!p) return '';
  if (p.status === 'suppressed') return translate(lang, 'chart.suppressed');
  if (p.status !== 'ok' || p.value === null) return translate(lang, 'chart.missing');
  return formatValue(p.value, unit, lang);
}

/**
 * A slide's figures as a table for people (to paste into a document): for a chart, one row per
 * period and one column per line, as the chart's own data table; for tiles and gaps, one row per
 * indicator with its latest figure, the reference, the verdict and the active measures.
 */
export function slideTextTable(slide: SlideData, lang: Lang): TextTable {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) =>
    translate(lang, key, vars);
  const caption = [slideTitle(slide, lang), slideSubtitle(slide, lang)].filter(Boolean).join(' – ');
  const note = sourceAndPeriod(slide, lang);
  if (slide.kind === 'trend') {
    const series = slideSeries(slide, lang);
    const unit = slide.indicator ? String(slide.indicator.unit) : '';
    const periods = [
      ...new Map(series.flatMap((s) => s.points).map((p) => [`${p.from}-${p.to}`, p])).values(),
    ].sort((a, b) => a.from - b.from || a.to - b.to);
    const rows = periods.map((p) => [
      formatPeriod(p),
      ...series.map((s) =>
        figureText(s.points.find((q) => q.from === p.from && q.to === p.to) ?? null, unit, lang),
      ),
    ]);
    return {
      caption,
      headers: [t('chart.tablePeriod'), ...series.map((s) => s.label)],
      rows,
      note,
    };
  }
  const items =
    slide.kind === 'tiles'
      ? slide.items
      : slide.uncovered.flatMap((g) =>
          slide.items.filter((i) => i.indicator.id === g.indicator_id),
        );
  const headers = [
    t('export.col.indicator'),
    t('export.col.period'),
    t('export.col.value'),
    t('export.col.reference', { ref: referenceLabel(slide.reference, lang) }),
    t('export.col.verdict'),
    t('export.col.measures'),
    ...(slide.kind === 'gaps' ? [t('export.col.reason')] : []),
  ];
  const rows = items.map((i) => {
    const v = i.verdict;
    const unit = String(i.indicator.unit);
    const row = [
      lang === 'en' ? i.indicator.name_en : i.indicator.name_nb,
      v.latest ? formatPeriod({ from: v.latest.period_from, to: v.latest.period_to }) : '',
      v.latest ? figureText(v.latest, unit, lang) : t('chart.missing'),
      v.referenceValue === null ? '' : formatValue(v.referenceValue, unit, lang),
      verdictLabel(v, lang),
      String(i.activeMeasures),
    ];
    if (slide.kind === 'gaps') {
      const gap = slide.uncovered.find((g) => g.indicator_id === i.indicator.id);
      row.push(gap ? noMeasureReason(gap, slide.year, lang) : '');
    }
    return row;
  });
  return { caption, headers, rows, note };
}
