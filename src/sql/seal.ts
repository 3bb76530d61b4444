/**
 * The SQL that seals the in-browser database after the app's own loading, and the query that
 * checks the seal. Settings exist in DuckDB 1.4 (duckdb-wasm 1.32) as named here.
 */
import { placeholders, type Query, type Statement } from './query.ts';
import { settingRow, type SettingRow } from './rows.ts';

/** A setting of the seal and the value `duckdb_settings()` must show for it. */
export interface SealSetting {
  name: string;
  value: 'true' | 'false';
}

/**
 * Set in this order; lock_configuration last, after which no statement can change any setting.
 * - no extension is installed or loaded on its own (each would be fetched from extensions.duckdb.org);
 * - no community extensions;
 * - enable_external_access off: no file, URL or extension can be read or written (COPY, read_csv,
 *   ATTACH of a file, EXPORT DATABASE, LOAD …); Arrow inserts of the app's own data keep working.
 */
export const SEAL: readonly SealSetting[] = [
  { name: 'autoinstall_known_extensions', value: 'false' },
  { name: 'autoload_known_extensions', value: 'false' },
  { name: 'allow_community_extensions', value: 'false' },
  { name: 'enable_external_access', value: 'false' },
  { name: 'lock_configuration', value: 'true' },
];

/** Checked with the seal: DuckDB's default, settable only before start, never turned on here. */
export const SEAL_CHECKED: readonly SealSetting[] = [
  ...SEAL,
  { name: 'allow_unsigned_extensions', value: 'false' },
];

/** The statements that seal the database (setting names come from SEAL, never from users). */
export function sealStatements(): Statement[] {
  return SEAL.map((s) => ({ sql: `SET ${s.name} = ${s.value}`, params: [] }));
}

/** The seal's settings as DuckDB reports them. */
export function sealSettingsQuery(): Query<SettingRow> {
  return {
    decode: settingRow,
    sql: `SELECT name, value FROM duckdb_settings() WHERE name IN (${placeholders(SEAL_CHECKED.length)}) ORDER BY name`,
    params: SEAL_CHECKED.map((s) => s.name),
  };
}
