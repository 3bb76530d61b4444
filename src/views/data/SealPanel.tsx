import type { SealReport } from '../../db/seal.ts';
import { useT } from '../../i18n/i18n.ts';

/** The seal in words, with the checked settings and DuckDB's in-memory files on request. */
export function SealPanel({ report }: { report: SealReport | null }) {
  const { t } = useT();
  if (!report) return null;
  const files = report.files.length ? report.files.join(', ') : t('sealc.noFiles');
  return (
    <div data-testid="seal" data-sealed={report.problems.length === 0 ? 'yes' : 'no'}>
      <p className="view-intro">
        {report.problems.length === 0 ? t('sealc.sealed') : t('sealc.refused.unsealed')}
      </p>
      <details>
        <summary>{t('sealc.details')}</summary>
        <table className="ds-table data-table" data-size="sm" data-testid="seal-settings">
          <thead>
            <tr>
              <th scope="col">{t('sealc.setting')}</th>
              <th scope="col">{t('sealc.value')}</th>
            </tr>
          </thead>
          <tbody>
            {report.settings.map((s) => (
              <tr key={s.name}>
                <td>{s.name}</td>
                <td>{s.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p data-testid="seal-files" data-count={report.files.length}>
          {t('sealc.files', { files })}
        </p>
      </details>
    </div>
  );
}
