import { Button } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { splitList } from '../../domain/coverage.ts';
import type { MeasureConflict, MeasureVersion } from '../../domain/measure-records.ts';
import { localeOf, translateMaybe, useT } from '../../i18n/i18n.ts';
import { conflictRows } from './conflict-rows.ts';
import { loadPlanVersion, type TiltakData } from '../../queries/tiltak.ts';
import type { LinkRow } from '../../sql/rows.ts';
import { useLoad } from '../../state/useLoad.ts';

/** A version as the dialog shows it: its content, or the plan's own where it stands for that. */
function useVersion(
  id: string,
  v: MeasureVersion | null,
  plansOwn: boolean,
): MeasureVersion | null {
  const plan = useLoad((db) => loadPlanVersion(db, plansOwn ? id : null), `plan:${plansOwn}:${id}`);
  return plansOwn ? plan.data : v;
}

/**
 * Shown when a save meets a version of the measure written elsewhere (another tab or window) since
 * the editor opened: both versions field by field, and the choice of keeping mine, taking theirs,
 * or editing further. Nothing is written until the user chooses.
 */
export function ConflictDialog({
  conflict,
  data,
  waiting,
  onKeepMine,
  onTakeTheirs,
  onEditFurther,
}: {
  conflict: MeasureConflict;
  data: TiltakData;
  /** How many more conflicts wait after this one. */
  waiting: number;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  /** Opens the editor on `from` (mine, or theirs when mine was a delete), saving over theirs. */
  onEditFurther: (from: MeasureVersion) => void;
}) {
  const { t, lang } = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const id = conflict.mine.id;
  const record = conflict.theirs;
  // No record, or an undone edit ('original'), stands for the plan's own version.
  const theirs = useVersion(id, record, !record || record.kind === 'original');
  const mine = useVersion(id, conflict.mine, conflict.mine.kind === 'original');
  useEffect(() => {
    if (!ref.current?.open) ref.current?.showModal();
  }, []);
  const word = (prefix: string, v: string) => translateMaybe(lang, `${prefix}.${v}`) ?? v;
  const names = (links: LinkRow[], kind: 'themes' | 'indicators') =>
    kind === 'themes'
      ? links
          .filter((l) => l.theme_id && !l.indicator_id)
          .map((l) => {
            const th = data.themes.find((x) => x.id === l.theme_id);
            return (lang === 'en' ? th?.name_en : th?.name_nb) ?? l.theme_id ?? '';
          })
      : links
          .filter((l) => l.indicator_id)
          .map((l) => {
            const i = data.indicators.find((x) => x.id === l.indicator_id);
            const name = (lang === 'en' ? i?.name_en : i?.name_nb) ?? l.indicator_id ?? '';
            return `${name} (${word('direction', l.expected_direction)})`;
          });
  const describe = (key: string, value: unknown): string => {
    if (key === 'themes' || key === 'indicators')
      return (
        names(value as LinkRow[], key)
          .sort()
          .join(', ') || '–'
      );
    if (value === null || value === undefined || value === '') return '–';
    if (key === 'status') return word('status', String(value));
    if (key === 'prevention_level')
      return splitList(String(value))
        .map((v) => word('prevention', v))
        .join(', ');
    if (key === 'target_groups')
      return splitList(String(value))
        .map((v) => word('group', v))
        .join(', ');
    return String(value);
  };
  const title = String(mine?.measure?.title ?? theirs?.measure?.title ?? id);
  const when = conflict.theirs?.updatedAt
    ? new Date(conflict.theirs.updatedAt).toLocaleString(localeOf(lang))
    : '–';
  const rows = theirs && mine ? conflictRows(theirs, mine, describe, t('conflict.deleted')) : [];
  const editFrom = mine?.measure ? mine : theirs;
  return (
    <dialog
      ref={ref}
      className="editor conflict"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-intro"
      data-testid="conflict-dialog"
      // Esc is not a choice that drops an edit: it edits further from mine (or keeps theirs for a delete).
      onCancel={(e) => {
        e.preventDefault();
        if (mine?.measure) onEditFurther(mine);
        else onTakeTheirs();
      }}
    >
      <h3 id="conflict-title">{t('conflict.title')}</h3>
      <p id="conflict-intro">{t('conflict.intro', { title, when })}</p>
      {waiting > 0 && <p className="muted">{t('conflict.more', { n: waiting })}</p>}
      <div className="table-scroll">
        <table className="ds-table data-table conflict-table" data-size="sm">
          <caption className="visually-hidden">{t('conflict.caption', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
              <th scope="col">{t('conflict.mine')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.key}
                className={r.differs ? 'differs' : undefined}
                data-testid={`conflict-row-${r.key}`}
                data-differs={r.differs}
              >
                <th scope="row">
                  {t(r.label)}
                  {r.differs && <span className="differs-mark"> ({t('conflict.differs')})</span>}
                </th>
                <td data-testid="theirs">{r.theirs}</td>
                <td data-testid="mine">{r.mine}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <Button data-size="sm" onClick={onKeepMine} data-testid="conflict-keep-mine">
          {t('conflict.keepMine')}
        </Button>
        <Button
          data-size="sm"
          variant="secondary"
          onClick={onTakeTheirs}
          data-testid="conflict-take-theirs"
        >
          {t('conflict.takeTheirs')}
        </Button>
        {editFrom?.measure && (
          <Button
            data-size="sm"
            variant="secondary"
            onClick={() => onEditFurther(editFrom)}
            data-testid="conflict-edit"
          >
            {t('conflict.editFurther')}
          </Button>
        )}
      </div>
    </dialog>
  );
}
