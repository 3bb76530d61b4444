import type { IngestReport } from '../../ingest/report.ts';
import { useT } from '../../i18n/i18n.ts';
import { reasonLabel } from './reasons.ts';

/** The validation report of one file: what was detected, kept and rejected, and why. */
export function ImportReport({ report }: { report: IngestReport }) {
  const { t, lang } = useT();
  const p = report.places;
  return (
    <div className="import-report" data-testid="import-report">
      {!report.ok && (
        <p className="error" role="alert" data-testid="import-error">
          {report.format === null && /not recognised/.test(report.error ?? '') ? t('import.notRecognised') : reasonLabel(report.error ?? '', lang)}
        </p>
      )}
      <dl className="facts">
        <dt>{t('import.file')}</dt>
        <dd>
          {report.fileName} ({(report.bytes / 1e6).toFixed(2)} MB)
        </dd>
        <dt>{t('import.format')}</dt>
        <dd data-testid="report-format">{report.formatLabel ?? report.format ?? '–'}</dd>
        <dt>{t('import.encoding')}</dt>
        <dd>
          {report.encoding ?? '–'}
          {report.separator && `, ${t('import.separator')} «${report.separator === '\t' ? 'tab' : report.separator}»`}
        </dd>
        <dt>{t('import.rows')}</dt>
        <dd data-testid="report-counts">{t('import.counts', { read: report.rowsRead, kept: report.rowsKept, rejected: report.rowsRejected, dropped: report.rowsDropped, duplicates: report.duplicates })}</dd>
        <dt>{t('import.statuses')}</dt>
        <dd>{t('import.statusCounts', { ok: report.statuses.ok, suppressed: report.statuses.suppressed, missing: report.statuses.missing })}</dd>
        <dt>{t('import.places')}</dt>
        <dd>
          {t('import.placesCovered', { n: p.covered.length })}
          {p.carried.length > 0 && ` ${t('import.placesCarried', { n: p.carried.length })}`}
          {p.unknown.length > 0 && ` ${t('import.placesUnknown', { names: p.unknown.map((u) => u.text).slice(0, 10).join(', ') })}`}
        </dd>
        <dt>{t('import.periods')}</dt>
        <dd>{report.periods.join(', ') || '–'}</dd>
        <dt>{t('import.indicators')}</dt>
        <dd data-testid="report-indicators">
          {report.indicators.map((i) => `${i.name_nb} (${t(i.status === 'created' ? 'import.created' : 'import.matched')}, ${i.rows})`).join('; ') || '–'}
        </dd>
      </dl>
      {report.notes.length > 0 && (
        <ul className="muted">
          {report.notes.slice(0, 20).map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      {report.rejections.length > 0 && (
        <details>
          <summary>{t('import.rejections', { n: report.rowsRejected })}</summary>
          <div className="table-scroll" role="region" aria-label={t('import.rejectionsLabel')} tabIndex={0}>
            <table className="ds-table data-table" data-size="sm" data-testid="rejections">
              <thead>
                <tr>
                  <th scope="col">{t('import.row')}</th>
                  <th scope="col">{t('import.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rejections.slice(0, 200).map((r, i) => (
                  <tr key={i}>
                    <td className="num">{r.row}</td>
                    <td>{reasonLabel(r.reason, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </div>
  );
}
