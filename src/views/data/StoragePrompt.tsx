import { Button } from '@digdir/designsystemet-react';
import { useSyncExternalStore } from 'react';
import { useCoordinator } from '../../db/DbContext.ts';
import type { StorageError } from '../../imports/import-storage.ts';
import {
  askPersistence,
  fits,
  forgetImport,
  importBytes,
  keepForSession,
  keepImport,
  storageRoom,
} from '../../imports/keep.ts';
import { keptSnapshot, subscribeKept } from '../../imports/kept-store.ts';
import type { PreparedImport, StoredImport } from '../../imports/types.ts';
import { useT } from '../../i18n/i18n.ts';

/** The import panel's stages after "Legg til" that are about keeping the file. */
export type KeepStage =
  | { kind: 'wontFit'; prepared: PreparedImport; need: number; free: number }
  | { kind: 'saveFailed'; stored: StoredImport; reason: string };

type SetStage = (s: KeepStage | { kind: 'landed'; text: string }) => void;
const mb = (bytes: number) => Math.max(0, Math.ceil(bytes / 1e6)).toLocaleString('nb-NO');

/** Checks the room before an import lands, and keeps it after (or for this session only). */
export function useKeepImport(setStage: SetStage) {
  const { t } = useT();
  const coordinator = useCoordinator();
  /** True when the import fits in storage; otherwise says so plainly (the user chooses next). */
  const fitsOrSay = async (p: PreparedImport): Promise<boolean> => {
    const room = await storageRoom();
    const need = importBytes(p);
    if (fits(room, need)) return true;
    setStage({ kind: 'wontFit', prepared: p, need, free: room ? room.quota - room.usage : 0 });
    return false;
  };
  const keep = async (stored: StoredImport, landed: string, session: boolean) => {
    const name = stored.report.fileName;
    if (session) {
      await keepForSession(stored);
      return setStage({
        kind: 'landed',
        text: `${landed} ${t('storage.sessionOutcome', { name })}`,
      });
    }
    const persist = await askPersistence();
    const answer = !persist.asked
      ? ''
      : ` ${t(persist.granted ? 'storage.persistGranted' : 'storage.persistDenied')}`;
    setStage({ kind: 'landed', text: `${landed} ${t('storage.savingNow')}${answer}` });
    try {
      await keepImport(stored);
      setStage({
        kind: 'landed',
        text: `${landed} ${t('storage.savedOutcome', { name })}${answer}`,
      });
    } catch (e) {
      const err = e as StorageError;
      setStage({
        kind: 'saveFailed',
        stored,
        reason: err.quota ? t('storage.quota') : err.message,
      });
    }
  };
  /** The user's choice after a failed save: keep the rows for this session only, or remove them. */
  const settle = async (stored: StoredImport, choice: 'session' | 'remove') => {
    const name = stored.report.fileName;
    const k = keptSnapshot().list.find((x) => x.id === stored.id);
    if (choice === 'session') {
      await keepForSession(k ?? stored);
      setStage({ kind: 'landed', text: t('storage.sessionOutcome', { name }) });
    } else {
      if (k) await forgetImport(coordinator, k);
      setStage({ kind: 'landed', text: t('storage.removedOutcome', { name }) });
    }
  };
  return { fitsOrSay, keep, settle };
}

/** Says plainly when an import will not fit or could not be kept, and offers what can be done. */
export function StoragePrompt({
  stage,
  keep,
  onSessionOnly,
  onDiscard,
}: {
  stage: { kind: string };
  keep: ReturnType<typeof useKeepImport>;
  /** Adds the import for this session only (it will not be kept). */
  onSessionOnly: (p: PreparedImport) => void;
  onDiscard: () => void;
}) {
  const { t } = useT();
  // Re-render as the list changes, so the choice is never offered for an import already settled.
  useSyncExternalStore(subscribeKept, keptSnapshot);
  const s = stage as KeepStage;
  if (s.kind === 'wontFit')
    return (
      <div className="error" role="alert" data-testid="storage-prompt">
        <p>
          {t('storage.wontFit', {
            name: s.prepared.report.fileName,
            need: mb(s.need),
            free: mb(s.free),
          })}
        </p>
        <div className="button-row">
          <Button
            data-size="sm"
            onClick={() => onSessionOnly(s.prepared)}
            data-testid="add-session"
          >
            {t('storage.addSession')}
          </Button>
          <Button data-size="sm" variant="secondary" onClick={onDiscard}>
            {t('import.discard')}
          </Button>
        </div>
      </div>
    );
  if (s.kind === 'saveFailed')
    return (
      <div className="error" role="alert" data-testid="storage-prompt">
        <p>{t('storage.saveFailed', { name: s.stored.report.fileName, reason: s.reason })}</p>
        <div className="button-row">
          <Button
            data-size="sm"
            onClick={() => void keep.settle(s.stored, 'session')}
            data-testid="keep-session"
          >
            {t('storage.keepSession')}
          </Button>
          <Button
            data-size="sm"
            variant="secondary"
            onClick={() => void keep.settle(s.stored, 'remove')}
            data-testid="remove-rows"
          >
            {t('storage.removeRows')}
          </Button>
        </div>
      </div>
    );
  return null;
}
