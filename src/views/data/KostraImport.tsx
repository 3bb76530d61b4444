import { useState } from 'react';
import { useCoordinator } from '../../db/DbContext.ts';
import { useT, type MessageKey } from '../../i18n/i18n.ts';
import { importKostraFile, type KostraImportResult } from '../../imports/kostra-import.ts';
import { kostraGroups } from '../../sql/kostra.ts';
import { keepKostraFile } from '../../state/kostra-kept.ts';
import { useLoad } from '../../state/useLoad.ts';

/** The Data view's import of SSB's KOSTRA grouping (KLASS 112): groups to compare with. */
export function KostraImport() {
  const { t } = useT();
  const coordinator = useCoordinator();
  const [result, setResult] = useState<KostraImportResult | null>(null);
  const [kept, setKept] = useState(false);
  const [busy, setBusy] = useState(false);
  const groups = useLoad((db) => db.query(kostraGroups()), 'kostra-groups');

  const onFile = async (file: File) => {
    setBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const r = await coordinator.write((tx) => importKostraFile(tx, bytes, file.name));
      setResult(r);
      if (r.ok) {
        setKept(keepKostraFile(r.file, r.text));
        coordinator.invalidate();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="kostra-title" className="panel" data-testid="kostra-import">
      <h3 id="kostra-title">{t('similar.kostra.title')}</h3>
      <p>{t('similar.kostra.intro')}</p>
      <label className="kostra-file">
        {t('similar.kostra.choose')}{' '}
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          data-testid="kostra-file"
          disabled={busy}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void onFile(f);
          }}
        />
      </label>
      {result && !result.ok && (
        <p role="alert" className="error" data-testid="kostra-error">
          {t('similar.kostra.notKlass')}
        </p>
      )}
      {result?.ok && (
        <div role="status" data-testid="kostra-result">
          <p>
            {t('similar.kostra.read', {
              file: result.file,
              groups: result.result.groups.length,
              members: result.result.groups.reduce((n, g) => n + g.members.length, 0),
              shape: t(`similar.kostra.shape.${result.result.shape}` as MessageKey),
              rejected: result.result.rejected.length,
            })}
          </p>
          {result.result.rejected.length > 0 && (
            <ul>
              {result.result.rejected.map((r) => (
                <li key={r.line}>
                  {t('similar.kostra.rejected', {
                    line: r.line,
                    reason: t(`similar.kostra.reason.${r.reason}` as MessageKey),
                    value: r.value,
                  })}
                </li>
              ))}
            </ul>
          )}
          <p data-testid="kostra-kept">
            {t(kept ? 'similar.kostra.kept' : 'similar.kostra.session')}
          </p>
        </div>
      )}
      {(groups.data ?? []).length > 0 && (
        <>
          <p className="panel-title">{t('similar.kostra.list')}</p>
          <ul data-testid="kostra-groups">
            {(groups.data ?? []).map((g) => (
              <li key={g.code}>{g.name}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
