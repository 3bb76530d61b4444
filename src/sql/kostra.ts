import { KOSTRA_PREFIX } from '../domain/similar/size-classes.ts';
import { placeholders, typedQuery, type Query, type Statement } from './query.ts';
import { kostraGroupRow, type KostraGroupRow } from './similar-rows.ts';

/** The table of comparison-group members (made by the first KOSTRA import). */
export function ensureGroupMemberTable(): Statement {
  return {
    sql: 'CREATE TABLE IF NOT EXISTS geo_group_member (group_code VARCHAR, geo_code VARCHAR, source_file VARCHAR)',
    params: [],
  };
}

/** One KOSTRA group and its municipalities, as read from a KLASS 112 file. */
export interface KostraGroupInput {
  code: string;
  name: string;
  members: string[];
}

/**
 * Statements that put imported KOSTRA groups in place: each group as a `geo` row of level
 * `group` (code `G-KOSTRA-<code>`, replacing an earlier import of the same group) and its
 * municipalities in `geo_group_member`. Run them in one transaction.
 */
export function kostraImportStatements(
  groups: readonly KostraGroupInput[],
  citation: string,
  fileName: string,
): Statement[] {
  const out: Statement[] = [ensureGroupMemberTable()];
  const codes = groups.map((g) => KOSTRA_PREFIX + g.code);
  if (codes.length === 0) return out;
  out.push(
    {
      sql: `DELETE FROM geo_group_member WHERE group_code IN (${placeholders(codes.length)})`,
      params: codes,
    },
    { sql: `DELETE FROM geo WHERE code IN (${placeholders(codes.length)})`, params: codes },
  );
  for (const g of groups) {
    const code = KOSTRA_PREFIX + g.code;
    out.push({
      sql: "INSERT INTO geo (code, name, level, parent_code, valid_from, valid_to, citation) VALUES (?, ?, 'group', NULL, NULL, NULL, ?)",
      params: [code, g.name, citation],
    });
    if (g.members.length > 0)
      out.push({
        sql: `INSERT INTO geo_group_member SELECT ?, m.code, ? FROM (VALUES ${g.members.map(() => '(?)').join(', ')}) m(code)`,
        params: [code, fileName, ...g.members],
      });
  }
  return out;
}

/** Imported KOSTRA groups (from `geo`, so this runs before any import has made the member table). */
export function kostraGroups(): Query<KostraGroupRow> {
  return typedQuery(
    `SELECT code, name, citation FROM geo WHERE level = 'group' AND starts_with(code, ?) ORDER BY code`,
    [KOSTRA_PREFIX],
    kostraGroupRow,
  );
}
