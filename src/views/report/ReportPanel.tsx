import { useId, useState } from 'react';
import { useCoordinator } from '../../db/DbContext.ts';
import { composeReport } from '../../deck/report-compose.ts';
import { downloadBlob } from '../../export/download-blob.ts';
import { reportDocx } from '../../export/report-docx.ts';
import { reportHtml } from '../../export/report-html.ts';
import { reportFileStem } from '../../export/report-model.ts';
import { useT } from '../../i18n/i18n.ts';
import type { Reference } from '../../queries/reference.ts';
import { loadReport } from '../../queries/report.ts';
import type { TrendSlide } from '../../queries/slide-data.ts';
import { ensureAssessments, knownAssessments } from '../../state/assessment-store.ts';
import { drawReportCharts } from './draw-charts.tsx';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * "Lag kunnskapsgrunnlag": the place's report for the themes chosen (all by default), as an
 * editable Word document or a self-contained HTML page for printing.
 */
export function ReportPanel({
  geo,
  placeName,
  reference,
  themes,
}: {
  geo: string;
  placeName: string;
  reference: Reference;
  /** The themes the place has indicators for, with their names in the interface's language. */
  themes: { id: string; name: string }[];
}) {
  const { t, lang } = useT();
  const coordinator = useCoordinator();
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const headingId = useId();
  const chosen = themes.filter((th) => !left.has(th.id)).map((th) => th.id);

  const make = async (format: 'docx' | 'html') => {
    if (chosen.length === 0) {
      setMessage(t('report.noThemes'));
      return;
    }
    setBusy(true);
    setMessage(t('report.working'));
    try {
      await ensureAssessments();
      const data = await loadReport(coordinator, {
        geo,
        reference,
        themes: chosen.length === themes.length ? null : chosen,
      });
      const slides: TrendSlide[] = data.themes.flatMap((th) => th.indicators.map((i) => i.slide));
      const charts = await drawReportCharts(slides, lang);
      const now = new Date();
      const date = now.toLocaleDateString(lang === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long' });
      const doc = composeReport(data, knownAssessments(), charts, lang, date);
      const stem = reportFileStem(doc, now.toISOString().slice(0, 10));
      const file = `${stem}.${format}`;
      if (format === 'docx') {
        const bytes = await reportDocx(doc);
        downloadBlob(file, new Blob([bytes as BlobPart], { type: DOCX }));
      } else {
        downloadBlob(file, new Blob([reportHtml(doc)], { type: 'text/html;charset=utf-8' }));
      }
      setMessage(t('report.done', { file }));
    } catch (e) {
      setMessage(t('report.failed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="report-panel" aria-labelledby={headingId} data-testid="report-panel">
      <h3 id={headingId}>{t('report.heading')}</h3>
      <p>{t('report.intro', { place: placeName })}</p>
      <details className="report-themes">
        <summary>
          {t('report.themes')} ({chosen.length}/{themes.length})
        </summary>
        <fieldset>
          <legend className="visually-hidden">{t('report.themes')}</legend>
          <label className="report-theme">
            <input
              type="checkbox"
              checked={left.size === 0}
              onChange={(e) =>
                setLeft(e.target.checked ? new Set() : new Set(themes.map((th) => th.id)))
              }
            />{' '}
            {t('report.all')}
          </label>
          {themes.map((th) => (
            <label key={th.id} className="report-theme">
              <input
                type="checkbox"
                checked={!left.has(th.id)}
                data-testid={`report-theme-${th.id}`}
                onChange={(e) => {
                  const next = new Set(left);
                  if (e.target.checked) next.delete(th.id);
                  else next.add(th.id);
                  setLeft(next);
                }}
              />{' '}
              {th.name}
            </label>
          ))}
        </fieldset>
      </details>
      <div className="button-row">
        <button
          type="button"
          className="ds-button"
          data-variant="primary"
          data-size="sm"
          disabled={busy}
          onClick={() => void make('docx')}
          data-testid="report-docx"
        >
          {t('report.make')}
        </button>
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          data-size="sm"
          disabled={busy}
          onClick={() => void make('html')}
          data-testid="report-html"
        >
          {t('report.html')}
        </button>
      </div>
      <p role="status" className="muted" data-testid="report-status" aria-busy={busy}>
        {message}
      </p>
    </section>
  );
}
