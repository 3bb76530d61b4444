import { Button } from '@digdir/designsystemet-react';
import { useSyncExternalStore } from 'react';
import { useCoordinator } from '../../db/DbContext.ts';
import { forgetImport } from '../../imports/keep.ts';
import { keptSnapshot, subscribeKept } from '../../imports/kept-store.ts';
import { useT } from '../../i18n/i18n.ts';
import { ImportStorageStatus, StorageLine } from './ImportStorageStatus.tsx';

/** The imports this browser knows of, each with what became of it (kept, saving, session only, …). */
export function KeptImports() {
  const { t } = useT();
  const coordinator = useCoordinator();
  const { list, progress } = useSyncExternalStore(subscribeKept, keptSnapshot);
  return (
    <>
      <h4>{t('import.kept')}</h4>
      <StorageLine version={list} />
      {list.length === 0 ? (
        <p className="muted">{t('import.none')}</p>
      ) : (
        <ul className="kept-imports" data-testid="kept-imports">
          {list.map((k) => (
            <li key={k.id} data-testid={`kept-${k.report.fileName}`}>
              <strong>{k.report.fileName}</strong> —{' '}
              {t('import.keptLine', {
                rows: k.report.rowsKept,
                when: k.importedAt.slice(0, 16).replace('T', ' '),
                sha: k.report.sha256.slice(0, 12),
              })}{' '}
              <ImportStorageStatus k={k} progress={progress.get(k.id)} />{' '}
              {k.state !== 'saving' && (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => void forgetImport(coordinator, k)}
                  aria-label={t(
                    k.state === 'gone' ? 'storage.dismissLabel' : 'import.removeLabel',
                    {
                      name: k.report.fileName,
                    },
                  )}
                >
                  {t(k.state === 'gone' ? 'storage.dismiss' : 'import.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
