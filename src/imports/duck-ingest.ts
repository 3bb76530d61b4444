/**
 * An import read by DuckDB's own CSV reader: one figure per record (the generic long CSV and
 * column mappings, the shapes national files come in), at DuckDB's speed, with the report the
 * importer's own reader gives. DuckDB reads every cell as text (src/sql/duck-ingest.ts); the
 * importer's rules (src/ingest) judge each distinct place, period, sex, age, status and indicator
 * text once; plain rows become contract rows in SQL, and every other row is judged whole by
 * `Normaliser.check`, as the own reader would. Repeated keys are found in SQL over both.
 *
 * The own reader stays for what DuckDB cannot tell us or reads otherwise, chosen per file and said
 * in `why`: files whose records are not one line each (a quoted cell over several lines, a blank
 * line between rows: DuckDB gives no line numbers, and the report names lines), lines DuckDB
 * rejects (the own reader's report says per line what was wrong and reads what it can), wide and
 * cube-shaped tables (FHI, SSB, names tables, templates: their readers reshape several figures per
 * record), JSON-stat, and fractions to scale (JavaScript's rounding).
 */
import { rawRow } from '../arrow/decode.ts';
import type { ResultRow } from '../arrow/to-rows.ts';
import { STATUSES, type Row, type Status } from '../domain/contract.ts';
import { validateRow } from '../domain/validate.ts';
import { IngestError } from '../ingest/errors.ts';
import { carriedNote } from '../ingest/figure.ts';
import {
  failedRead,
  finishRead,
  prepareIngest,
  readOwn,
  type PreparedIngest,
} from '../ingest/ingest.ts';
import { scanLines, type LineScan } from '../ingest/line-scan.ts';
import { duplicateReason } from '../ingest/normalise.ts';
import { MAX_MAGNITUDE, SYMBOLS } from '../ingest/numbers.ts';
import type { IngestResult } from '../ingest/result.ts';
import { bytesSource, type ByteSource } from '../ingest/source.ts';
import { utf8Text } from '../ingest/table-file.ts';
import type { LineEnds } from '../ingest/text-stream.ts';
import type { IngestContext, IngestOptions, MappedPlan, Rejection } from '../ingest/types.ts';
import {
  cellExpr,
  count,
  createJudgement,
  distinctTexts,
  DI,
  dropAll,
  fastRows,
  firstRepeats,
  insertRows,
  JUDGEMENT_COLUMNS,
  keptByIndicator,
  keptByPlace,
  keptByStatus,
  keptCoded,
  keptObservations,
  keptPeriods,
  keptPlaces,
  noteCount,
  noteList,
  noteValues,
  OK_COLUMNS,
  OPTIONAL_FIGURES,
  presentFigures,
  periodKeys,
  rawCol,
  readCounts,
  readRaw,
  repeats,
  slowPage,
  slowRows,
  type Judgement,
  type RawBase,
  type RawColumns,
} from '../sql/duck-ingest.ts';
import type { Param, Statement } from '../sql/query.ts';
import type { TableTx } from './open-table.ts';

/** The file as DuckDB is to read it. */
export interface CsvFile {
  /** True when DuckDB must be handed `bytes()` (decoded to UTF-8), not the file as it is. */
  decoded: boolean;
  bytes(): Uint8Array;
}

/**
 * Lends DuckDB the file: registers it (DuckDB-wasm) or names it on disk (DuckDB for Node), runs
 * `fn` with a connection and the file's path, and takes the file back.
 */
export interface CsvHost {
  withFile<T>(file: CsvFile, fn: (tx: TableTx, path: string) => Promise<T>): Promise<T>;
}

/** The import, and which reader read it (with why, when the own reader did). */
export interface DuckIngestResult {
  result: IngestResult;
  engine: 'duckdb' | 'own';
  why?: string;
}

/** The kept rows, as `keep` may take them (in SQL, while the read's tables stand). */
export interface KeptRows {
  /** The query selecting them as contract observations, in the file's order. */
  select: string;
  /**
   * The same rows keyed (`keptCoded`): indicator, place, sex, age and status (and the note, when
   * `values` has it) as numbers, each the index of its text in `values`; the source id left out
   * (it is `sourceId` on every row).
   */
  coded: string;
  values: Record<KeyedColumn, readonly string[]> & { note?: readonly string[] };
  /** The columns `coded` leaves out because they are null on every row (no column in the file). */
  absent: readonly string[];
  sourceId: string;
}

/** The columns `KeptRows.coded` gives as numbers. */
export type KeyedColumn = 'indicator_id' | 'geo_code' | 'sex' | 'age' | 'status';

/** Hands the kept rows on. */
export type KeepRows = (tx: TableTx, kept: KeptRows) => Promise<void>;

const SLOW_PAGE = 8192;

/**
 * Imports a file with DuckDB's CSV reader where its shape allows, else with the own reader. With
 * `keep`, the kept rows go there (in SQL, before the read's tables are dropped); without, they
 * are in the result's `observations` (or handed to `options.onRows`).
 */
export async function ingestWithDuckDb(
  file: Uint8Array | ByteSource,
  fileName: string,
  context: IngestContext,
  options: IngestOptions,
  host: CsvHost,
  keep?: KeepRows,
): Promise<DuckIngestResult> {
  const prepared = await prepareIngest(file, fileName, context, options);
  if ('done' in prepared) return { result: prepared.done, engine: 'own' };
  const p = prepared.prepared;
  const own = async (why: string): Promise<DuckIngestResult> => ({
    result: await readOwn(p),
    engine: 'own',
    why,
  });
  const input = p.input;
  const mappedOf = p.reader.mapped;
  if (input.kind !== 'csv' || !mappedOf) return own(`the ${p.format} reader reshapes its records`);
  if (options.shares === 'fraction') return own('fractions are scaled with JavaScript rounding');

  const utf8 = p.encoding.id === 'utf-8' || p.encoding.id === 'utf-8-bom';
  let scan: LineScan = scanLines(p.source, input.headerLine);
  let ends: LineEnds = scan.ends;
  let csv: CsvFile = { decoded: false, bytes: () => wholeBytes(p.source) };
  if (!utf8 || scan.ends.cr) {
    // DuckDB reads UTF-8 with LF or CRLF: anything else is decoded here and handed over.
    const decoded = utf8Text(p.source, p.encoding);
    ends = decoded.ends;
    scan = scanLines(bytesSource(decoded.bytes), input.headerLine);
    csv = { decoded: true, bytes: () => decoded.bytes };
  }
  if (scan.blankInside) return own('a blank line between rows');

  let lent = false;
  let outcome: IngestResult | string;
  try {
    outcome = await host.withFile(csv, async (tx, path) => {
      lent = true;
      try {
        return await readWithDuckDb(tx, path, p, mappedOf, scan, ends, keep);
      } finally {
        for (const d of dropAll) await tx.exec(d);
      }
    });
  } catch (e) {
    // DuckDB could not be lent the file (a database that reads no files): nothing was read yet.
    if (lent) throw e;
    outcome = `DuckDB could not take the file (${e instanceof Error ? e.message : String(e)})`;
  }
  if (typeof outcome === 'string') return own(outcome);
  return { result: outcome, engine: 'duckdb' };
}

/** The bytes of a source as one array. */
function wholeBytes(source: ByteSource): Uint8Array {
  const out = new Uint8Array(source.size);
  let at = 0;
  while (at < source.size) {
    const c = source.read(at, Math.min(source.size - at, 1 << 22));
    if (c.length === 0) break;
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const numberOrNull = (v: unknown): number | null =>
  v === null || v === undefined ? null : Number(v);

/**
 * The read itself, in one connection: a string when the own reader must read the file after all
 * (nothing has been counted then), else the finished import.
 */
async function readWithDuckDb(
  tx: TableTx,
  path: string,
  p: PreparedIngest,
  mappedOf: NonNullable<PreparedIngest['reader']['mapped']>,
  scan: LineScan,
  ends: LineEnds,
  keep: KeepRows | undefined,
): Promise<IngestResult | string> {
  const input = p.input;
  if (input.kind !== 'csv') return 'not a CSV';
  const signal = p.options.signal;
  const q = (s: Statement): Promise<ResultRow[]> => tx.query({ ...s, decode: rawRow });
  for (const d of dropAll) await tx.exec(d);
  const width = input.header.length;
  try {
    await tx.exec(readRaw({ path, delimiter: input.separator, skip: input.headerLine - 1, width }));
  } catch (e) {
    return `DuckDB could not read the file (${e instanceof Error ? e.message : String(e)})`;
  }
  const [counts] = await q(readCounts);
  const records = Number(counts?.n ?? 0);
  if (Number(counts?.rejected ?? 0) > 0) return 'DuckDB rejected lines the report must name';
  if (records !== scan.dataLines) return 'records that are not one line each';
  const base = text(counts?.base);
  signal?.throwIfAborted();

  let plan: MappedPlan;
  try {
    plan = mappedOf(input, p.ctx);
  } catch (e) {
    if (e instanceof IngestError) return failedRead(p, e);
    throw e;
  }
  const m = plan.rows;
  const c: RawColumns = { ...m.columns, geoName: m.extra.geoName };
  const lineOf = (rec: number): number => input.headerLine + 1 + rec;
  const codes = new Codes();
  await judge(tx, q, p, plan, c, width, codes, base);
  signal?.throwIfAborted();

  // Plain rows in SQL; the rest judged whole in JavaScript and added to the same table.
  await tx.exec(fastRows(base, c, m.fixed, { symbols: SYMBOLS, maxMagnitude: MAX_MAGNITUDE }));
  const fast = Number((await q(count(DI.ok)))[0]?.n ?? 0);
  p.rb.read += fast;
  if (fast < records) {
    await tx.exec(slowRows(base));
    let after = -1;
    for (;;) {
      const page = await q(slowPage(after, SLOW_PAGE));
      if (page.length === 0) break;
      const rows: Param[][] = [];
      for (const r of page) {
        const rec = Number(r.rec);
        after = rec;
        const fields = Array.from({ length: width }, (_, i) => text(r[rawCol(i)]));
        const cand = m.candidate(fields, lineOf(rec));
        if (!cand) continue;
        const checked = p.normaliser.check(cand);
        if (!checked) continue;
        const o = checked.row;
        rows.push([
          rec,
          codes.ind.of(text(o.indicator_id)),
          codes.geo.of(text(o.geo_code)),
          o.period_from as number,
          o.period_to as number,
          codes.sex.of(text(o.sex)),
          codes.age.of(text(o.age)),
          ...FIGURE.map((k) => (o[k] ?? null) as Param),
          codes.indRow(cand.indicator),
          codes.placeRow(cand.place),
          codes.periodRow(cand.period),
          checked.place.kind === 'group' ? (cand.placeName ?? '') : null,
        ]);
      }
      for (const s of insertRows(DI.ok, OK_COLUMNS.length, rows)) await tx.exec(s);
      signal?.throwIfAborted();
    }
  }
  await codes.write(tx);

  // Repeats: the first row of a key is kept, later ones are rejected, naming it.
  for (const s of repeats) await tx.exec(s);
  const dups = Number((await q(count(DI.dup)))[0]?.n ?? 0);
  if (dups > 0) {
    p.rb.duplicates += dups;
    const first: Rejection[] = (await q(firstRepeats)).map((r) => ({
      row: lineOf(Number(r.rec)),
      ...duplicateReason(
        lineOf(Number(r.first_rec)),
        { value: numberOrNull(r.value), status: text(r.status) },
        { value: numberOrNull(r.first_value), status: text(r.first_status) },
      ),
    }));
    p.rb.rejectApart(first, dups);
  }

  await countKept(q, p, codes);
  const observations: Row[] = [];
  const select = keptObservations(p.sourceId);
  if (keep) {
    const notes = await keyedNotes(tx, q);
    const figures = presentFigures(c);
    await keep(tx, {
      select,
      coded: keptCoded(STATUSES, { notesKeyed: notes !== null, figures }),
      absent: OPTIONAL_FIGURES.filter((f) => !figures.includes(f)),
      values: {
        indicator_id: codes.ind.values,
        geo_code: codes.geo.values,
        sex: codes.sex.values,
        age: codes.age.values,
        status: STATUSES,
        ...(notes ? { note: notes } : {}),
      },
      sourceId: p.sourceId,
    });
  } else {
    const rows = (await q({ sql: select, params: [] })) as Row[];
    if (p.options.onRows) await p.options.onRows(rows);
    else observations.push(...rows);
  }
  p.options.onProgress?.({ bytes: p.source.size, rows: p.rb.read });
  return finishRead(
    p,
    { rows: [], source: plan.source, records: () => records },
    observations,
    ends,
  );
}

/** More distinct notes than this and the kept rows' notes go out as text. */
const MAX_KEYED_NOTES = 65_536;

/** The kept rows' distinct notes, in their numbers' order, or null when there are too many. */
async function keyedNotes(
  tx: TableTx,
  q: (s: Statement) => Promise<ResultRow[]>,
): Promise<string[] | null> {
  for (const s of noteValues) await tx.exec(s);
  const n = Number((await q(noteCount))[0]?.n ?? 0);
  if (n > MAX_KEYED_NOTES) return null;
  return (await q(noteList)).map((r) => text(r.v));
}

/** The figure's columns of an observation, in di_ok's order. */
const FIGURE = [
  'value',
  'ci_low',
  'ci_high',
  'numerator',
  'denominator',
  'respondents',
  'status',
  'note',
] as const;

/** Numbers for values: each new value the next number. */
class Coding {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  of(v: string): number {
    let n = this.index.get(v);
    if (n === undefined) {
      n = this.values.length;
      this.values.push(v);
      this.index.set(v, n);
    }
    return n;
  }
}

/**
 * The numbers of one read: indicator ids, place codes, sexes and ages (the key in SQL), and the
 * judgement rows counting reads back (indicator keys, place texts, period texts).
 */
class Codes {
  readonly ind = new Coding();
  readonly geo = new Coding();
  readonly sex = new Coding();
  readonly age = new Coding();
  readonly indKeys = new Coding();
  readonly placeTexts = new Coding();
  readonly periodTexts = new Coding();
  indRow = (key: string): number => this.indKeys.of(key);
  placeRow = (t: string): number => this.placeTexts.of(t);
  periodRow = (t: string): number => this.periodTexts.of(t);

  /** Writes the key's value tables (after the slow rows, which may add values). */
  async write(tx: TableTx): Promise<void> {
    const tables: [Judgement, Coding][] = [
      ['cInd', this.ind],
      ['cGeo', this.geo],
      ['cSex', this.sex],
      ['cAge', this.age],
    ];
    for (const [j, coding] of tables) {
      await tx.exec(createJudgement(j));
      const rows = coding.values.map((v, i): Param[] => [i, v]);
      for (const s of insertRows(DI[j], 2, rows)) await tx.exec(s);
    }
  }
}

/** A row that passes the contract's checks with these period, sex and age (the rest plain). */
function passes(part: { period_from?: number; period_to?: number; sex?: string; age?: string }) {
  const { issues } = validateRow('observation', {
    indicator_id: 'x',
    geo_code: '0',
    period_from: 2000,
    period_to: 2000,
    sex: 'all',
    age: 'all',
    value: '',
    status: 'missing',
    source_id: 's',
    ...part,
  });
  return issues.length === 0;
}

/** Judges each distinct text once, with the importer's rules, into the judgement tables. */
async function judge(
  tx: TableTx,
  q: (s: Statement) => Promise<ResultRow[]>,
  p: PreparedIngest,
  plan: MappedPlan,
  c: RawColumns,
  width: number,
  codes: Codes,
  base: RawBase,
): Promise<void> {
  const m = plan.rows;
  const n = p.normaliser;
  const put = async (j: Judgement, rows: Param[][]): Promise<void> => {
    await tx.exec(createJudgement(j));
    for (const s of insertRows(DI[j], JUDGEMENT_COLUMNS[j].length, rows)) await tx.exec(s);
  };
  const fieldsWith = (cells: [number, string][]): string[] => {
    const f = Array.from({ length: width }, () => '');
    for (const [i, v] of cells) if (i >= 0) f[i] = v;
    return f;
  };

  // Indicators, in the order the file first names them (so they are declared in that order).
  const indRows: Param[][] = [];
  const ext = m.extra;
  const extras = [ext.unit, ext.indicatorName, ext.sourceKind, ext.polarity, ext.themeId];
  const texts = m.fixed
    ? [{ k0: '' } as ResultRow]
    : await q(
        distinctTexts(
          base,
          [cellExpr(c.indicator)],
          extras.map((i) => cellExpr(i)),
        ),
      );
  for (const r of texts) {
    const t = text(r.k0);
    const f = fieldsWith([
      [c.indicator, t],
      ...extras.map((i, k): [number, string] => [i, text(r[`f${k}`])]),
    ]);
    const key = m.indicatorKey(f);
    const res = typeof key === 'string' ? p.resolver.get(key) : undefined;
    indRows.push(
      res?.ok && typeof key === 'string'
        ? [t, 1, codes.indRow(key), codes.ind.of(res.id), res.unit]
        : [t, 0, null, null, null],
    );
  }
  await put('ind', indRows);

  const places: Param[][] = [];
  for (const r of await q(distinctTexts(base, [cellExpr(c.place)]))) {
    const t = text(r.k0);
    const pr = n.place(t);
    const ok = pr.kind === 'ok' || pr.kind === 'group';
    const carried = pr.kind === 'ok' && pr.carried ? carriedNote(pr.carried, pr.code) : null;
    places.push(
      ok
        ? [t, 1, codes.placeRow(t), codes.geo.of(pr.code), carried, pr.kind === 'group' ? 1 : 0]
        : [t, 0, null, null, null, 0],
    );
  }
  await put('place', places);

  const periods: Param[][] = [];
  const [pa, pb] = periodKeys(c);
  for (const r of await q(distinctTexts(base, [pa, pb]))) {
    const a = text(r.k0);
    const b = text(r.k1);
    const cells: [number, string][] =
      c.period >= 0
        ? [[c.period, a]]
        : [
            [c.periodFrom, a],
            [c.periodTo, b],
          ];
    const pt = m.periodText(fieldsWith(cells));
    const per = n.period(pt);
    const ok = per !== null && passes({ period_from: per.from, period_to: per.to });
    periods.push(
      ok ? [a, b, 1, codes.periodRow(pt), per.from, per.to] : [a, b, 0, null, null, null],
    );
  }
  await put('period', periods);

  const sexes: Param[][] = [];
  for (const r of await q(distinctTexts(base, [cellExpr(c.sex)]))) {
    const t = text(r.k0);
    const s = n.sex(c.sex >= 0 ? t : (m.constants.sex ?? 'all'));
    sexes.push(s !== null && passes({ sex: s }) ? [t, 1, codes.sex.of(s)] : [t, 0, null]);
  }
  await put('sex', sexes);

  const ages: Param[][] = [];
  for (const r of await q(distinctTexts(base, [cellExpr(c.age)]))) {
    const t = text(r.k0);
    const a = n.age(c.age >= 0 ? t : (m.constants.age ?? 'all'));
    const ok = a !== null && a !== '' && a === a.trim() && passes({ age: a });
    ages.push(ok ? [t, 1, codes.age.of(a)] : [t, 0, null]);
  }
  await put('age', ages);

  if (c.status >= 0) {
    const statuses: Param[][] = [];
    for (const r of await q(distinctTexts(base, [cellExpr(c.status)]))) {
      const t = text(r.k0);
      const s = t.trim() === '' ? '' : t.trim().toLowerCase();
      const ok = s === '' || (STATUSES as readonly string[]).includes(s);
      statuses.push([t, ok ? 1 : 0, ok ? s : null]);
    }
    await put('status', statuses);
  }
}

/** Counts the kept rows into the report, as `Normaliser.keep` counts each. */
async function countKept(
  q: (s: Statement) => Promise<ResultRow[]>,
  p: PreparedIngest,
  codes: Codes,
): Promise<void> {
  const { rb, normaliser, resolver } = p;
  for (const r of await q(keptByStatus)) {
    const k = Number(r.n);
    rb.kept += k;
    rb.statuses[text(r.status) as Status] += k;
  }
  for (const r of await q(keptPlaces)) rb.covered.add(codes.geo.values[Number(r.geo_c)] as string);
  for (const r of await q(keptPeriods)) {
    const per = normaliser.period(codes.periodTexts.values[Number(r.per_r)] as string);
    if (per) rb.period(per);
  }
  for (const r of await q(keptByIndicator)) {
    const res = resolver.get(codes.indKeys.values[Number(r.ind_r)] as string);
    if (!res?.ok) continue;
    res.counter.n += Number(r.n);
    if (res.unit === 'percent' && Number(r.nv) > 0)
      normaliser.addShares(res.id, Number(r.nv), Number(r.max));
  }
  for (const r of await q(keptByPlace)) {
    const t = codes.placeTexts.values[Number(r.place_r)] as string;
    const pr = normaliser.place(t);
    const k = Number(r.n);
    if (pr.kind === 'group') normaliser.addGroup(pr.code, text(r.geo_name));
    else if (pr.kind === 'ok') {
      if (pr.via === 'name') rb.countByName(t.trim(), pr.code, pr.note, k);
      if (pr.carried) rb.countCarried(t.trim(), pr.carried, k);
    }
  }
}
