import { useEffect, useState } from 'react';
import type { KeptImport } from '../../imports/kept-types.ts';
import { storageRoom } from '../../imports/keep.ts';
import { useT } from '../../i18n/i18n.ts';
import { TAB_ID } from '../../state/tab-id.ts';

const mb = (bytes: number) => (bytes / 1e6).toLocaleString('nb-NO', { maximumFractionDigits: 1 });

/** What the import list says of one file: kept / saving n % / this session only / failed / gone. */
export function ImportStorageStatus({ k, progress }: { k: KeptImport; progress?: number }) {
  const { t } = useT();
  const mine = k.tab === TAB_ID;
  let text: string;
  if (k.state === 'kept')
    text = t('storage.kept', {
      mb: mb(k.bytesStored),
      where: t(k.backend === 'idb' ? 'storage.idb' : 'storage.opfs'),
    });
  else if (k.state === 'saving')
    text = mine
      ? t('storage.saving', { pct: Math.floor((progress ?? 0) * 100) })
      : t('storage.savingElsewhere');
  else if (k.state === 'session') text = t(mine ? 'storage.session' : 'storage.sessionElsewhere');
  else if (k.state === 'failed') text = t('storage.failed', { message: k.error ?? '' });
  else
    text = t(
      k.goneReason === 'interrupted'
        ? 'storage.goneInterrupted'
        : k.goneReason === 'failed'
          ? 'storage.goneFailed'
          : 'storage.goneSession',
    );
  return (
    <span className={`kept-state kept-${k.state}`} data-testid="kept-state" data-state={k.state}>
      {text}
      {k.state === 'saving' && progress !== undefined && (
        <progress
          max={1}
          value={progress}
          aria-label={t('storage.progressLabel', { name: k.report.fileName })}
        />
      )}
    </span>
  );
}

/** Whether this site's storage is persistent, and how much it uses of what it may. */
export function StorageLine({ version }: { version: unknown }) {
  const { t, lang } = useT();
  const [line, setLine] = useState('');
  useEffect(() => {
    let live = true;
    void (async () => {
      const persisted =
        typeof navigator.storage?.persisted === 'function'
          ? await navigator.storage.persisted().catch(() => null)
          : null;
      const room = await storageRoom();
      const p = t(
        persisted === true
          ? 'storage.persistGranted'
          : persisted === false
            ? 'storage.persistDenied'
            : 'storage.persistUnknown',
      );
      const r = room
        ? ` ${t('storage.room', { usage: mb(room.usage), quota: mb(room.quota) })}`
        : '';
      if (live) setLine(p + r);
    })();
    return () => {
      live = false;
    };
    // `t` follows `lang`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang, version]);
  return (
    <p className="muted" data-testid="storage-line">
      {line}
    </p>
  );
}
