/** Collects the counts, rejections, unreadable lines and notes of an import while it runs. */
import { formatPeriod, type Period } from '../domain/period.ts';
import type { Unreadable } from './csv.ts';
import { own } from './memo.ts';
import { kindOf, msg, type IngestMessage, type MessageParam } from './messages.ts';
import { clip } from './numbers.ts';
import type { IngestReport } from './report.ts';
import type { Rejection } from './types.ts';

const MAX_REJECTIONS = 1000;
const MAX_NOTES = 200;
const MAX_RANGES = 100;

/** A message whose text parameters no longer point into the file's chunks. */
function owned(m: IngestMessage): IngestMessage {
  if (!m.params) return { code: m.code };
  const own1 = (v: MessageParam): MessageParam =>
    typeof v === 'string'
      ? own(v)
      : Array.isArray(v)
        ? v.map(own1)
        : typeof v === 'object'
          ? owned(v as IngestMessage)
          : v;
  return {
    code: m.code,
    params: Object.fromEntries(Object.entries(m.params).map(([k, v]) => [k, own1(v)])),
  };
}

/** A rejection as the report keeps it: its texts owned, the cell clipped. */
function entry(r: Rejection): Rejection {
  const out: Rejection = { row: r.row, ...owned(r) };
  if (r.column !== undefined) out.column = own(r.column);
  if (r.value !== undefined) out.value = own(clip(r.value, 120));
  return out;
}

/** Counts a place text in a map. */
function bump<V extends { rows: number }>(
  map: Map<string, V>,
  text: string,
  init: () => V,
  rows = 1,
): void {
  let v = map.get(text);
  if (!v) {
    v = init();
    map.set(own(text), v);
  }
  v.rows += rows;
}

/** Collects counts, rejections and notes while an import runs. */
export class ReportBuilder {
  read = 0;
  kept = 0;
  dropped = 0;
  duplicates = 0;
  rejected = 0;
  unreadableLines = 0;
  readonly unreadable: Unreadable[] = [];
  readonly statuses = { ok: 0, suppressed: 0, missing: 0 };
  readonly rejections: Rejection[] = [];
  readonly byReason: Record<string, number> = {};
  readonly notes: IngestMessage[] = [];
  private readonly noteSet = new Set<string>();
  readonly covered = new Set<string>();
  /** Period objects seen (the caller caches one object per period text, so this stays small). */
  private readonly periodSet = new Set<Period>();
  private readonly byName = new Map<string, { code: string; rows: number }>();
  private readonly carried = new Map<string, { chain: string[]; rows: number }>();
  private readonly droppedPlaces = new Map<string, { rows: number }>();
  private readonly unknown = new Map<string, { reason: IngestMessage; rows: number }>();

  /** Records a rejected row (the first 1 000 in full, all in the counts). */
  reject(r: Rejection): void {
    this.rejected++;
    const kind = kindOf(r.code);
    this.byReason[kind] = (this.byReason[kind] ?? 0) + 1;
    if (this.rejections.length < MAX_REJECTIONS) this.rejections.push(entry(r));
  }

  /**
   * Records `total` rejected rows of one kind found apart from the others (repeats found in SQL),
   * given the first of them (up to 1 000, in row order): counted as `reject` counts, and the kept
   * list stays the first 1 000 by row of all rejections.
   */
  rejectApart(first: readonly Rejection[], total: number): void {
    const one = first[0];
    if (!one || total === 0) return;
    this.rejected += total;
    const kind = kindOf(one.code);
    this.byReason[kind] = (this.byReason[kind] ?? 0) + total;
    const added = first.slice(0, MAX_REJECTIONS).map(entry);
    const merged = [...this.rejections, ...added].sort((a, b) => a.row - b.row);
    this.rejections.length = 0;
    this.rejections.push(...merged.slice(0, MAX_REJECTIONS));
  }

  /** Records lines that could not be read; they count as read and as unreadable. */
  addUnreadable(u: Unreadable): void {
    const lines = u.to - u.from + 1;
    this.read += lines;
    this.unreadableLines += lines;
    const last = this.unreadable.at(-1);
    if (last && last.to + 1 === u.from && last.reason.code === u.reason.code) last.to = u.to;
    else if (this.unreadable.length < MAX_RANGES) this.unreadable.push({ ...u });
  }

  /** Adds a note once. */
  note(m: IngestMessage): void {
    const key = JSON.stringify(m);
    if (this.noteSet.has(key) || this.notes.length >= MAX_NOTES) return;
    this.noteSet.add(key);
    this.notes.push(owned(m));
  }

  /** Records a kept period. */
  period(p: Period): void {
    this.periodSet.add(p);
  }

  countDropped(text: string): void {
    bump(this.droppedPlaces, text, () => ({ rows: 0 }));
  }

  countUnknown(text: string, reason: IngestMessage): void {
    bump(this.unknown, text, () => ({ reason: owned(reason), rows: 0 }));
  }

  countByName(text: string, code: string, note?: IngestMessage, rows = 1): void {
    bump(this.byName, text, () => ({ code, rows: 0 }), rows);
    if (note) this.note(note);
  }

  countCarried(text: string, chain: string[], rows = 1): void {
    bump(this.carried, text, () => ({ chain, rows: 0 }), rows);
  }

  /** Turns the collected facts into the place part of the report, and notes for carried/dropped. */
  places(added: string[]): IngestReport['places'] {
    const carried = [...this.carried.entries()].map(([text, v]) => ({
      text: clip(text),
      rows: v.rows,
      chain: v.chain,
    }));
    for (const c of carried)
      this.note(
        msg('note.carried', {
          place: c.text,
          to: c.chain.at(-1) ?? '',
          chain: c.chain,
          rows: c.rows,
        }),
      );
    const dropped = [...this.droppedPlaces.entries()].map(([text, v]) => ({
      text: clip(text),
      rows: v.rows,
    }));
    for (const d of dropped) this.note(msg('note.dropped', { place: d.text, rows: d.rows }));
    return {
      covered: [...this.covered].sort(),
      byName: [...this.byName.entries()].map(([text, v]) => ({
        text: clip(text),
        code: v.code,
        rows: v.rows,
      })),
      carried,
      dropped,
      unknown: [...this.unknown.entries()].map(([text, v]) => ({
        text: clip(text),
        rows: v.rows,
        reason: v.reason,
      })),
      added,
    };
  }

  /** Periods as text, sorted by start then end. */
  periodList(): string[] {
    const unique = new Map([...this.periodSet].map((p) => [`${p.from}_${p.to}`, p]));
    return [...unique.values()].sort((a, b) => a.from - b.from || a.to - b.to).map(formatPeriod);
  }
}
