/** Statements the read-only SQL console accepts as its first word. */
const READ_ONLY_START = [
  'select',
  'with',
  'from',
  'describe',
  'show',
  'summarize',
  'explain',
  'values',
  'table',
  'pivot',
  'unpivot',
];

/** The first word of a statement after comments and whitespace, lower-cased. */
export function firstKeyword(sql: string): string {
  const body = sql.replace(/^(\s+|--[^\n]*\n?|\/\*[\s\S]*?\*\/)*/, '');
  return (/^[a-zA-Z_]+/.exec(body)?.[0] ?? '').toLowerCase();
}

/**
 * Why a console statement is refused, or null when it may run. The console also runs every
 * statement inside a transaction that is rolled back, so even an accepted statement changes nothing.
 */
export function consoleRefusal(sql: string): string | null {
  if (sql.trim() === '') return 'empty';
  const kw = firstKeyword(sql);
  return READ_ONLY_START.includes(kw) ? null : `read_only:${kw || '?'}`;
}
