import { useState } from 'react';
import type { MeasureRow } from '../../domain/measure-overlay.ts';
import {
  deleteChange,
  overlayChanges,
  putChange,
  type MeasureChange,
  type MeasureVersion,
} from '../../domain/measure-records.ts';
import { parseMeasureFile } from '../../export/measures.ts';
import { parseAssessments } from '../../export/assessments.ts';
import { importAssessments } from '../../state/assessment-store.ts';
import { useT } from '../../i18n/i18n.ts';
import { loadOriginalMeasure, type TiltakData } from '../../queries/tiltak.ts';
import type { MeasureListRow } from '../../sql/rows.ts';
import { useLoad } from '../../state/useLoad.ts';
import { contractRow } from './export-set.ts';
import { importToOverlay } from './import.ts';
import type { Draft } from './MeasureEditor.tsx';
import { useMeasureEdits } from './useMeasureEdits.ts';

/** A notice after a change, with the changes that undo it when it can be undone. */
export interface OverlayMessage {
  text: string;
  undo?: MeasureChange[];
}

/**
 * The user's measure edits as Tiltak makes them: the draft in the editor (with the plan's own
 * version beside it), saves that never overwrite a newer version unseen, deletes and imports with
 * undo, and the conflict queue's choices.
 */
export function useMeasureOverlay(data: TiltakData | null, geo: string) {
  const { t } = useT();
  const edits = useMeasureEdits();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<OverlayMessage | null>(null);
  const originalId = draft && !draft.isNew ? String(draft.measure.id) : null;
  const originalLoad = useLoad(
    (db) => loadOriginalMeasure(db, originalId),
    `original:${originalId ?? ''}`,
  );
  // Never the previous measure's original while this one's loads.
  const original = originalLoad.status === 'ready' ? originalLoad.data : null;

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
  const shown = (r: MeasureListRow): MeasureVersion => ({
    measure: contractRow(r),
    links: data?.links.filter((l) => l.measure_id === r.id) ?? [],
  });

  const startNew = () => {
    if (!data) return;
    const measure: MeasureRow = {
      id: `egen-${Date.now().toString(36)}`,
      plan_id: data.plans.find((p) => !geo || p.geo_code === geo)?.id ?? '',
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
    };
    setDraft({ isNew: true, rev: 0, base: null, links: [], measure });
  };
  const startEdit = (r: MeasureListRow) => {
    const kept = edits.versionOf(r.id);
    const from = kept?.measure ? { measure: kept.measure, links: kept.links } : shown(r);
    setDraft({
      isNew: false,
      measure: from.measure ?? contractRow(r),
      links: from.links,
      rev: edits.revOf(r.id),
      base: from,
    });
  };
  const remove = (r: MeasureListRow) =>
    void commit(
      [deleteChange(r.id, edits.revOf(r.id), shown(r))],
      t('tiltak.deleted', { title: r.title }),
      true,
    );
  const save = (d: Draft) => {
    setDraft(null);
    void commit(
      [putChange(d.measure, d.links, d.rev, d.base)],
      t('tiltak.saved', { title: String(d.measure.title) }),
    );
  };
  const importFile = async (file: File) => {
    if (!data) return;
    const text = await file.text();
    const parsed = parseMeasureFile(text);
    const notes = parseAssessments(text);
    const errors = [...parsed.errors, ...notes.errors];
    if (errors.length > 0)
      return setMessage({
        text: t('tiltak.importFailed', { name: file.name, errors: errors.slice(0, 5).join('; ') }),
      });
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
  };

  const conflict = edits.conflicts[0] ?? null;
  const keepMine = () => {
    edits.settle();
    if (conflict)
      void commit(
        [{ ...conflict.mine, expectedRev: conflict.theirs?.rev ?? 0 }],
        t('conflict.kept', { title: String(conflict.mine.measure?.title ?? conflict.mine.id) }),
      );
  };
  const takeTheirs = () => {
    edits.settle();
    const c = conflict;
    setMessage({
      text: t('conflict.taken', {
        title: String(c?.theirs?.measure?.title ?? c?.mine.measure?.title ?? c?.mine.id),
      }),
    });
  };
  const editFurther = (from: MeasureVersion) => {
    edits.settle();
    if (!conflict || !from.measure) return;
    const theirs = conflict.theirs;
    setDraft({
      isNew: false,
      measure: from.measure,
      links: from.links,
      rev: theirs?.rev ?? 0,
      base: theirs ? { measure: theirs.measure, links: theirs.links } : null,
    });
  };

  return {
    draft,
    closeDraft: () => setDraft(null),
    original,
    message,
    undo: (changes: MeasureChange[]) => void commit(changes, t('tiltak.undone')),
    conflict,
    waiting: Math.max(0, edits.conflicts.length - 1),
    conflicts: edits.conflicts.length,
    startNew,
    startEdit,
    remove,
    save,
    importFile,
    keepMine,
    takeTheirs,
    editFurther,
  };
}
