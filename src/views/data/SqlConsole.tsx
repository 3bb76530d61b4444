import { Button, Field, Label, Textarea } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useState } from 'react';
import type { ResultRow } from '../../arrow/to-rows.ts';
import { hasConsole, type ConsoleConnector } from '../../db/connector.ts';
import { useCoordinator } from '../../db/DbContext.ts';
import type { SealReport } from '../../db/seal.ts';
import { downloadText, toCsv } from '../../export/csv.ts';
import { useT } from '../../i18n/i18n.ts';
import { CONSOLE_EXAMPLE } from '../../sql/console.ts';
import { consoleMessage, type ConsoleMessage } from './console-message.ts';
import { SealPanel } from './SealPanel.tsx';

const SHOW_MAX = 500;

type Result = { columns: string[]; rows: ResultRow[]; ms: number };

/**
 * A read-only SQL console over the app's sealed DuckDB; results as a table and as CSV. Which
 * statements run is decided by DuckDB's own parse in src/db/console-guard.ts; this view only shows
 * the result, or the refusal in words with what is allowed.
 */
export function SqlConsole() {
  const { t } = useT();
  const coordinator = useCoordinator();
  const [sql, setSql] = useState(CONSOLE_EXAMPLE);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<ConsoleMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [seal, setSeal] = useState<SealReport | null>(null);
  /** Statements run so far (done or failed), so tests can wait for the next answer. */
  const [runs, setRuns] = useState(0);

  const liveConsole = useCallback(async (): Promise<ConsoleConnector> => {
    const c = await coordinator.live();
    if (!hasConsole(c)) throw new Error('console unavailable');
    return c;
  }, [coordinator]);

  const refreshSeal = useCallback(
    () =>
      liveConsole()
        .then((c) => c.sealReport())
        .then(setSeal)
        .catch(() => setSeal(null)),
    [liveConsole],
  );

  useEffect(() => {
    void refreshSeal();
  }, [refreshSeal]);

  const run = async () => {
    setError(null);
    setResult(null);
    setBusy(true);
    const t0 = performance.now();
    try {
      const r = await (await liveConsole()).runReadOnly(sql);
      setResult({ ...r, ms: Math.round(performance.now() - t0) });
    } catch (e) {
      setResult(null);
      setError(consoleMessage(e, t));
    } finally {
      setBusy(false);
      setRuns((n) => n + 1);
      void refreshSeal();
    }
  };

  return (
    <section
      aria-labelledby="console-title"
      className="panel"
      data-testid="sql-console"
      data-runs={runs}
    >
      <h3 id="console-title">{t('console.title')}</h3>
      <p className="view-intro">{t('console.intro')}</p>
      <SealPanel report={seal} />
      <Field>
        <Label>{t('console.label')}</Label>
        <Textarea
          rows={6}
          value={sql}
          spellCheck={false}
          className="sql-input"
          data-testid="sql-input"
          onChange={(e) => setSql(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void run();
          }}
        />
      </Field>
      <div className="button-row">
        <Button onClick={() => void run()} disabled={busy} data-size="sm" data-testid="sql-run">
          {t('console.run')}
        </Button>
        {result && (
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() =>
              downloadText('oversikt-sporring.csv', toCsv(result.columns, result.rows))
            }
          >
            {t('console.exportCsv')}
          </Button>
        )}
      </div>
      {error && (
        <div className="error" role="alert" data-testid="sql-error" data-kind={error.kind}>
          <p>{error.text}</p>
          {error.detail && <p data-testid="sql-error-detail">{error.detail}</p>}
        </div>
      )}
      {result && (
        <div className="table-scroll" role="region" aria-label={t('console.result')} tabIndex={0}>
          <p role="status" data-testid="sql-status">
            {t('console.rows', { n: result.rows.length, ms: result.ms })}
            {result.rows.length > SHOW_MAX && ` ${t('console.truncated', { n: SHOW_MAX })}`}
          </p>
          <table className="ds-table data-table" data-size="sm" data-testid="sql-result">
            <thead>
              <tr>
                {result.columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.rows.slice(0, SHOW_MAX).map((r, i) => (
                <tr key={i}>
                  {result.columns.map((c) => (
                    <td key={c} className={typeof r[c] === 'number' ? 'num' : undefined}>
                      {r[c] === null ? '∅' : String(r[c])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
