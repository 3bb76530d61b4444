/**
 * The SQL of an import read by DuckDB's CSV reader (the engine is src/imports/duck-ingest.ts).
 * DuckDB reads every cell as text into `di_raw`; the importer's own rules judge each distinct
 * place, period, sex, age, status and indicator text once, in JavaScript, into small judgement
 * tables; and the rows whose figures are plain (a number or a symbol, numbers that pass the
 * contract's and the unit's checks, nothing to trim) become contract rows here, in one pass. Every
 * other row goes back to JavaScript whole, so what a row becomes never depends on the engine.
 * Repeated keys are found here, over both. Every name is ours; user text is only ever a parameter.
 */
import type { Param, Statement } from './query.ts';
import { quoteLiteral } from './quote.ts';

/** The tables of one read (temporary, dropped at the end). */
export const DI = {
  raw: 'di_raw',
  rejects: 'di_reject_errors',
  scans: 'di_reject_scans',
  ind: 'di_j_ind',
  place: 'di_j_place',
  period: 'di_j_period',
  sex: 'di_j_sex',
  age: 'di_j_age',
  status: 'di_j_status',
  cInd: 'di_c_ind',
  cGeo: 'di_c_geo',
  cSex: 'di_c_sex',
  cAge: 'di_c_age',
  cNote: 'di_c_note',
  ok: 'di_ok',
  slow: 'di_slow',
  dup: 'di_dup',
} as const;

/** The raw table's column for field i of the header. */
export const rawCol = (i: number): string => `c${i}`;

/** The text of field i ('' when empty or when the file has no such column). */
export const cellExpr = (i: number, t = 'r'): string =>
  i < 0 ? `''` : `coalesce(${t}.${rawCol(i)}, '')`;

/** How DuckDB reads the file: every field as text, nothing sniffed, bad lines kept apart. */
export interface RawRead {
  path: string;
  delimiter: string;
  /** Lines above the header. */
  skip: number;
  width: number;
}

/** Reads the file into `di_raw` (c0 … cN, all VARCHAR, in the file's order). */
export function readRaw(o: RawRead): Statement {
  if (!Number.isInteger(o.skip) || o.skip < 0) throw new Error(`read_csv: bad skip ${o.skip}`);
  if (!Number.isInteger(o.width) || o.width < 1) throw new Error(`read_csv: bad width ${o.width}`);
  const columns = Array.from({ length: o.width }, (_, i) => `'${rawCol(i)}': 'VARCHAR'`);
  const args = [
    quoteLiteral(o.path),
    `delim = ${quoteLiteral(o.delimiter)}`,
    `quote = '"'`,
    `escape = '"'`,
    'header = true',
    `skip = ${o.skip}`,
    'auto_detect = false',
    `columns = {${columns.join(', ')}}`,
    'null_padding = false',
    'store_rejects = true',
    `rejects_table = ${quoteLiteral(DI.rejects)}`,
    `rejects_scan = ${quoteLiteral(DI.scans)}`,
  ];
  return {
    sql: `CREATE TEMP TABLE ${DI.raw} AS SELECT * FROM read_csv(${args.join(', ')})`,
    params: [],
  };
}

/** Rows read, and lines DuckDB could not read. */
export const readCounts: Statement = {
  sql: `SELECT (SELECT count(*) FROM ${DI.raw})::BIGINT AS n, (SELECT count(*) FROM ${DI.rejects})::BIGINT AS rejected, (SELECT coalesce(min(rowid), 0) FROM ${DI.raw})::VARCHAR AS base`,
  params: [],
};

/** The judgement tables' columns (the key texts first). */
export const JUDGEMENT_COLUMNS = {
  ind: ['t VARCHAR', 'ok BOOLEAN', 'r INTEGER', 'c INTEGER', 'unit VARCHAR'],
  place: ['t VARCHAR', 'ok BOOLEAN', 'r INTEGER', 'c INTEGER', 'carried VARCHAR', 'grp BOOLEAN'],
  period: ['a VARCHAR', 'b VARCHAR', 'ok BOOLEAN', 'r INTEGER', 'pfrom INTEGER', 'pto INTEGER'],
  sex: ['t VARCHAR', 'ok BOOLEAN', 'c INTEGER'],
  age: ['t VARCHAR', 'ok BOOLEAN', 'c INTEGER'],
  status: ['t VARCHAR', 'ok BOOLEAN', 's VARCHAR'],
  // The codes' values: indicator ids, place codes, sexes and ages, by their number.
  cInd: ['c INTEGER', 'v VARCHAR'],
  cGeo: ['c INTEGER', 'v VARCHAR'],
  cSex: ['c INTEGER', 'v VARCHAR'],
  cAge: ['c INTEGER', 'v VARCHAR'],
} as const;
export type Judgement = keyof typeof JUDGEMENT_COLUMNS;

export function createJudgement(j: Judgement): Statement {
  return { sql: `CREATE TEMP TABLE ${DI[j]} (${JUDGEMENT_COLUMNS[j].join(', ')})`, params: [] };
}

/** Inserts rows (each as long as the table is wide), a few hundred per statement. */
export function insertRows(table: string, width: number, rows: readonly Param[][]): Statement[] {
  const out: Statement[] = [];
  const per = Math.max(1, Math.floor(2000 / width));
  for (let at = 0; at < rows.length; at += per) {
    const part = rows.slice(at, at + per);
    const one = `(${Array.from({ length: width }, () => '?').join(', ')})`;
    out.push({
      sql: `INSERT INTO ${table} VALUES ${part.map(() => one).join(', ')}`,
      params: part.flat(),
    });
  }
  return out;
}

/**
 * A raw row's number in the file's records (0 for the first). Not the rowid itself: inside a
 * transaction (the browser reads in one) DuckDB numbers a new table's rows from 2^55 on, past
 * the integers a JavaScript number holds exactly.
 */
function rec(base: RawBase): string {
  if (!/^\d+$/.test(base)) throw new Error(`duck-ingest: bad rowid base ${base}`);
  return `(r.rowid - ${base}::BIGINT)`;
}

/**
 * The raw table's first rowid, as `readCounts` gives it (digits: it may be past 2^53). A literal,
 * not a subquery: with `(SELECT min(rowid) …)` in its expressions the fast rows' statement took
 * about 1.2 s more on 1.36 M rows (DuckDB for Node 1.5, one thread).
 */
export type RawBase = string;

/** The distinct texts of an expression over the raw rows, with the first row of each. */
export function distinctTexts(
  base: RawBase,
  exprs: readonly string[],
  firsts: readonly string[] = [],
): Statement {
  const keys = exprs.map((e, i) => `${e} AS k${i}`);
  const extra = firsts.map((e, i) => `arg_min(${e}, r.rowid) AS f${i}`);
  const first = `min(${rec(base)})::BIGINT AS first`;
  return {
    sql: `SELECT ${[...keys, ...extra, first].join(', ')} FROM ${DI.raw} r GROUP BY ${exprs.map((_, i) => i + 1).join(', ')} ORDER BY first`,
    params: [],
  };
}

/** Where the mapping's cells are in the raw table (-1: not in the file). */
export interface RawColumns {
  indicator: number;
  place: number;
  period: number;
  periodFrom: number;
  periodTo: number;
  sex: number;
  age: number;
  value: number;
  status: number;
  ciLow: number;
  ciHigh: number;
  numerator: number;
  denominator: number;
  respondents: number;
  note: number;
  geoName: number;
}

/** The raw texts a period is judged by: its cell, or its first and last year's. */
export function periodKeys(c: RawColumns): [string, string] {
  if (c.period >= 0) return [cellExpr(c.period), `''`];
  if (c.periodFrom >= 0) return [cellExpr(c.periodFrom), cellExpr(c.periodTo)];
  return [`''`, `''`];
}

/** JavaScript's String.prototype.trim() whitespace, as an RE2 class. */
const JS_SPACE =
  '[\\t\\n\\x{0b}\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]';

const PLAIN_RE = `'-{0,1}[0-9]+(\\.[0-9]+){0,1}'`;

/** How the importer reads a number cell: its symbols (text → status) and largest size. */
export interface NumberRules {
  symbols: Readonly<Record<string, { status: string }>>;
  maxMagnitude: number;
}

/** A number with -0 read as 0, as validateRow does. */
const zeroed = (n: string): string => `(CASE WHEN ${n} = 0 THEN 0.0 ELSE ${n} END)`;

/**
 * di_ok: the rows to keep, coded: the key as numbers (see the cX judgement tables), the figure,
 * and the judgement rows the counting reads (indicator key, place text, period text).
 */
export const OK_COLUMNS = [
  'rec BIGINT',
  'ind_c INTEGER',
  'geo_c INTEGER',
  'period_from INTEGER',
  'period_to INTEGER',
  'sex_c INTEGER',
  'age_c INTEGER',
  'value DOUBLE',
  'ci_low DOUBLE',
  'ci_high DOUBLE',
  'numerator DOUBLE',
  'denominator DOUBLE',
  'respondents INTEGER',
  'status VARCHAR',
  'note VARCHAR',
  'ind_r INTEGER',
  'place_r INTEGER',
  'per_r INTEGER',
  'geo_name VARCHAR',
] as const;

/**
 * Creates di_ok from every row whose cells the judgements pass and whose figure is plain: what
 * `Normaliser.check` would make of it, computed here. `fixedKey` is set when the file has no
 * indicator column. Built in steps (texts, then numbers, then figures), so that each cell is
 * trimmed, cast and matched once per row.
 */
export function fastRows(
  base: RawBase,
  c: RawColumns,
  fixedKey: boolean,
  rules: NumberRules,
): Statement {
  if (!Number.isFinite(rules.maxMagnitude)) throw new Error('fastRows: bad magnitude');
  const symbolKeys = Object.keys(rules.symbols).map(quoteLiteral).join(', ');
  const symbolStatus = (t: string): string =>
    `CASE ${t} ${Object.entries(rules.symbols)
      .map(([k, v]) => `WHEN ${quoteLiteral(k)} THEN ${quoteLiteral(v.status)}`)
      .join(' ')} END`;
  /** parseNumber's plain number (`-?\\d+(\\.\\d+)?` once trimmed) within its magnitude. */
  const plainOf = (t: string, n: string): string =>
    `(${n} IS NOT NULL AND abs(${n}) <= ${rules.maxMagnitude} AND regexp_full_match(${t}, ${PLAIN_RE}))`;
  const [pa, pb] = periodKeys(c);
  const optional = Object.entries({
    ci_low: c.ciLow,
    ci_high: c.ciHigh,
    numerator: c.numerator,
    denominator: c.denominator,
    respondents: c.respondents,
  }).filter(([, i]) => i >= 0) as [string, number][];
  const noteCell = c.note >= 0 ? `r.${rawCol(c.note)}` : 'NULL';
  // Step 1: the judged texts, and the figure's cells trimmed.
  const texts = [
    `${rec(base)} AS rec`,
    'i.c AS ind_c',
    'i.r AS ind_r',
    'i.unit',
    'p.c AS geo_c',
    'p.r AS place_r',
    'p.carried',
    'pe.pfrom',
    'pe.pto',
    'pe.r AS per_r',
    'sx.c AS sex_c',
    'ag.c AS age_c',
    `${c.status >= 0 ? 'js.s' : `''`} AS st`,
    `CASE WHEN p.grp THEN ${cellExpr(c.geoName)} END AS geo_name`,
    `${noteCell} AS note_c`,
    `trim(${cellExpr(c.value)}) AS tv`,
    ...optional.map(([name, i]) => `trim(${cellExpr(i)}) AS t_${name}`),
  ];
  const indJoin = `JOIN ${DI.ind} i ON i.t = ${fixedKey ? `''` : cellExpr(c.indicator)}`;
  const statusJoin =
    c.status >= 0 ? `JOIN ${DI.status} js ON js.t = ${cellExpr(c.status)} AND js.ok` : '';
  const step1 = `SELECT ${texts.join(', ')}
  FROM ${DI.raw} r
  ${indJoin} AND i.ok
  JOIN ${DI.place} p ON p.t = ${cellExpr(c.place)} AND p.ok
  JOIN ${DI.period} pe ON pe.a = ${pa} AND pe.b = ${pb} AND pe.ok
  JOIN ${DI.sex} sx ON sx.t = ${cellExpr(c.sex)} AND sx.ok
  JOIN ${DI.age} ag ON ag.t = ${cellExpr(c.age)} AND ag.ok
  ${statusJoin}`;
  // Step 2: the cells as numbers, whether each is plain, and the value's symbol.
  const numbers = [
    't1.*',
    'TRY_CAST(tv AS DOUBLE) AS nv',
    `${symbolStatus('tv')} AS sym_v`,
    ...optional.flatMap(([name]) => [
      `TRY_CAST(t_${name} AS DOUBLE) AS n_${name}`,
      `(t_${name} IN (${symbolKeys})) AS s_${name}`,
    ]),
  ];
  const step2 = `SELECT ${numbers.join(', ')} FROM (${step1}) t1`;
  // Step 3: plain or not, the status, and the figures as validateRow gives them.
  const plainV = plainOf('tv', 'nv');
  const vs = `CASE WHEN ${plainV} THEN 'ok' ELSE sym_v END`;
  const figures = [
    't2.*',
    `${plainV} AS pv`,
    `${vs} AS vs`,
    `CASE WHEN st = '' THEN ${vs} ELSE st END AS status`,
    `CASE WHEN ${plainV} THEN ${zeroed('nv')} END AS value`,
    ...optional.flatMap(([name]) => {
      const plain = plainOf(`t_${name}`, `n_${name}`);
      return [
        `${plain} AS p_${name}`,
        `CASE WHEN ${plain} THEN ${zeroed(`n_${name}`)} END AS v_${name}`,
      ];
    }),
  ];
  const step3 = `SELECT ${figures.join(', ')} FROM (${step2}) t2`;
  const conds = [
    'vs IS NOT NULL',
    `(st = '' OR (st = 'ok' AND vs = 'ok') OR (st IN ('suppressed', 'missing') AND vs <> 'ok'))`,
    ...optional.map(([name]) => `(p_${name} OR s_${name})`),
  ];
  const num: Record<string, string> = {};
  for (const name of ['ci_low', 'ci_high', 'numerator', 'denominator', 'respondents']) {
    const present = optional.some(([n]) => n === name);
    // A figure that is not shown must not leak through its interval or its count.
    const hidden = name === 'ci_low' || name === 'ci_high' || name === 'numerator';
    num[name] = !present
      ? 'NULL'
      : hidden
        ? `CASE WHEN status = 'ok' THEN v_${name} END`
        : `v_${name}`;
  }
  if (num.respondents !== 'NULL')
    conds.push(
      `(v_respondents IS NULL OR (v_respondents >= 0 AND v_respondents = floor(v_respondents)))`,
    );
  conds.push(
    `(value IS NULL OR ((${num.ci_low}) IS NULL OR (${num.ci_low}) <= value) AND ((${num.ci_high}) IS NULL OR (${num.ci_high}) >= value))`,
  );
  // checkUnit: a percent in 0–100, a count whole, nothing negative.
  conds.push(
    `(value IS NULL OR (value >= 0 AND (unit IS DISTINCT FROM 'percent' OR value <= 100) AND (unit IS DISTINCT FROM 'count' OR value = floor(value))))`,
  );
  conds.push(`(note_c IS NULL OR NOT regexp_matches(note_c, '^${JS_SPACE}|${JS_SPACE}$'))`);
  const note = `CASE WHEN carried IS NULL THEN nullif(note_c, '') ELSE carried || CASE WHEN coalesce(note_c, '') = '' THEN '' ELSE '. ' || note_c END END`;
  const select = [
    'rec',
    'ind_c',
    'geo_c',
    'pfrom',
    'pto',
    'sex_c',
    'age_c',
    'value',
    num.ci_low,
    num.ci_high,
    num.numerator,
    num.denominator,
    num.respondents === 'NULL' ? 'NULL' : `(${num.respondents})::INTEGER`,
    'status',
    note,
    'ind_r',
    'place_r',
    'per_r',
    'geo_name',
  ];
  const names = OK_COLUMNS.map((col) => col.split(' ')[0]);
  const types = OK_COLUMNS.map((col) => col.split(' ')[1]);
  return {
    sql: `CREATE TEMP TABLE ${DI.ok} AS SELECT ${select.map((e, k) => `(${e})::${types[k]} AS ${names[k]}`).join(', ')}
FROM (${step3}) t3
WHERE ${conds.join('\n  AND ')}`,
    params: [],
  };
}

/** The rows di_ok did not take, whole, in the file's order. */
export function slowRows(base: RawBase): Statement {
  const r = rec(base);
  return {
    sql: `CREATE TEMP TABLE ${DI.slow} AS SELECT ${r} AS rec, r.* FROM ${DI.raw} r ANTI JOIN ${DI.ok} o ON o.rec = ${r} ORDER BY rec`,
    params: [],
  };
}

/** A page of the slow rows after `rec`. */
export function slowPage(after: number, limit: number): Statement {
  return {
    sql: `SELECT * FROM ${DI.slow} WHERE rec > ? ORDER BY rec LIMIT ${Math.floor(limit)}`,
    params: [after],
  };
}

export const count = (table: string): Statement => ({
  sql: `SELECT count(*)::BIGINT AS n FROM ${table}`,
  params: [],
});

const KEY = 'ind_c, geo_c, period_from, period_to, sex_c, age_c';

/** Rows whose key an earlier row (by rec) already has, with that row's rec and figure. */
export const repeats: Statement[] = [
  {
    sql: `CREATE TEMP TABLE ${DI.dup} AS SELECT rec, value, status, first_rec, first_value, first_status FROM (
  SELECT o.rec, o.value, o.status,
    row_number() OVER w AS rn, first_value(o.rec) OVER w AS first_rec,
    first_value(o.value) OVER w AS first_value, first_value(o.status) OVER w AS first_status
  FROM ${DI.ok} o JOIN (SELECT ${KEY} FROM ${DI.ok} GROUP BY ${KEY} HAVING count(*) > 1) d USING (${KEY})
  WINDOW w AS (PARTITION BY ${KEY} ORDER BY o.rec)
) WHERE rn > 1 ORDER BY rec`,
    params: [],
  },
  { sql: `DELETE FROM ${DI.ok} WHERE rec IN (SELECT rec FROM ${DI.dup})`, params: [] },
];

/** The first repeats, by row. */
export const firstRepeats: Statement = {
  sql: `SELECT rec::BIGINT AS rec, value, status, first_rec::BIGINT AS first_rec, first_value, first_status FROM ${DI.dup} ORDER BY rec LIMIT 1000`,
  params: [],
};

/** Kept rows by status. */
export const keptByStatus: Statement = {
  sql: `SELECT status, count(*)::BIGINT AS n FROM ${DI.ok} GROUP BY status`,
  params: [],
};

/** The places kept rows cover, by number. */
export const keptPlaces: Statement = {
  sql: `SELECT DISTINCT geo_c FROM ${DI.ok}`,
  params: [],
};

/** The period judgements of kept rows. */
export const keptPeriods: Statement = {
  sql: `SELECT DISTINCT per_r FROM ${DI.ok}`,
  params: [],
};

/** Kept rows per indicator judgement, with their figures' count and largest size. */
export const keptByIndicator: Statement = {
  sql: `SELECT ind_r, count(*)::BIGINT AS n, count(value)::BIGINT AS nv, max(abs(value)) AS max, min(rec)::BIGINT AS first FROM ${DI.ok} GROUP BY ind_r ORDER BY first`,
  params: [],
};

/** Kept rows per place judgement, in the order the places were first kept, with a group's name. */
export const keptByPlace: Statement = {
  sql: `SELECT place_r, count(*)::BIGINT AS n, arg_min(geo_name, rec) AS geo_name, min(rec)::BIGINT AS first FROM ${DI.ok} GROUP BY place_r ORDER BY first`,
  params: [],
};

/**
 * The kept rows as contract observations, in the file's order. The source id is the importer's
 * (`import-<slug>-<hash>`: lower-case letters, digits and dashes only).
 */
export function keptObservations(sourceId: string): string {
  if (!/^[a-z0-9-]+$/.test(sourceId)) throw new Error(`not a source id: ${sourceId}`);
  return `SELECT ci.v AS indicator_id, cg.v AS geo_code, o.period_from, o.period_to, cs.v AS sex, ca.v AS age,
  o.value, o.ci_low, o.ci_high, o.numerator, o.denominator, o.respondents, o.status,
  ${quoteLiteral(sourceId)} AS source_id, o.note
FROM ${DI.ok} o
JOIN ${DI.cInd} ci ON ci.c = o.ind_c
JOIN ${DI.cGeo} cg ON cg.c = o.geo_c
JOIN ${DI.cSex} cs ON cs.c = o.sex_c
JOIN ${DI.cAge} ca ON ca.c = o.age_c
ORDER BY o.rec`;
}

/**
 * The kept rows' distinct notes, numbered (di_c_note), and how many there are: a note column of
 * few values goes out as numbers too (DuckDB-wasm's Arrow export of a text column took 1.4 s of
 * the 2 s of 1.36 M kept rows; the same rows' numbers take 0.5 s).
 */
export const noteValues: Statement[] = [
  {
    sql: `CREATE TEMP TABLE ${DI.cNote} AS SELECT (row_number() OVER () - 1)::INTEGER AS c, v FROM (SELECT DISTINCT note AS v FROM ${DI.ok} WHERE note IS NOT NULL)`,
    params: [],
  },
];
export const noteCount: Statement = {
  sql: `SELECT count(*)::BIGINT AS n FROM ${DI.cNote}`,
  params: [],
};
export const noteList: Statement = {
  sql: `SELECT c, v FROM ${DI.cNote} ORDER BY c`,
  params: [],
};

/** The figure columns a file may lack: without its column, every row's is null. */
export const OPTIONAL_FIGURES = [
  'ci_low',
  'ci_high',
  'numerator',
  'denominator',
  'respondents',
] as const;
export type OptionalFigure = (typeof OPTIONAL_FIGURES)[number];

/** The optional figures a file has a column for. */
export function presentFigures(c: RawColumns): OptionalFigure[] {
  const at: Record<OptionalFigure, number> = {
    ci_low: c.ciLow,
    ci_high: c.ciHigh,
    numerator: c.numerator,
    denominator: c.denominator,
    respondents: c.respondents,
  };
  return OPTIONAL_FIGURES.filter((f) => at[f] >= 0);
}

/**
 * The kept rows as keys, not texts, in the file's order, for a reader that has the key's value
 * tables already (the browser's ingest worker): indicator, place, sex and age as their numbers in
 * the read's value tables (di_c_ind and the others), the status as its index in `statuses`, the
 * figure as it is, and the note as its number in di_c_note when `notesKeyed` (else as text). No
 * source id: it is the same on every row. Of the optional figures only `figures` are given: the
 * others are null on every row (a file without the column), and 36 bytes a row of nothing made
 * the export of 1.36 M rows half as large again.
 */
export function keptCoded(
  statuses: readonly string[],
  o: { notesKeyed?: boolean; figures?: readonly OptionalFigure[] } = {},
): string {
  const status = statuses.map((s, i) => `WHEN ${quoteLiteral(s)} THEN ${i}`).join(' ');
  const note = o.notesKeyed ? 'n.c::INTEGER AS note' : 'o.note';
  const join = o.notesKeyed ? `\nLEFT JOIN ${DI.cNote} n ON n.v = o.note` : '';
  const figures = (o.figures ?? OPTIONAL_FIGURES).map(
    (f) => `o.${f}::${f === 'respondents' ? 'INTEGER' : 'DOUBLE'} AS ${f}`,
  );
  const columns = [
    'o.ind_c::INTEGER AS indicator_id',
    'o.geo_c::INTEGER AS geo_code',
    'o.period_from::INTEGER AS period_from',
    'o.period_to::INTEGER AS period_to',
    'o.sex_c::INTEGER AS sex',
    'o.age_c::INTEGER AS age',
    'o.value::DOUBLE AS value',
    ...figures,
    `(CASE o.status ${status} END)::INTEGER AS status`,
    note,
  ];
  return `SELECT ${columns.join(', ')}
FROM ${DI.ok} o${join}
ORDER BY o.rec`;
}

/** Drops every table of the read. */
export const dropAll: Statement[] = Object.values(DI).map((t) => ({
  sql: `DROP TABLE IF EXISTS ${t}`,
  params: [],
}));
