import { assessmentId, type AssessmentRecord } from '../domain/assessments.ts';
import { formatPeriod } from '../domain/period.ts';
import type { ReportChart, ReportDoc, ReportFigure } from '../export/report-model.ts';
import type { Lang } from '../i18n/i18n.ts';
import { referenceLabel, verdictLabel, verdictSentence } from '../i18n/risk-text.ts';
import type { ReportData } from '../queries/report.ts';
import type { SeriesRow } from '../sql/rows.ts';
import { trendCaption } from './captions.ts';
import { sourceAndPeriod } from './slide-text.ts';

/** The place's figures, one row per period, with the reference's figure for the same period. */
export function figureRows(
  rows: readonly SeriesRow[],
  geo: string,
  refCode: string,
): ReportFigure[] {
  const key = (r: SeriesRow) => `${r.period_from}|${r.period_to}`;
  const ref = new Map(rows.filter((r) => r.geo_code === refCode).map((r) => [key(r), r]));
  return rows
    .filter((r) => r.geo_code === geo)
    .sort((a, b) => a.period_from - b.period_from || a.period_to - b.period_to)
    .map((r) => {
      const x = ref.get(key(r));
      return {
        period: formatPeriod({ from: r.period_from, to: r.period_to }),
        value: r.status === 'ok' ? r.value : null,
        status: r.status,
        reference: x && x.status === 'ok' ? x.value : null,
        referenceStatus: x ? x.status : null,
      };
    });
}

/**
 * The report document from the loaded data, the coordinator's assessments and the charts drawn
 * (by indicator id): every word in the interface's language, every figure from the data.
 */
export function composeReport(
  data: ReportData,
  assessments: ReadonlyMap<string, AssessmentRecord>,
  charts: ReadonlyMap<string, ReportChart>,
  lang: Lang,
  date: string,
): ReportDoc {
  const { coverage } = data;
  const geo = coverage.place?.code ?? '';
  const placeName = coverage.place?.label ?? geo;
  const text = (id: string) => {
    const t = assessments.get(id)?.text.trim();
    return t ? t : null;
  };
  return {
    lang,
    place: placeName,
    date,
    reference: referenceLabel(coverage.reference, lang),
    year: coverage.year,
    themes: data.themes.map((t) => ({
      id: t.id,
      name: lang === 'en' ? t.name_en : t.name_nb,
      assessment: text(assessmentId(geo, t.id)),
      measures: t.measures.map((m) => ({
        title: m.title,
        plan: m.plan_title,
        due: m.due_text,
        responsible: m.responsible,
      })),
      indicators: t.indicators.map(({ coverage: c, slide, figures }) => ({
        id: c.indicator.id,
        name: lang === 'en' ? c.indicator.name_en : c.indicator.name_nb,
        unit: c.indicator.unit,
        sentence: trendCaption(slide, lang),
        verdictLabel: verdictLabel(c.verdict, lang),
        verdictSentence: verdictSentence(c.verdict, lang),
        figures: figureRows(figures, geo, coverage.reference.code),
        source: sourceAndPeriod(slide, lang),
        chart: charts.get(c.indicator.id) ?? null,
        assessment: text(assessmentId(geo, t.id, c.indicator.id)),
      })),
    })),
    sources: data.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      fileName: s.file_name,
      sha256: s.sha256,
      retrieved: s.retrieved,
      license: s.license,
    })),
  };
}
