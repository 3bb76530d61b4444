/**
 * Which table functions the SQL console may call: a SELECT can call a table function that changes
 * state, which neither the statement type nor a read-only transaction catches. DuckDB's plan of the
 * statement names every table function it calls (also inside `query('…')` strings).
 */
import type { Refusal } from './console.ts';

/**
 * Table functions of DuckDB 1.4 that only read. Everything else is refused, among them
 * `enable_logging`/`disable_logging`/`truncate_duckdb_logs` (they change the log settings past
 * lock_configuration), `checkpoint`/`force_checkpoint`, and `arrow_scan` (reads raw memory
 * addresses). Functions a later DuckDB adds are refused until listed here.
 */
export const READ_TABLE_FUNCTIONS: ReadonlySet<string> = new Set([
  ...[
    'approx_database_count',
    'columns',
    'connection_count',
    'constraints',
    'databases',
    'dependencies',
    'extensions',
    'external_file_cache',
    'functions',
    'indexes',
    'keywords',
    'log_contexts',
    'logs',
    'memory',
    'optimizers',
    'prepared_statements',
    'schemas',
    'secret_types',
    'secrets',
    'sequences',
    'settings',
    'table_sample',
    'tables',
    'temporary_files',
    'types',
    'variables',
    'views',
  ].map((n) => `duckdb_${n}`),
  ...[
    'collations',
    'database_size',
    'metadata_info',
    'platform',
    'show',
    'storage_info',
    'table_info',
    'user_agent',
    'version',
  ].map((n) => `pragma_${n}`),
  'generate_series',
  'range',
  'unnest',
  'repeat',
  'repeat_row',
  'seq_scan',
  'summary',
  'test_all_types',
  'test_vector_types',
  'which_secret',
  // File readers: the sealed database refuses every path (no allowed directories are set).
  'glob',
  'read_blob',
  'read_text',
  'read_csv',
  'read_csv_auto',
  'sniff_csv',
]);

interface PlanNode {
  name?: string;
  children?: PlanNode[];
  extra_info?: Record<string, unknown>;
}

/** The table functions DuckDB's JSON plan (`EXPLAIN (FORMAT json)`) calls, lower-cased. */
export function planFunctions(planJson: string): string[] {
  const out = new Set<string>();
  const walk = (n: PlanNode) => {
    const fn = n.extra_info?.['Function'];
    if (typeof fn === 'string') out.add(fn.trim().toLowerCase());
    for (const c of n.children ?? []) walk(c);
  };
  const parsed = JSON.parse(planJson) as PlanNode | PlanNode[];
  for (const n of Array.isArray(parsed) ? parsed : [parsed]) walk(n);
  return [...out].sort();
}

/** Null when every table function only reads, else the refusal naming the first that may not. */
export function functionCheck(names: string[]): Refusal | null {
  const bad = names.find((n) => !READ_TABLE_FUNCTIONS.has(n));
  return bad ? { kind: 'function', name: bad } : null;
}
