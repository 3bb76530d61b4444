import { KostraImport } from './KostraImport.tsx';
import { useT } from '../../i18n/i18n.ts';
import { useLoad } from '../../state/useLoad.ts';
import { loadDataView } from '../../queries/data-view.ts';
import { SqlConsole } from './SqlConsole.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { OpenTablePanel } from './OpenTablePanel.tsx';
import { ViewSection, LoadError } from '../shared/ViewHeader.tsx';

/** Data: the loaded sources with provenance, the contract tables, and the SQL console. */
export function DataView() {
  const { t } = useT();
  const load = useLoad(loadDataView, 'data');
  const data = load.data;
  return (
    <ViewSection name="data" load={load} title="view.data">
      <LoadError load={load} />
      <ImportPanel />
      <KostraImport />
      <section aria-labelledby="sources-title" className="panel">
        <h3 id="sources-title">{t('data.sources')}</h3>
        <div className="table-scroll" role="region" aria-labelledby="sources-title" tabIndex={0}>
          <table className="ds-table data-table" data-size="sm" data-testid="source-table">
            <thead>
              <tr>
                <th scope="col">{t('data.source')}</th>
                <th scope="col">{t('data.publisher')}</th>
                <th scope="col">{t('data.citation')}</th>
                <th scope="col">{t('data.file')}</th>
                <th scope="col">{t('data.kept')}</th>
                <th scope="col">{t('data.rejected')}</th>
              </tr>
            </thead>
            <tbody>
              {(data?.sources ?? []).map((s) => (
                <tr key={String(s.id)} id={`source-${String(s.id)}`}>
                  <td>{String(s.title)}</td>
                  <td>{String(s.publisher)}</td>
                  <td>{s.citation === null ? '' : String(s.citation)}</td>
                  <td>
                    {s.file_name === null ? '' : String(s.file_name)}
                    {s.sha256 !== null && (
                      <div className="mono" title={String(s.sha256)}>
                        sha256 {String(s.sha256).slice(0, 12)}…
                      </div>
                    )}
                    {s.retrieved !== null && (
                      <div>{t('data.retrieved', { date: String(s.retrieved) })}</div>
                    )}
                  </td>
                  <td className="num">{String(s.rows_kept ?? '')}</td>
                  <td className="num">{String(s.rows_rejected ?? '')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="tables-title" className="panel">
        <h3 id="tables-title">{t('data.tables')}</h3>
        <ul className="table-counts">
          {(data?.tables ?? []).map((r) => (
            <li key={String(r.table_name)}>
              <code>{String(r.table_name)}</code>: {String(r.n)} {t('data.rowsWord')}
            </li>
          ))}
        </ul>
      </section>
      <OpenTablePanel />
      <SqlConsole />
    </ViewSection>
  );
}
