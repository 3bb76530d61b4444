/**
 * The SQL that seals the in-browser database after the app's own loading, and the query that
 * checks the seal. Settings exist in DuckDB 1.4 (duckdb-wasm 1.32) as named here.
 */
import { UPLOAD_DIR } from './open-table.ts';
import { placeholders, type Query, type Statement } from './query.ts';
import { quoteLiteral } from './quote.ts';
import { settingRow, type SettingRow } from './rows.ts';

/** A setting of the seal and the value `duckdb_settings()` must show for it. */
export interface SealSetting {
  name: string;
  /** As `duckdb_settings()` reports it (lower case). */
  value: string;
  /** The SQL value that sets it, when it is not `value` itself. */
  set?: string;
}

/**
 * Set in this order; lock_configuration last, after which no statement can change any setting.
 * - no extension is installed or loaded on its own (each would be fetched from extensions.duckdb.org);
 * - no community extensions;
 * - allowed_directories: the one directory DuckDB may still read once external access is off,
 *   where the app registers a user's file for "Åpne som tabell" (src/sql/open-table.ts) and drops
 *   it after the read; it must be set while external access is on. Nothing else can be read: no
 *   path outside it, no URL, and the console refuses COPY and every other writer;
 * - enable_external_access off: no file, URL or extension can be read or written (COPY, read_csv,
 *   ATTACH of a file, EXPORT DATABASE, LOAD …); Arrow inserts of the app's own data keep working.
 */
export const SEAL: readonly SealSetting[] = [
  { name: 'autoinstall_known_extensions', value: 'false' },
  { name: 'autoload_known_extensions', value: 'false' },
  { name: 'allow_community_extensions', value: 'false' },
  {
    name: 'allowed_directories',
    value: `[${UPLOAD_DIR}]`,
    set: `[${quoteLiteral(UPLOAD_DIR)}]`,
  },
  { name: 'enable_external_access', value: 'false' },
  { name: 'lock_configuration', value: 'true' },
];

/**
 * Checked with the seal: DuckDB's defaults, never changed here (unsigned extensions settable only
 * before start; no single file allowed besides the upload directory).
 */
export const SEAL_CHECKED: readonly SealSetting[] = [
  ...SEAL,
  { name: 'allow_unsigned_extensions', value: 'false' },
  { name: 'allowed_paths', value: '[]' },
];

/** The statements that seal the database (setting names come from SEAL, never from users). */
export function sealStatements(): Statement[] {
  return SEAL.map((s) => ({ sql: `SET ${s.name} = ${s.set ?? s.value}`, params: [] }));
}

/** The seal's settings as DuckDB reports them. */
export function sealSettingsQuery(): Query<SettingRow> {
  return {
    decode: settingRow,
    sql: `SELECT name, value FROM duckdb_settings() WHERE name IN (${placeholders(SEAL_CHECKED.length)}) ORDER BY name`,
    params: SEAL_CHECKED.map((s) => s.name),
  };
}
