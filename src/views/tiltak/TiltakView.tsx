import { Button } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n.ts';
import { loadTiltak } from '../../queries/tiltak.ts';
import type { Navigate } from '../../state/navigate.ts';
import type { UrlState } from '../../state/url-state.ts';
import { useLoad } from '../../state/useLoad.ts';
import { ConflictDialog } from './ConflictDialog.tsx';
import { filterMeasures, filtersFrom } from './filter.ts';
import { MeasureEditor } from './MeasureEditor.tsx';
import { MeasureTable } from './MeasureTable.tsx';
import { TiltakFileActions } from './TiltakFileActions.tsx';
import { PAGE, pageOf, TiltakPager } from './TiltakPager.tsx';
import { TiltakToolbar } from './TiltakToolbar.tsx';
import { useMeasureOverlay } from './useMeasureOverlay.ts';
import { ViewSection, LoadError } from '../shared/ViewHeader.tsx';

/** Tiltak: every measure of every plan; search, filter, sort, edit, add, delete (with undo), export and import. */
export function TiltakView({ url, navigate }: { url: UrlState; navigate: Navigate }) {
  const { t } = useT();
  const load = useLoad(loadTiltak, 'tiltak');
  const data = load.data;
  const f = useMemo(() => filtersFrom(url.params), [url.params]);
  const set = (p: Record<string, string>) =>
    navigate({ ...url, params: { ...url.params, page: '', ...p } }, { replace: 'q' in p });
  const o = useMeasureOverlay(data, f.geo);

  const rows = useMemo(() => (data ? filterMeasures(data.measures, data.links, f) : []), [data, f]);
  const { page, pages } = pageOf(url.params.page, rows.length);
  const visible = rows.slice((page - 1) * PAGE, page * PAGE);

  return (
    <ViewSection name="tiltak" load={load} title="view.tiltak">
      <LoadError load={load} testId="tiltak-error" />
      {o.message && (
        <div className="notice" role="status" data-testid="tiltak-message">
          {o.message.text}{' '}
          {o.message.undo && (
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => o.undo(o.message?.undo ?? [])}
              data-testid="undo"
            >
              {t('tiltak.undo')}
            </Button>
          )}
        </div>
      )}
      <TiltakToolbar f={f} data={data} set={set} />
      <div className="button-row">
        <Button data-size="sm" onClick={o.startNew} data-testid="add-measure">
          {t('tiltak.add')}
        </Button>
        <TiltakFileActions
          data={data}
          rows={rows}
          ready={load.status === 'ready'}
          onImport={(file) => void o.importFile(file)}
        />
      </div>
      <p role="status" className="muted" data-testid="measure-count">
        {t('tiltak.count', { n: rows.length, total: data?.measures.length ?? 0, page, pages })}
      </p>
      <MeasureTable
        rows={visible}
        filters={f}
        sortBy={(k) => set({ sort: k, dir: f.sort === k && f.dir === 'asc' ? 'desc' : 'asc' })}
        onEdit={o.startEdit}
        onDelete={o.remove}
      />
      <TiltakPager page={page} pages={pages} go={(p) => set({ page: String(p) })} />
      {o.draft && data && (
        <MeasureEditor
          draft={o.draft}
          data={data}
          original={o.original}
          onClose={o.closeDraft}
          onSave={o.save}
        />
      )}
      {o.conflict && data && !o.draft && (
        <ConflictDialog
          key={`${o.conflict.mine.id}-${o.conflicts}`}
          conflict={o.conflict}
          data={data}
          waiting={o.waiting}
          onKeepMine={o.keepMine}
          onTakeTheirs={o.takeTheirs}
          onEditFurther={o.editFurther}
        />
      )}
    </ViewSection>
  );
}
