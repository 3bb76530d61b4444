import type { Transaction } from '../db/connector.ts';
import { decode } from '../ingest/decode.ts';
import { parseKlassGroups, type KlassGroupsResult } from '../ingest/klass-groups.ts';
import { pickerPlaces } from '../sql/catalog.ts';
import { kostraImportStatements } from '../sql/kostra.ts';

/** What a KOSTRA import did, or why it did nothing. */
export type KostraImportResult =
  | { ok: true; file: string; result: KlassGroupsResult; text: string }
  | { ok: false; file: string; reason: 'not_text' | 'not_klass' };

/**
 * Reads a KLASS 112 file a user chose and puts its groups and their municipalities (today's codes
 * only) in DuckDB, inside the caller's transaction (the coordinator's write queue, or the start-up
 * restore). The groups then appear as references (src/queries/similar.ts).
 */
export async function importKostraFile(
  tx: Transaction,
  bytes: Uint8Array,
  file: string,
): Promise<KostraImportResult> {
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, file, reason: 'not_text' };
  const places = await tx.query(pickerPlaces());
  const known = new Set(places.filter((p) => p.level === 'municipality').map((p) => p.code));
  let result: KlassGroupsResult;
  try {
    result = parseKlassGroups(decoded.text, known);
  } catch {
    return { ok: false, file, reason: 'not_klass' };
  }
  const citation = `Statistisk sentralbyrå (SSB), KOSTRA-gruppering (KLASS 112), fil ${file}`;
  for (const s of kostraImportStatements(result.groups, citation, file)) await tx.exec(s);
  return { ok: true, file, result, text: decoded.text };
}
