/**
 * Runs one SQL console statement after DuckDB has judged it (rules in src/sql/console.ts). The
 * engine is one DuckDB connection inside a READ ONLY transaction that the caller rolls back; in the
 * app that is duckdb-wasm in its worker, in unit tests the same wasm build in Node.
 */
import type { ResultRow } from '../arrow/to-rows.ts';
import { functionCheck, planFunctions } from '../sql/console-functions.ts';
import { readTokens, type ScriptTokens } from '../sql/console-tokens.ts';
import {
  ConsoleRefused,
  deallocateCheck,
  explainPlan,
  lexicalCheck,
  prepareCheck,
  preparedText,
  statementTypeCheck,
} from '../sql/console.ts';
import type { Param } from '../sql/query.ts';

/** A console result: column names in order and the rows. */
export interface ConsoleResult {
  columns: string[];
  rows: ResultRow[];
}

/** What the guard needs from DuckDB: its lexer, and running ONE statement as a prepared statement. */
export interface ConsoleEngine {
  tokenize(sql: string): Promise<ScriptTokens>;
  /** Prepares and runs `sql`; DuckDB refuses to prepare more than one statement at once. */
  run(sql: string, params?: Param[]): Promise<ConsoleResult>;
}

/** DuckDB's message when a text holds more than one statement. */
const MULTIPLE = /multiple statements/i;

/** Throws ConsoleRefused unless `sql` is exactly one statement that only reads. */
export async function judgeStatement(engine: ConsoleEngine, sql: string): Promise<void> {
  const lexical = lexicalCheck(sql, readTokens(sql, await engine.tokenize(sql)));
  if ('kind' in lexical) throw new ConsoleRefused(lexical);
  const { inner } = lexical;

  let rendered: string;
  try {
    await engine.run(prepareCheck(inner));
  } catch (e) {
    if (MULTIPLE.test(String(e))) throw new ConsoleRefused({ kind: 'multiple' });
    throw e;
  }
  try {
    const q = preparedText();
    rendered = (await engine.run(q.sql, q.params)).rows.map(q.decode)[0]?.statement ?? '';
  } finally {
    await engine.run(deallocateCheck());
  }
  const typeRefusal = statementTypeCheck(readTokens(rendered, await engine.tokenize(rendered)));
  if (typeRefusal) throw new ConsoleRefused(typeRefusal);

  const plan = await engine.run(explainPlan(inner));
  const json = plan.rows.find((r) => r['explain_key'] === 'physical_plan')?.['explain_value'];
  const fnRefusal = functionCheck(planFunctions(String(json ?? '[]')));
  if (fnRefusal) throw new ConsoleRefused(fnRefusal);
}

/**
 * Judges `sql`, then runs it as it was written, all inside a READ ONLY transaction that is always
 * rolled back: DuckDB itself refuses any write to a table there, whatever got past the rules.
 */
export async function runConsoleStatement(
  engine: ConsoleEngine,
  sql: string,
): Promise<ConsoleResult> {
  await engine.run('BEGIN TRANSACTION READ ONLY');
  try {
    await judgeStatement(engine, sql);
    return await engine.run(sql);
  } finally {
    await engine.run('ROLLBACK').catch(() => undefined);
  }
}
