/**
 * Tokens of a console statement as DuckDB's own lexer (the Postgres scanner its parser uses) sees
 * them. duckdb-wasm's `tokenize` returns only each token's start and kind; this module reads the
 * words and punctuation the console's rules need from those starts. Comments never appear, and
 * strings, quoted identifiers and dollar quotes are single tokens, so a `;` or a keyword inside
 * them is never mistaken for one outside.
 */

/** What duckdb-wasm's `tokenize` returns: token starts and kinds (its `TokenType` numbering). */
export interface ScriptTokens {
  offsets: number[];
  types: number[];
}

/** DuckDB's token kinds, numbered as duckdb-wasm's `TokenType` enum. */
export const TOKEN = {
  identifier: 0,
  number: 1,
  string: 2,
  operator: 3,
  keyword: 4,
  comment: 5,
} as const;

/** One token: its kind, where it starts, and its word (keywords lower-cased, quotes removed). */
export interface Token {
  kind: number;
  start: number;
  /** A keyword or identifier in lower case; for an operator its first character (`;`, `(`, `)`, `,`). */
  word: string;
}

const WORD = /[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_$\u0080-\uFFFF]*/y;

/** The word at `start`: a bare word, or a quoted identifier with its quotes removed. */
function wordAt(sql: string, start: number): string {
  if (sql[start] === '"') {
    let i = start + 1;
    let out = '';
    while (i < sql.length) {
      if (sql[i] === '"' && sql[i + 1] === '"') {
        out += '"';
        i += 2;
      } else if (sql[i] === '"') break;
      else out += sql[i++];
    }
    return out.toLowerCase();
  }
  WORD.lastIndex = start;
  return (WORD.exec(sql)?.[0] ?? '').toLowerCase();
}

/** DuckDB's tokens of `sql` with their words, comments left out. */
export function readTokens(sql: string, raw: ScriptTokens): Token[] {
  const out: Token[] = [];
  raw.offsets.forEach((start, i) => {
    const kind = raw.types[i] ?? TOKEN.operator;
    if (kind === TOKEN.comment) return;
    const word =
      kind === TOKEN.keyword || kind === TOKEN.identifier
        ? wordAt(sql, start)
        : kind === TOKEN.operator
          ? (sql[start] ?? '')
          : '';
    out.push({ kind, start, word });
  });
  return out;
}

/** Whether the token is the punctuation `ch` (`;`, `(`, `)` or `,`). */
export function isPunct(t: Token | undefined, ch: string): boolean {
  return t?.kind === TOKEN.operator && t.word === ch;
}

/** The index just past the parenthesised group opening at `i` (or `i` itself when none opens there). */
export function skipGroup(tokens: Token[], i: number): number {
  if (!isPunct(tokens[i], '(')) return i;
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    if (isPunct(tokens[j], '(')) depth++;
    else if (isPunct(tokens[j], ')') && --depth === 0) return j + 1;
  }
  return tokens.length;
}
