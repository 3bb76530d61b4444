/**
 * The SQL console's rules: exactly one statement, and only one that reads. Judged on DuckDB's own
 * lexer and parser, never on the first word of the text:
 *
 * 1. `lexicalCheck` — on DuckDB's tokens (comments, strings and quoted names are whole tokens):
 *    nothing after a `;`, and the statement (inside any `EXPLAIN [ANALYZE]`) starts as a query does.
 *    This gives the clear message for SET, COPY, ATTACH and the like before DuckDB parses anything.
 * 2. DuckDB parses the statement as `PREPARE … AS <statement>`: its grammar takes only one
 *    preparable statement there, so SET/RESET/PRAGMA/CALL/LOAD/INSTALL/ATTACH/EXPORT/CREATE… fail to
 *    parse. `duckdb_prepared_statements()` then gives DuckDB's own rendering of the parsed statement,
 *    and `statementTypeCheck` reads its type from it (SELECT, DESCRIBE, SUMMARIZE; not INSERT,
 *    UPDATE, DELETE, COPY, also behind a WITH list).
 *    Why not the statement type itself: duckdb-wasm 1.32 exposes neither `extract_statements` nor a
 *    prepared statement's type, and `json_serialize_sql` needs the json extension, which a sealed
 *    database cannot load. DuckDB's rendering of its own parse tree is the closest it offers.
 * 3. `planFunctions` (console-functions.ts) — DuckDB's plan of the statement (EXPLAIN, not run)
 *    names every table function it calls, also inside `query('…')` strings; only readers pass.
 *
 * The statement then runs in a READ ONLY transaction that is rolled back (DuckDB itself refuses any
 * write to a table), on a database sealed at start: no network, no files, no extensions, settings
 * locked (src/db/seal.ts). Those are the walls; these rules make the refusals clear and early.
 */
import { TOKEN, isPunct, skipGroup, type Token } from './console-tokens.ts';
import type { Query } from './query.ts';
import { statementRow } from './rows.ts';

/** Why the console refuses a statement. */
export type Refusal =
  | { kind: 'empty' }
  | { kind: 'multiple' }
  | { kind: 'statement'; word: string }
  | { kind: 'function'; name: string }
  | { kind: 'unsealed' };

/** Thrown when the console refuses a statement; the view shows the refusal in words. */
export class ConsoleRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(`console refused: ${JSON.stringify(refusal)}`);
    this.name = 'ConsoleRefused';
  }
}

/** Words a reading statement may start with (DuckDB's SELECT family, DESCRIBE/SHOW/SUMMARIZE). */
const READ_START = new Set([
  'select',
  'with',
  'from',
  'values',
  'table',
  'describe',
  'show',
  'summarize',
  'pivot',
  'pivot_wider',
  'unpivot',
  'pivot_longer',
]);

/** How DuckDB renders a parsed statement that reads: a SELECT (maybe a parenthesised set operation), DESCRIBE or SUMMARIZE. */
const READ_RENDERED = new Set(['select', '(', 'describe', 'summarize', 'from', 'values', 'table']);

/** The statement to judge (inside any EXPLAIN prefix), or why the text is refused outright. */
export function lexicalCheck(sql: string, tokens: Token[]): { inner: string } | Refusal {
  if (tokens.length === 0) return { kind: 'empty' };
  const semi = tokens.findIndex((t) => isPunct(t, ';'));
  if (semi >= 0 && semi < tokens.length - 1) return { kind: 'multiple' };
  let i = 0;
  if (tokens[0]?.word === 'explain') {
    i = 1;
    if (tokens[i]?.word === 'analyze' || tokens[i]?.word === 'analyse') i++;
    // EXPLAIN's options in parentheses, unless the parentheses hold the query itself.
    if (!READ_START.has(tokens[i + 1]?.word ?? '')) i = skipGroup(tokens, i);
    if (tokens[i]?.word === 'explain') return { kind: 'statement', word: 'explain' };
  }
  const body = tokens[i];
  if (!body || isPunct(body, ';')) return { kind: 'statement', word: tokens[0]?.word || '?' };
  let j = i;
  while (isPunct(tokens[j], '(')) j++;
  const first = tokens[j];
  if (!first || first.kind !== TOKEN.keyword || !READ_START.has(first.word))
    return { kind: 'statement', word: first?.word || '?' };
  return { inner: sql.slice(body.start) };
}

/**
 * The main keyword of DuckDB's rendering of a statement: past a WITH list (`WITH [RECURSIVE] name
 * [(cols)] [USING KEY (…)] AS [NOT] [MATERIALIZED] (…), …`) to what the CTEs feed.
 */
export function mainKeyword(tokens: Token[]): string {
  if (tokens[0]?.word !== 'with') return tokens[0]?.word ?? '';
  let i = 1;
  while (i < tokens.length) {
    if (isPunct(tokens[i], '(')) {
      i = skipGroup(tokens, i);
      const next = tokens[i];
      if (isPunct(next, ',') || next?.word === 'as' || next?.word === 'using') i++;
      else return next?.word ?? '';
    } else i++;
  }
  return '';
}

/** Null when DuckDB's rendering of the parsed statement is a reading statement, else the refusal. */
export function statementTypeCheck(rendered: Token[]): Refusal | null {
  const word = mainKeyword(rendered);
  return READ_RENDERED.has(word) ? null : { kind: 'statement', word: word || '?' };
}

/** The name the console's parse check prepares its statement under. */
export const CHECK_NAME = 'oversikt_console_check';

/** Has DuckDB parse (and bind, not run) the statement as one preparable statement. */
export function prepareCheck(inner: string): string {
  return `PREPARE ${CHECK_NAME} AS ${inner}`;
}

/** DuckDB's own rendering of the statement `prepareCheck` parsed. */
export function preparedText(): Query<{ statement: string }> {
  return {
    decode: statementRow,
    sql: 'SELECT statement FROM duckdb_prepared_statements() WHERE name = ?',
    params: [CHECK_NAME],
  };
}

/** Forgets the statement `prepareCheck` prepared. */
export function deallocateCheck(): string {
  return `DEALLOCATE ${CHECK_NAME}`;
}

/** DuckDB's plan of the statement as JSON; EXPLAIN without ANALYZE plans and does not run it. */
export function explainPlan(inner: string): string {
  return `EXPLAIN (FORMAT json) ${inner}`;
}

/** What a DuckDB error says, for the console's message: the seal, a missing extension, a refused write, a locked setting, or anything else. */
export function duckdbErrorKind(
  message: string,
): 'sealed' | 'extension' | 'readOnly' | 'locked' | 'other' {
  if (/disabled (by|through) configuration|Extension Autoloading Error/i.test(message))
    return 'sealed';
  if (/exists in the \w+ extension/i.test(message)) return 'extension';
  if (/read-only mode|read only/i.test(message)) return 'readOnly';
  if (/configuration has been locked/i.test(message)) return 'locked';
  return 'other';
}

/** The statement the console opens with: one municipality's figures, as a user would start. */
export const CONSOLE_EXAMPLE = `SELECT indicator_id, geo_code, period_from, period_to, value, status
FROM observation
WHERE geo_code = '1554'
ORDER BY indicator_id, period_from
LIMIT 50`;
