import { noMeasureReason } from '../i18n/coverage-text.ts';
import { referenceLabel, verdictSentence } from '../i18n/risk-text.ts';
import type { Cell } from '../domain/contract.ts';
import { formatPeriod } from '../domain/period.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { SlideData } from '../queries/slide-data.ts';
import { sourceLine } from '../i18n/source-line.ts';
import type { PlaceObsRow } from '../sql/rows.ts';
import { translate } from '../i18n/i18n.ts';

/** A figure's source in one line, as under the chart. */
const sourceOf = (s: PlaceObsRow | null, lang: Lang): string | null =>
  s
    ? sourceLine(
        {
          publisher: s.source_publisher,
          kind: s.source_kind,
          citation: s.source_citation,
          title: s.source_title,
        },
        translate(lang, 'chart.citedIn'),
      )
    : null;

/** A slide's figures as a table: columns and rows for `toCsv`. */
export interface SlideTable {
  columns: string[];
  rows: Record<string, Cell>[];
}

/**
 * The figures behind a slide, one row per figure (trend) or per indicator (tiles, gaps), each with
 * its period and source. A suppressed or missing figure has an empty value and its status, never 0.
 */
export function slideTable(slide: SlideData, lang: Lang): SlideTable {
  if (slide.kind === 'trend') {
    const columns = [
      'indicator_id',
      'geo_code',
      'geo_name',
      'period',
      'period_from',
      'period_to',
      'sex',
      'age',
      'value',
      'unit',
      'ci_low',
      'ci_high',
      'respondents',
      'status',
      'source_id',
      'indicator',
      'source',
    ];
    const unit = slide.indicator ? slide.indicator.unit : null;
    const citedIn = translate(lang, 'chart.citedIn');
    const sources = new Map(slide.sources.map((s) => [s.id, sourceLine(s, citedIn)]));
    const indicator = slide.indicator
      ? lang === 'en'
        ? slide.indicator.name_en
        : slide.indicator.name_nb
      : null;
    const rows = slide.rows.map((r) => ({
      ...r,
      indicator,
      value: r.status === 'ok' ? r.value : null,
      period: formatPeriod({ from: r.period_from, to: r.period_to }),
      unit,
      source: sources.get(r.source_id) ?? r.source_id,
    }));
    return { columns, rows };
  }
  const columns = [
    'indicator_id',
    'indicator',
    'geo_name',
    'period',
    'value',
    'unit',
    'status',
    'reference',
    'reference_value',
    'interval_low',
    'interval_high',
    'verdict',
    'basis',
    'trend',
    'tier',
    'active_measures',
    'no_active_measure',
    'verdict_text',
    ...(slide.kind === 'gaps' ? ['reason'] : []),
    'source',
  ];
  const items =
    slide.kind === 'tiles'
      ? slide.items
      : slide.uncovered.flatMap((g) =>
          slide.items.filter((i) => i.indicator.id === g.indicator_id),
        );
  const rows = items.map((i) => {
    const v = i.verdict;
    const gap =
      slide.kind === 'gaps' ? slide.uncovered.find((g) => g.indicator_id === i.indicator.id) : null;
    const row: Record<string, Cell> = {
      indicator_id: i.indicator.id,
      indicator: lang === 'en' ? i.indicator.name_en : i.indicator.name_nb,
      geo_name: slide.place.name,
      period: v.latest
        ? formatPeriod({ from: v.latest.period_from, to: v.latest.period_to })
        : null,
      value: v.latest?.status === 'ok' ? v.latest.value : null,
      unit: i.indicator.unit,
      status: v.latest?.status ?? 'missing',
      reference: referenceLabel(slide.reference, lang),
      reference_value: v.referenceValue,
      interval_low: v.interval?.[0] ?? null,
      interval_high: v.interval?.[1] ?? null,
      verdict: v.verdict,
      basis: v.basis,
      trend: v.trend,
      tier: i.tier,
      active_measures: i.activeMeasures,
      no_active_measure: i.uncovered ? 1 : 0,
      verdict_text: verdictSentence(v, lang),
      source: sourceOf(i.source, lang),
    };
    if (gap) row.reason = noMeasureReason(gap, slide.year, lang);
    return row;
  });
  return { columns, rows };
}
