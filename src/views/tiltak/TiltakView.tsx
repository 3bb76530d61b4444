import { Button, Field, Label, Search, Select, Textfield } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import type { ResultRow } from '../../arrow/to-rows.ts';
import { useCoordinator } from '../../db/DbContext.ts';
import { MEASURE_STATUSES, TABLES } from '../../domain/contract.ts';
import { GroupSelect, LevelSelect } from '../shared/MeasureFilterSelects.tsx';
import type { MeasureRow } from '../../domain/measure-overlay.ts';
import {
  deleteChange,
  overlayChanges,
  putChange,
  type MeasureChange,
} from '../../domain/measure-records.ts';
import { downloadText } from '../../export/csv.ts';
import { parseAssessments, withKeptAssessments } from '../../export/assessments.ts';
import { importAssessments } from '../../state/assessment-store.ts';
import {
  measuresToCsv,
  measuresToIcs,
  measuresToJson,
  parseMeasureFile,
} from '../../export/measures.ts';
import { useT, type MessageKey } from '../../i18n/i18n.ts';
import { useLoad } from '../../state/useLoad.ts';
import type { UrlState } from '../../state/url-state.ts';
import type { Navigate } from '../../state/navigate.ts';
import { filterMeasures, filtersFrom } from './filter.ts';
import { loadTiltak, type TiltakData } from './load.ts';
import { MeasureEditor, type Draft } from './MeasureEditor.tsx';
import { MeasureTable } from './MeasureTable.tsx';
import { importToOverlay } from './import.ts';
import { originalMeasure } from '../../sql/measure-edit.ts';
import { ConflictDialog } from './ConflictDialog.tsx';
import { useMeasureEdits } from './useMeasureEdits.ts';

const PAGE = 25;
const CONTRACT = TABLES.measure.map((c) => c.name);
const contractRow = (r: ResultRow): MeasureRow =>
  Object.fromEntries(CONTRACT.map((c) => [c, r[c] ?? null]));

/** Tiltak: every measure of every plan; search, filter, sort, edit, add, delete (with undo), export and import. */
export function TiltakView({ url, navigate }: { url: UrlState; navigate: Navigate }) {
  const { t, lang } = useT();
  const coordinator = useCoordinator();
  const load = useLoad(loadTiltak, 'tiltak');
  const data = load.data;
  const f = useMemo(() => filtersFrom(url.params), [url.params]);
  const set = (p: Record<string, string>) =>
    navigate({ ...url, params: { ...url.params, page: '', ...p } }, { replace: 'q' in p });
  const edits = useMeasureEdits();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [original, setOriginal] = useState<ResultRow | null>(null);
  const [message, setMessage] = useState<{ text: string; undo?: MeasureChange[] } | null>(null);

  const rows = useMemo(() => (data ? filterMeasures(data.measures, data.links, f) : []), [data, f]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const page = Math.min(pages, Math.max(1, Number(url.params.page) || 1));
  const visible = rows.slice((page - 1) * PAGE, page * PAGE);

  // Each change is written only over the version it was made from; the rest wait in the conflict dialog.
  const commit = async (changes: MeasureChange[], text: string, undoable = false) => {
    try {
      const r = await edits.save(changes);
      if (r.written === 0) return setMessage(null);
      setMessage(undoable ? { text, undo: r.undo } : { text });
    } catch (e) {
      setMessage({
        text: t('tiltak.saveFailed', { message: e instanceof Error ? e.message : String(e) }),
      });
    }
  };
  const exportSet = (d: TiltakData) => ({
    measures: rows.map(contractRow),
    links: d.links.filter((l) => rows.some((r) => r.id === l.measure_id)),
  });
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

  return (
    <section aria-labelledby="view-title" data-testid="view-tiltak" data-load={load.status}>
      <h2 id="view-title" tabIndex={-1}>
        {t('view.tiltak')}
      </h2>
      <p className="view-intro">{t('tiltak.intro')}</p>
      {message && (
        <div className="notice" role="status" data-testid="tiltak-message">
          {message.text}{' '}
          {message.undo && (
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => void commit(message.undo ?? [], t('tiltak.undone'))}
              data-testid="undo"
            >
              {t('tiltak.undo')}
            </Button>
          )}
        </div>
      )}
      <div className="filters">
        <Field>
          <Label>{t('tiltak.search')}</Label>
          <Search>
            <Search.Input
              aria-label={t('tiltak.search')}
              value={f.q}
              onChange={(e) => set({ q: e.target.value })}
              data-testid="measure-search"
            />
            <Search.Clear onClick={() => set({ q: '' })} />
          </Search>
        </Field>
        <Field>
          <Label>{t('trender.place')}</Label>
          <Select
            value={f.geo}
            onChange={(e) => set({ geo: e.target.value, plan: '' })}
            data-testid="tiltak-geo"
          >
            <option value="">{t('tiltak.allPlaces')}</option>
            {[
              ...new Map(
                (data?.plans ?? []).map((p) => [String(p.geo_code), String(p.geo_name)]),
              ).entries(),
            ].map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('dekning.plan')}</Label>
          <Select value={f.plan} onChange={(e) => set({ plan: e.target.value })}>
            <option value="">{t('dekning.allPlans')}</option>
            {(data?.plans ?? [])
              .filter((p) => !f.geo || p.geo_code === f.geo)
              .map((p) => (
                <option key={String(p.id)} value={String(p.id)}>
                  {String(p.title)}
                </option>
              ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('tiltak.col.status')}</Label>
          <Select value={f.status} onChange={(e) => set({ status: e.target.value })}>
            <option value="">{t('tiltak.allStatuses')}</option>
            {MEASURE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}` as MessageKey)}
              </option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label>{t('tiltak.changedOnly')}</Label>
          <Select
            value={f.changed}
            onChange={(e) => set({ changed: e.target.value })}
            data-testid="changed-filter"
          >
            <option value="">{t('tiltak.allMeasures')}</option>
            <option value="1">{t('tiltak.onlyChanged')}</option>
          </Select>
        </Field>
      </div>
      <details className="more-filters" open={Boolean(f.level || f.group || f.theme || f.active)}>
        <summary>{t('tiltak.moreFilters')}</summary>
        <div className="filters">
          <LevelSelect value={f.level} onChange={(v) => set({ level: v })} testId="tiltak-level" />
          <GroupSelect value={f.group} onChange={(v) => set({ group: v })} />
          <Field>
            <Label>{t('trender.theme')}</Label>
            <Select value={f.theme} onChange={(e) => set({ theme: e.target.value })}>
              <option value="">{t('trender.allThemes')}</option>
              {(data?.themes ?? []).map((th) => (
                <option key={String(th.id)} value={String(th.id)}>
                  {String(lang === 'en' ? th.name_en : th.name_nb)}
                </option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('dekning.year')}</Label>
            <Textfield
              type="number"
              aria-label={t('dekning.year')}
              value={f.active}
              onChange={(e) => set({ active: e.target.value })}
            />
          </Field>
        </div>
      </details>
      <div className="button-row">
        <Button
          data-size="sm"
          onClick={() =>
            data &&
            setDraft({
              isNew: true,
              rev: 0,
              base: null,
              links: [],
              measure: {
                id: `egen-${Date.now().toString(36)}`,
                plan_id: String(data.plans.find((p) => !f.geo || p.geo_code === f.geo)?.id ?? ''),
                title: '',
                status: 'planned',
                citation: t('tiltak.ownCitation'),
                goal: null,
                target_groups: null,
                prevention_level: null,
                responsible: null,
                start_year: new Date().getFullYear(),
                due_year: null,
                due_text: null,
                cost_text: null,
              },
            })
          }
          data-testid="add-measure"
        >
          {t('tiltak.add')}
        </Button>
        {data && (
          <>
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => downloadText('tiltak.csv', measuresToCsv(exportSet(data)))}
              data-testid="export-csv"
              // Never export a list that is being read again after a change.
              disabled={load.status !== 'ready'}
            >
              {t('tiltak.exportCsv')}
            </Button>
            <Button
              variant="secondary"
              data-size="sm"
              onClick={async () =>
                downloadText(
                  'tiltak.json',
                  await withKeptAssessments(measuresToJson(exportSet(data))),
                  'application/json',
                )
              }
              data-testid="export-json"
              disabled={load.status !== 'ready'}
            >
              {t('tiltak.exportJson')}
            </Button>
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() =>
                downloadText(
                  'tiltak-frister.ics',
                  measuresToIcs(
                    rows.map((r) => ({ ...contractRow(r), plan_title: r.plan_title ?? null })),
                    stamp,
                  ),
                  'text/calendar',
                )
              }
            >
              {t('tiltak.exportIcs')}
            </Button>
          </>
        )}
        <label className="ds-button file-button" data-variant="secondary" data-size="sm">
          {t('tiltak.import')}
          <input
            type="file"
            accept=".csv,.json,text/csv,application/json"
            className="visually-hidden"
            disabled={!data}
            data-testid="import-measures"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (!file || !data) return;
              const text = await file.text();
              const parsed = parseMeasureFile(text);
              const notes = parseAssessments(text);
              const errors = [...parsed.errors, ...notes.errors];
              if (errors.length > 0) {
                setMessage({
                  text: t('tiltak.importFailed', {
                    name: file.name,
                    errors: errors.slice(0, 5).join('; '),
                  }),
                });
                return;
              }
              const result = importToOverlay(edits.overlay, data, parsed);
              const n = await importAssessments(notes.entries);
              await commit(
                overlayChanges(edits.records, result.overlay),
                t('tiltak.imported', {
                  name: file.name,
                  n: parsed.measures.length,
                  deleted: result.deleted,
                }) + (n > 0 ? ` ${t('assessment.imported', { n })}` : ''),
                true,
              );
            }}
          />
        </label>
      </div>
      <p role="status" className="muted" data-testid="measure-count">
        {t('tiltak.count', { n: rows.length, total: data?.measures.length ?? 0, page, pages })}
      </p>
      <MeasureTable
        rows={visible}
        filters={f}
        sortBy={(k) => set({ sort: k, dir: f.sort === k && f.dir === 'asc' ? 'desc' : 'asc' })}
        onEdit={(r) => {
          if (!data) return;
          setOriginal(null);
          void coordinator
            .query(originalMeasure(String(r.id)))
            .then((o) => setOriginal(o[0] ?? null));
          const id = String(r.id);
          const kept = edits.versionOf(id);
          const shown = {
            measure: contractRow(r),
            links: data.links.filter((l) => l.measure_id === id),
          };
          const from = kept?.measure ? { measure: kept.measure, links: kept.links } : shown;
          setDraft({ isNew: false, ...from, rev: edits.revOf(id), base: from });
        }}
        onDelete={(r) => {
          const id = String(r.id);
          const shown = {
            measure: contractRow(r),
            links: data?.links.filter((l) => l.measure_id === id) ?? [],
          };
          void commit(
            [deleteChange(id, edits.revOf(id), shown)],
            t('tiltak.deleted', { title: String(r.title) }),
            true,
          );
        }}
      />
      {pages > 1 && (
        <nav aria-label={t('tiltak.pages')} className="button-row">
          <Button
            variant="secondary"
            data-size="sm"
            disabled={page <= 1}
            onClick={() => set({ page: String(page - 1) })}
          >
            {t('tiltak.prev')}
          </Button>
          <Button
            variant="secondary"
            data-size="sm"
            disabled={page >= pages}
            onClick={() => set({ page: String(page + 1) })}
            data-testid="next-page"
          >
            {t('tiltak.next')}
          </Button>
        </nav>
      )}
      {draft && data && (
        <MeasureEditor
          draft={draft}
          data={data}
          original={original}
          onClose={() => setDraft(null)}
          onSave={(d) => {
            setDraft(null);
            void commit(
              [putChange(d.measure, d.links, d.rev, d.base)],
              t('tiltak.saved', { title: String(d.measure.title) }),
            );
          }}
        />
      )}
      {edits.conflicts[0] && data && !draft && (
        <ConflictDialog
          key={`${edits.conflicts[0].mine.id}-${edits.conflicts.length}`}
          conflict={edits.conflicts[0]}
          data={data}
          waiting={edits.conflicts.length - 1}
          onKeepMine={() => {
            const c = edits.conflicts[0];
            edits.settle();
            if (c)
              void commit(
                [{ ...c.mine, expectedRev: c.theirs?.rev ?? 0 }],
                t('conflict.kept', { title: String(c.mine.measure?.title ?? c.mine.id) }),
              );
          }}
          onTakeTheirs={() => {
            const c = edits.conflicts[0];
            edits.settle();
            setMessage({
              text: t('conflict.taken', {
                title: String(c?.theirs?.measure?.title ?? c?.mine.measure?.title ?? c?.mine.id),
              }),
            });
          }}
          onEditFurther={(from) => {
            const c = edits.conflicts[0];
            edits.settle();
            if (!c || !from.measure) return;
            setOriginal(null);
            void coordinator
              .query(originalMeasure(c.mine.id))
              .then((o) => setOriginal(o[0] ?? null));
            setDraft({
              isNew: false,
              measure: from.measure,
              links: from.links,
              rev: c.theirs?.rev ?? 0,
              base: c.theirs ? { measure: c.theirs.measure, links: c.theirs.links } : null,
            });
          }}
        />
      )}
    </section>
  );
}
