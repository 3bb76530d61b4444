/**
 * ingestFile: one user file in, contract rows and a report out. Pure: nothing is written, nothing
 * leaves the caller; the Data view (in a Web Worker) or scripts/ingest.ts decides what to keep.
 */
import { STATUSES, type Row, type Sex, type Status } from '../domain/contract.ts';
import type { Period } from '../domain/period.ts';
import { checkUnit, validateRow, type RawRow } from '../domain/validate.ts';
import { decode } from './decode.ts';
import { IngestError } from './errors.ts';
import { IndicatorResolver } from './indicators.ts';
import { parseInput } from './input.ts';
import { KeySet } from './keys.ts';
import { Memo } from './memo.ts';
import { parseAge, parseSex, readPeriod, slugify } from './labels.ts';
import { clip, parseNumber, SPVFLAGG, type NumberCell } from './numbers.ts';
import { GeoIndex, type PlaceResult } from './places.ts';
import { baseName } from './readers/common.ts';
import { detectFormats, readerFor } from './readers/index.ts';
import { failedReport, ReportBuilder, type IngestReport } from './report.ts';
import { sha256Hex } from './sha256.ts';
import { unquoteTitle } from './sniff.ts';
import type {
  Candidate,
  FormatId,
  IngestContext,
  IngestOptions,
  ReadContext,
  ReadOutput,
  Rejection,
} from './types.ts';

/** What an import gives back: the report and the rows, none of them written anywhere yet. */
export interface IngestResult {
  report: IngestReport;
  /** Observation rows, validated against the contract. */
  observations: Row[];
  /** Indicators the observations refer to: matched (as given) or created. */
  indicators: Row[];
  /** New comparison groups (`G-…`) for geo. */
  geoAdditions: Row[];
  /** The source row for the file (kind `import`). */
  source: Row | null;
}

/** Detection below this confidence does not choose a format on its own. */
const MIN_CONFIDENCE = 0.5;
/** Yield to the event loop (progress, cancel) at most this often. */
const TICK_MS = 50;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

const empty = (report: IngestReport): IngestResult => ({
  report,
  observations: [],
  indicators: [],
  geoAdditions: [],
  source: null,
});

/** Optional numeric fields of a candidate and their contract columns. */
const OPTIONAL_NUMBERS = [
  ['ciLow', 'ci_low'],
  ['ciHigh', 'ci_high'],
  ['numerator', 'numerator'],
  ['denominator', 'denominator'],
  ['respondents', 'respondents'],
] as const;

const join = (a: string, b: string): string => (a === '' ? b : `${a}. ${b}`);

/** A period with its ends as text, cached per period text in the file. */
interface CachedPeriod extends Period {
  fromText: string;
  toText: string;
}

/** A cell that may hold a number: text for validateRow ('' = null); symbols become ''. */
function optionalNumber(
  v: string | number | null | undefined,
  column: string,
): { ok: true; text: string } | { ok: false; reason: string } {
  if (v === undefined || v === null) return { ok: true, text: '' };
  const n = parseNumber(v);
  if (!n.ok) return { ok: false, reason: `bad number: ${column}, ${n.reason}` };
  return { ok: true, text: n.value === null ? '' : String(n.value) };
}

/**
 * Imports one file: detects encoding, separator and format, reads the figures, carries places to
 * today's codes, validates every row against the contract, and reports what it kept and why it
 * rejected the rest. Rejects (with the signal's reason) only when options.signal aborts.
 */
export async function ingestFile(
  bytes: Uint8Array,
  fileName: string,
  context: IngestContext,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const t0 = now();
  const signal = options.signal;
  signal?.throwIfAborted();
  const sha256 = await sha256Hex(bytes);
  const base = { fileName, bytes: bytes.length, sha256 };
  const decoded = decode(bytes);
  if (!decoded.ok) return empty(failedReport(base, `unreadable file: ${decoded.reason}`));
  const parsed = parseInput(decoded.text);
  if (!parsed.ok)
    return empty(
      failedReport(base, `unreadable file: ${parsed.reason}`, { encoding: decoded.encoding }),
    );
  const input = parsed.input;
  const csvFacts =
    input.kind === 'csv'
      ? {
          separator: input.separator,
          headerLine: input.headerLine,
          title: input.preamble[0] ? unquoteTitle(input.preamble[0]) : null,
        }
      : { separator: null, headerLine: null, title: null };

  const detected = detectFormats(input, fileName);
  const best = detected[0];
  const format: FormatId | null =
    options.format ??
    (options.mapping
      ? 'column-mapping'
      : best && best.confidence >= MIN_CONFIDENCE
        ? best.format
        : null);
  if (!format) {
    return empty(
      failedReport(
        base,
        'format not recognised: choose which column is which (a column mapping), or use the generic long CSV',
        { encoding: decoded.encoding, ...csvFacts, alternatives: detected },
      ),
    );
  }
  const reader = readerFor(format);
  const confidence = detected.find((d) => d.format === format)?.confidence ?? 0;

  const rb = new ReportBuilder();
  const resolver = new IndicatorResolver(context.indicator, options, fileName, (t) => rb.note(t));
  const geo = new GeoIndex(context.geo, context.geo_change);
  const ctx: ReadContext = {
    fileName,
    options,
    reject: (r: Rejection) => {
      rb.read++;
      rb.reject(r);
    },
    note: (t) => rb.note(t),
    defineIndicator: (spec) => resolver.define(spec),
  };
  if (options.format && confidence === 0 && format !== 'column-mapping')
    rb.note(`read as ${format}, as asked, although the file does not look like one`);

  const sourceId = `import-${slugify(baseName(fileName), 40) || 'file'}-${sha256.slice(0, 8)}`;
  const observations: Row[] = [];
  const added = new Map<string, string>();
  const seen = new KeySet();
  const places = new Memo<PlaceResult>((t) => geo.resolve(t));
  const periods = new Memo<CachedPeriod | null>((t) => {
    const p = readPeriod(t);
    return p ? { ...p, fromText: String(p.from), toText: String(p.to) } : null;
  });
  const sexes = new Memo<Sex | null>(parseSex);
  const ages = new Memo<string | null>(parseAge);

  const rejectCandidate = (c: Candidate, reason: string, column?: string, value?: string): void => {
    const r: Rejection = { row: c.row, reason };
    if (column !== undefined) r.column = column;
    if (value !== undefined) r.value = value;
    rb.reject(r);
  };

  /** Normalises and validates one candidate; keeps it or rejects it. */
  const take = (c: Candidate): void => {
    rb.read++;
    const ind = resolver.get(c.indicator);
    if (!ind) return rejectCandidate(c, 'unknown indicator: the reader named no indicator');
    if (!ind.ok) return rejectCandidate(c, ind.reason, 'indicator_id');

    const place = places.get(c.place);
    if (place.kind === 'pseudo') {
      const placeText = c.place.trim();
      rb.dropped++;
      rb.droppedPlaces.set(placeText, (rb.droppedPlaces.get(placeText) ?? 0) + 1);
      return;
    }
    if (place.kind === 'unknown') {
      const placeText = c.place.trim();
      const u = rb.unknown.get(placeText) ?? { reason: place.reason, rows: 0 };
      u.rows++;
      rb.unknown.set(placeText, u);
      return rejectCandidate(
        c,
        `unknown place: ${clip(placeText, 60) || '(empty)'} (${place.reason})`,
        'geo_code',
        placeText,
      );
    }
    const code = place.code;

    const period = periods.get(c.period);
    if (!period)
      return rejectCandidate(
        c,
        `bad period: ${clip(c.period, 40) || '(empty)'} is not a year or a range of years (2015, 2013_2015)`,
        'period',
        c.period,
      );
    const sex = sexes.get(c.sex);
    if (!sex)
      return rejectCandidate(
        c,
        `bad sex: ${clip(c.sex, 40)} (use all, male or female; or 0, 1, 2)`,
        'sex',
        c.sex,
      );
    const age = ages.get(c.age);
    if (!age)
      return rejectCandidate(
        c,
        `bad age: ${clip(c.age, 40)} (use all, 0_74, 18_plus, grade_8_10, vgs …)`,
        'age',
        c.age,
      );

    // Value and status: a SPVFLAGG wins, then a status column, then the cell's own symbol.
    const num: NumberCell = parseNumber(c.value);
    if (!num.ok)
      return rejectCandidate(c, `bad number: value, ${num.reason}`, 'value', String(c.value ?? ''));
    let status: Status = num.status;
    let value: number | null = num.value;
    const flagText = c.flag?.trim() ?? '';
    if (flagText !== '') {
      const flag = SPVFLAGG[flagText];
      if (!flag)
        return rejectCandidate(
          c,
          `bad flag: SPVFLAGG ${clip(flagText, 10)} is not 0, 1, 2 or 3`,
          'SPVFLAGG',
          flagText,
        );
      if (flag.status !== 'ok') {
        status = flag.status;
        value = null;
      }
    } else if (c.status !== undefined && c.status.trim() !== '') {
      const s = c.status.trim().toLowerCase();
      if (!(STATUSES as readonly string[]).includes(s))
        return rejectCandidate(
          c,
          `bad status: ${clip(s, 20)} (use ok, suppressed or missing)`,
          'status',
          c.status,
        );
      if (s === 'ok' && value === null)
        return rejectCandidate(
          c,
          `bad number: status is ok but the value is empty or a symbol`,
          'value',
        );
      status = s as Status;
    }

    const raw: RawRow = {
      indicator_id: ind.id,
      geo_code: code,
      period_from: period.fromText,
      period_to: period.toText,
      sex,
      age,
      value: value === null ? '' : String(value),
      status,
      source_id: sourceId,
    };
    if (
      c.ciLow !== undefined ||
      c.ciHigh !== undefined ||
      c.numerator !== undefined ||
      c.denominator !== undefined ||
      c.respondents !== undefined
    ) {
      for (const [field, column] of OPTIONAL_NUMBERS) {
        const v = c[field];
        if (v === undefined) continue;
        const o = optionalNumber(v, column);
        if (!o.ok) return rejectCandidate(c, o.reason, column, String(v));
        raw[column] = o.text;
      }
      // A figure that is not shown must not leak through its interval or its count.
      if (status !== 'ok') {
        raw.ci_low = '';
        raw.ci_high = '';
        raw.numerator = '';
      }
    }
    let note =
      place.kind === 'ok' && place.carried
        ? `Code ${place.carried[0]} in the file, carried to ${code}`
        : '';
    if (num.ok && num.status === 'ok' && num.provisional)
      note = join(note, 'Provisional figure (SSB *)');
    if (c.note !== undefined && c.note.trim() !== '') note = join(note, c.note.trim());
    if (note !== '') raw.note = note;

    const { row, issues } = validateRow('observation', raw);
    const issue = issues[0] ?? checkUnit(ind.unit, row);
    if (issue)
      return rejectCandidate(
        c,
        `invalid: ${issue.column} ${issue.rule} (${clip(issue.value, 40)})`,
        issue.column,
        issue.value,
      );

    const first = seen.add(ind.id, code, period.from, period.to, sex, age, c.row);
    if (first !== undefined) {
      rb.duplicates++;
      return rejectCandidate(
        c,
        `duplicate: same indicator, place, period, sex and age as row ${first}`,
      );
    }

    if (place.kind === 'group' && !added.has(code)) added.set(code, c.placeName?.trim() || code);
    if (place.kind === 'ok' && (place.via === 'name' || place.carried)) {
      const placeText = c.place.trim();
      if (place.via === 'name') {
        const b = rb.byName.get(placeText) ?? { code, rows: 0 };
        b.rows++;
        rb.byName.set(placeText, b);
        if (place.note) rb.note(place.note);
      }
      if (place.carried) {
        const k = rb.carried.get(placeText) ?? { chain: place.carried, rows: 0 };
        k.rows++;
        rb.carried.set(placeText, k);
      }
    }
    rb.kept++;
    rb.statuses[status]++;
    rb.covered.add(code);
    rb.period(period);
    ind.counter.n++;
    observations.push(row);
  };

  let out: ReadOutput;
  try {
    out = reader.read(input, ctx);
    const watch = options.onProgress !== undefined || signal !== undefined;
    let last = now();
    let n = 0;
    for (const c of out.rows) {
      take(c);
      if (watch && (++n & 1023) === 0 && now() - last >= TICK_MS) {
        const position = out.position?.() ?? 0;
        options.onProgress?.({ bytes: Math.round(position * bytes.length), rows: rb.read });
        await tick();
        signal?.throwIfAborted();
        last = now();
      }
    }
  } catch (e) {
    if (signal?.aborted) throw signal.reason;
    const message =
      e instanceof IngestError
        ? e.message
        : `internal error while reading: ${e instanceof Error ? e.message : String(e)}`;
    return empty(
      failedReport(base, `unreadable file: ${message}`, {
        encoding: decoded.encoding,
        ...csvFacts,
        format,
        formatLabel: reader.label,
        confidence,
        alternatives: detected.filter((d) => d.format !== format),
      }),
    );
  }
  options.onProgress?.({ bytes: bytes.length, rows: rb.read });

  const geoAdditions: Row[] = [];
  for (const [code, name] of added) {
    const { row } = validateRow('geo', {
      code,
      name,
      level: 'group',
      citation: `Lagt til ved import av ${fileName}`,
    });
    geoAdditions.push(row);
    rb.note(`comparison group ${code} (${clip(name, 60)}) added to the places`);
  }

  const used = resolver.rows();
  const source = validateRow('source', {
    id: sourceId,
    title: clip(out.source.title, 200),
    publisher: out.source.publisher,
    kind: 'import',
    file_name: fileName,
    sha256,
    retrieved: options.retrieved ?? today(),
    license: out.source.license ?? '',
    citation: out.source.citation ?? '',
    rows_kept: String(rb.kept),
    rows_rejected: String(rb.rejected),
  }).row;

  const report: IngestReport = {
    ok: true,
    ...base,
    format,
    formatLabel: reader.label,
    confidence,
    alternatives: detected.filter((d) => d.format !== format),
    encoding: decoded.encoding,
    ...csvFacts,
    title: csvFacts.title ?? (input.kind === 'json' ? clip(out.source.title, 200) : null),
    records: out.records?.() ?? rb.read,
    rowsRead: rb.read,
    rowsKept: rb.kept,
    rowsRejected: rb.rejected,
    rowsDropped: rb.dropped,
    duplicates: rb.duplicates,
    statuses: rb.statuses,
    rejections: rb.rejections,
    rejectionsTruncated: rb.rejected > rb.rejections.length,
    rejectionsByReason: rb.byReason,
    places: rb.places([...added.keys()]),
    periods: rb.periodList(),
    indicators: used.map(({ status, row }) => ({
      id: String(row.id),
      status,
      name_nb: String(row.name_nb ?? ''),
      unit: String(row.unit ?? ''),
      rows: resolver.keptOf(String(row.id)),
    })),
    notes: rb.notes,
    sourceId,
    ms: Math.round(now() - t0),
  };
  return {
    report,
    observations,
    indicators: used.map((u) => u.row),
    geoAdditions,
    source,
  };
}
