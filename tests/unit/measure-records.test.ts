import { describe, expect, it } from 'vitest';
import { EMPTY_OVERLAY, type MeasureOverlay } from '../../src/domain/measure-overlay.ts';
import {
  changeToRecord,
  deleteChange,
  fitsRevision,
  overlayChanges,
  overlayToRecords,
  putChange,
  recordsToOverlay,
  undoChanges,
  type MeasureRecord,
} from '../../src/domain/measure-records.ts';
import { conflictRows } from '../../src/views/tiltak/conflict-rows.ts';

const measure = (id: string, responsible: string) => ({
  id,
  plan_id: 'fla-2018',
  title: `Tiltak ${id}`,
  responsible,
  due_text: 'Vår 2026',
  status: 'planned',
});
const AT = '2026-01-01T00:00:00.000Z';

describe('measure records (one per measure, with revisions)', () => {
  const v1: MeasureOverlay = {
    version: 1,
    put: { a: { measure: measure('a', 'Rådmann'), links: [] } },
    deleted: ['b'],
  };

  it('migrates the old blob to one record per measure, and back to the same overlay', () => {
    const records = overlayToRecords(v1, AT, 'migrated');
    expect(records.map((r) => [r.id, r.kind, r.rev])).toEqual([
      ['b', 'deleted', 1],
      ['a', 'put', 1],
    ]);
    expect(recordsToOverlay(records)).toEqual(v1);
  });

  it('an undone edit ("original") adds nothing to the overlay', () => {
    const r = changeToRecord(
      { ...deleteChange('a', 0, null), kind: 'original' },
      undefined,
      AT,
      't',
    );
    expect(recordsToOverlay([r])).toBe(EMPTY_OVERLAY);
  });

  it('a change fits only the revision it was made from', () => {
    const first = changeToRecord(putChange(measure('a', 'X'), [], 0, null), undefined, AT, 't1');
    expect(first.rev).toBe(1);
    expect(first.measure?.due_year).toBe(2026);
    const stale = putChange(measure('a', 'Y'), [], 0, null);
    expect(fitsRevision(first, stale)).toBe(false);
    expect(fitsRevision(first, { ...stale, expectedRev: 1 })).toBe(true);
    expect(fitsRevision(undefined, stale)).toBe(true);
    const second = changeToRecord({ ...stale, expectedRev: 1 }, first, AT, 't2');
    expect([second.rev, second.baseRev]).toEqual([2, 1]);
  });

  it('undo puts back what was replaced, over the revision just written', () => {
    const before = changeToRecord(putChange(measure('a', 'X'), [], 0, null), undefined, AT, 't');
    const written = [
      changeToRecord(deleteChange('a', 1, null), before, AT, 't'),
      changeToRecord(deleteChange('c', 0, null), undefined, AT, 't'),
    ];
    const undo = undoChanges(new Map([['a', before]]), written);
    expect(undo.map((u) => [u.id, u.kind, u.expectedRev, u.measure?.responsible])).toEqual([
      ['a', 'put', 2, 'X'],
      ['c', 'original', 1, undefined],
    ]);
  });

  it('a whole measures file becomes changes only for the measures it changes', () => {
    const known = new Map<string, MeasureRecord>(
      overlayToRecords(v1, AT, 't').map((r) => [r.id, r]),
    );
    const next: MeasureOverlay = {
      version: 1,
      put: {
        a: { measure: measure('a', 'Rådmann'), links: [] },
        d: { measure: measure('d', 'Ny'), links: [] },
      },
      deleted: ['b', 'e'],
    };
    const changes = overlayChanges(known, next);
    expect(changes.map((c) => [c.id, c.kind, c.expectedRev])).toEqual([
      ['e', 'deleted', 0],
      ['d', 'put', 0],
    ]);
  });

  it('the conflict dialog lists both versions field by field, marking what differs', () => {
    const theirs = { measure: measure('a', 'Rådmann'), links: [] };
    const mine = { measure: measure('a', 'Kommuneoverlege'), links: [] };
    const rows = conflictRows(
      theirs,
      mine,
      (_k, v) => (v === undefined ? '–' : String(v)),
      'Slettet',
    );
    const responsible = rows.find((r) => r.key === 'responsible');
    expect(responsible).toMatchObject({
      theirs: 'Rådmann',
      mine: 'Kommuneoverlege',
      differs: true,
    });
    expect(rows.find((r) => r.key === 'title')?.differs).toBe(false);
    const gone = conflictRows({ measure: null, links: [] }, mine, () => 'x', 'Slettet');
    expect(gone.every((r) => r.theirs === 'Slettet' && r.differs)).toBe(true);
  });
});
