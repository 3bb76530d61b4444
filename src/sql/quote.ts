/**
 * The only escaping code in the project. Identifiers come from the contract, never from users;
 * user values travel as prepared-statement parameters, not through these functions.
 */

/** Quotes an SQL identifier: `my "col"` → `"my ""col"""`. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a string literal: file paths in build scripts, and names from the contract. */
export function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
