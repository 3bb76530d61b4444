import { useState } from 'react';
import { useCoordinator } from '../../db/DbContext.ts';
import { ingestReason, ingestText, useT } from '../../i18n/i18n.ts';
import { separatorName } from '../../i18n/table-text.ts';
import { openTableInBrowser } from '../../imports/open-table.ts';
import type { TableReport } from '../../ingest/table-report.ts';
import { FileButton } from '../shared/FileButton.tsx';
import { exampleCountSql } from '../../sql/open-table.ts';

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'opened'; report: TableReport }
  | { kind: 'failed'; text: string };

/**
 * "Åpne som tabell": any CSV, TSV or TXT file into a table of its own for the SQL console, read
 * by DuckDB's CSV reader (src/imports/open-table.ts), with its report: header and types, rows,
 * rejected lines with DuckDB's reason, and that the table lives for this session only.
 */
export function OpenTablePanel() {
  const { t, lang } = useT();
  const coordinator = useCoordinator();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  const open = async (file: File) => {
    setStage({ kind: 'reading', fileName: file.name });
    const r = await openTableInBrowser(coordinator, file).catch((e: unknown) => ({
      ok: false as const,
      error: e instanceof Error ? e.message : String(e),
    }));
    if (r.ok) setStage({ kind: 'opened', report: r.report });
    else
      setStage({
        kind: 'failed',
        text: t('table.failed', {
          reason: 'reason' in r ? ingestReason(lang, r.reason) : `DuckDB: ${r.error}`,
        }),
      });
  };

  return (
    <section aria-labelledby="open-table-title" className="panel" data-testid="open-table">
      <h3 id="open-table-title">{t('table.title')}</h3>
      <p className="view-intro">{t('table.intro')}</p>
      <FileButton
        label={t('table.choose')}
        testId="open-table-file"
        accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
        disabled={stage.kind === 'reading'}
        onFile={(f) => void open(f)}
      />
      {stage.kind === 'reading' && (
        <p role="status">{t('table.reading', { file: stage.fileName })}</p>
      )}
      {stage.kind === 'failed' && (
        <p role="alert" className="error" data-testid="open-table-error">
          {stage.text}
        </p>
      )}
      {stage.kind === 'opened' && <OpenTableReport report={stage.report} />}
    </section>
  );
}

/** The report of one file opened as a table. */
function OpenTableReport({ report: r }: { report: TableReport }) {
  const { t, lang } = useT();
  const decoded = r.encoding !== 'utf-8' && r.encoding !== 'utf-8-bom';
  const query = exampleCountSql(r.table);
  return (
    <div className="import-report" data-testid="open-table-report" data-table={r.table}>
      <p role="status">
        {t('table.opened', { file: r.fileName, table: r.table })} {t('table.session')}
      </p>
      <dl className="facts">
        <dt>{t('table.table')}</dt>
        <dd>
          <code data-testid="open-table-name">{r.table}</code>
        </dd>
        <dt>{t('table.encoding')}</dt>
        <dd>
          {t('table.encodingValue', {
            encoding: r.encoding,
            sep: separatorName(r.separator),
            decimal: r.decimal,
          })}
          {decoded && ` (${t('table.decoded')})`}
        </dd>
        <dt>{t('table.rows')}</dt>
        <dd data-testid="open-table-counts">
          {t('table.rowsValue', { rows: r.rows, rejected: r.rejectedLines })}
        </dd>
      </dl>
      <p>{t('table.headerLine', { line: r.headerLine })}</p>
      {r.notes.length > 0 && (
        <ul>
          {r.notes.map((n, i) => (
            <li key={i}>{ingestText(lang, n)}</li>
          ))}
        </ul>
      )}
      <div className="table-scroll" role="region" aria-labelledby="open-table-columns" tabIndex={0}>
        <table className="ds-table data-table" data-size="sm" data-testid="open-table-columns">
          <caption id="open-table-columns">{t('table.columns', { n: r.columns.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.column')}</th>
              <th scope="col">{t('table.type')}</th>
            </tr>
          </thead>
          <tbody>
            {r.columns.map((c) => (
              <tr key={c.name}>
                <td>{c.name}</td>
                <td>
                  <code>{c.type}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4 id="open-table-rejects">{t('table.rejected')}</h4>
      {r.rejects.length === 0 ? (
        <p>{t('table.noRejects')}</p>
      ) : (
        <div
          className="table-scroll"
          role="region"
          aria-labelledby="open-table-rejects"
          tabIndex={0}
        >
          <table className="ds-table data-table" data-size="sm" data-testid="open-table-rejects">
            <thead>
              <tr>
                <th scope="col">{t('table.line')}</th>
                <th scope="col">{t('table.column')}</th>
                <th scope="col">{t('table.reason')}</th>
                <th scope="col">{t('table.lineText')}</th>
              </tr>
            </thead>
            <tbody>
              {r.rejects.map((x, i) => (
                <tr key={i}>
                  <td className="num">{x.line}</td>
                  <td>{x.column ?? ''}</td>
                  <td>
                    <code>
                      {x.kind}
                      {x.message ? `: ${x.message}` : ''}
                    </code>
                  </td>
                  <td>
                    <code>{x.text ?? ''}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>{t('table.kept')}</p>
      <p>{t('table.typesNote')}</p>
      <p>
        {t('table.query')} <code>{query}</code>
      </p>
    </div>
  );
}
