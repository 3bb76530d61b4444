import type { IngestReport } from '../../ingest/report.ts';
import { ingestFormat, ingestReason, ingestText, unreadableText, useT } from '../../i18n/i18n.ts';

/** The validation report of one file: what was detected, kept and rejected, and why. */
export function ImportReport({
  report,
  reader,
}: {
  report: IngestReport;
  /** Which reader read the file, when it was read. */
  reader?: 'duckdb' | 'own' | undefined;
}) {
  const { t, lang } = useT();
  const p = report.places;
  // Parts of a merged municipality are known places, only not today's: named apart.
  const merged = p.unknown.filter((u) => u.reason.code === 'place.merged');
  const unknown = p.unknown.filter((u) => !merged.includes(u));
  return (
    <div className="import-report" data-testid="import-report">
      {!report.ok && (
        <p className="error" role="alert" data-testid="import-error">
          {report.error?.code === 'file.format-not-recognised'
            ? t('import.notRecognised')
            : report.error
              ? ingestReason(lang, report.error)
              : ''}
        </p>
      )}
      <dl className="facts">
        <dt>{t('import.file')}</dt>
        <dd>
          {report.fileName} ({(report.bytes / 1e6).toFixed(2)} MB)
        </dd>
        <dt>{t('import.format')}</dt>
        <dd data-testid="report-format">
          {report.format ? ingestFormat(lang, report.format) : '–'}
        </dd>
        {reader && report.ok && (
          <>
            <dt>{t('import.reader')}</dt>
            <dd data-testid="report-reader">
              {t(reader === 'duckdb' ? 'import.reader.duckdb' : 'import.reader.own')}
            </dd>
          </>
        )}
        <dt>{t('import.encoding')}</dt>
        <dd>
          {report.encoding ?? '–'}
          {report.separator &&
            `, ${t('import.separator')} «${report.separator === '\t' ? 'tab' : report.separator}»`}
        </dd>
        {report.headerLine !== null && (
          <>
            <dt>{t('ingest.layout')}</dt>
            <dd data-testid="report-layout">
              {t('ingest.layoutLine', { line: report.headerLine })}
            </dd>
          </>
        )}
        {report.title && (
          <>
            <dt>{t('ingest.title')}</dt>
            <dd data-testid="report-title">{report.title}</dd>
          </>
        )}
        <dt>{t('import.rows')}</dt>
        <dd data-testid="report-counts">
          {t('ingest.counts', {
            read: report.rowsRead,
            kept: report.rowsKept,
            rejected: report.rowsRejected,
            dropped: report.rowsDropped,
            unreadable: report.rowsUnreadable,
            duplicates: report.duplicates,
          })}
        </dd>
        {report.unreadable.length > 0 && (
          <>
            <dt>{t('ingest.unreadable')}</dt>
            <dd data-testid="report-unreadable">
              {report.unreadable.map((u) => (
                <p key={u.from}>{unreadableText(lang, u)}</p>
              ))}
            </dd>
          </>
        )}
        <dt>{t('import.statuses')}</dt>
        <dd>
          {t('import.statusCounts', {
            ok: report.statuses.ok,
            suppressed: report.statuses.suppressed,
            missing: report.statuses.missing,
          })}
        </dd>
        <dt>{t('import.places')}</dt>
        <dd>
          {t('import.placesCovered', { n: p.covered.length })}
          {p.carried.length > 0 && ` ${t('import.placesCarried', { n: p.carried.length })}`}
          {unknown.length > 0 && ` ${t('import.placesUnknown', { names: firstNames(unknown) })}`}
          {merged.length > 0 && ` ${t('import.placesMerged', { names: firstNames(merged) })}`}
        </dd>
        <dt>{t('import.periods')}</dt>
        <dd>{report.periods.join(', ') || '–'}</dd>
        <dt>{t('import.indicators')}</dt>
        <dd data-testid="report-indicators">
          {report.indicators
            .map(
              (i) =>
                `${i.name_nb} (${t(i.status === 'created' ? 'import.created' : 'import.matched')}, ${i.rows})`,
            )
            .join('; ') || '–'}
        </dd>
      </dl>
      {report.notes.length > 0 && (
        <>
          <h4>{t('ingest.notes')}</h4>
          <ul className="muted" data-testid="report-notes">
            {report.notes.slice(0, 20).map((n, i) => (
              <li key={i}>{ingestText(lang, n)}</li>
            ))}
          </ul>
        </>
      )}
      {report.rejections.length > 0 && (
        <details>
          <summary>{t('import.rejections', { n: report.rowsRejected })}</summary>
          <div
            className="table-scroll"
            role="region"
            aria-label={t('import.rejectionsLabel')}
            tabIndex={0}
          >
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
                    <td>{ingestReason(lang, r)}</td>
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

/** The first ten places' texts, comma-separated. */
const firstNames = (places: readonly { text: string }[]) =>
  places
    .slice(0, 10)
    .map((u) => u.text)
    .join(', ');
