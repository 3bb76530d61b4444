import { isTransactional, isWritable, type Connector } from '../db/connector.ts';
import { decode } from '../ingest/decode.ts';
import { parseKlassGroups, type KlassGroupsResult } from '../ingest/klass-groups.ts';
import { pickerPlaces } from '../sql/catalog.ts';
import { kostraImportStatements } from '../sql/kostra.ts';

/** What a KOSTRA import did, or why it did nothing. */
export type KostraImportResult =
  | { ok: true; file: string; result: KlassGroupsResult }
  | { ok: false; file: string; reason: 'not_text' | 'not_klass' | 'read_only' };

/**
 * Reads a KLASS 112 file a user chose and puts its groups and their municipalities (today's codes
 * only) in DuckDB in one transaction. The groups then appear as references (src/queries/similar.ts).
 */
export async function importKostraFile(
  db: Connector,
  bytes: Uint8Array,
  file: string,
): Promise<KostraImportResult> {
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, file, reason: 'not_text' };
  const places = await db.query(pickerPlaces());
  const known = new Set(places.filter((p) => p.level === 'municipality').map((p) => p.code));
  let result: KlassGroupsResult;
  try {
    result = parseKlassGroups(decoded.text, known);
  } catch {
    return { ok: false, file, reason: 'not_klass' };
  }
  const citation = `Statistisk sentralbyrå (SSB), KOSTRA-gruppering (KLASS 112), fil ${file}`;
  const statements = kostraImportStatements(result.groups, citation, file);
  if (isTransactional(db))
    await db.transaction(async (tx) => {
      for (const s of statements) await tx.exec(s);
    });
  else if (isWritable(db)) for (const s of statements) await db.exec(s);
  else return { ok: false, file, reason: 'read_only' };
  return { ok: true, file, result };
}
