import type { MeasureOverlay } from '../domain/measure-overlay.ts';
import { deleteMeasure, insertLink, insertMeasure, keepOriginals } from '../sql/measure-edit.ts';
import type { WritableConnector } from './connector.ts';

/**
 * Puts the embedded measures back and applies the user's overlay on top: deleted measures go,
 * edited and added ones replace their rows and links. Idempotent, so it runs after every edit.
 */
export async function applyOverlay(db: WritableConnector, overlay: MeasureOverlay): Promise<void> {
  for (const q of keepOriginals()) await db.exec(q);
  await db.exec({ sql: 'DELETE FROM measure_link', params: [] });
  await db.exec({ sql: 'DELETE FROM measure', params: [] });
  await db.exec({ sql: 'INSERT INTO measure SELECT * FROM measure_original', params: [] });
  await db.exec({
    sql: 'INSERT INTO measure_link SELECT * FROM measure_link_original',
    params: [],
  });
  for (const id of overlay.deleted) for (const q of deleteMeasure(id)) await db.exec(q);
  for (const [id, { measure, links }] of Object.entries(overlay.put)) {
    for (const q of deleteMeasure(id)) await db.exec(q);
    await db.exec(insertMeasure(measure as Record<string, string | number | null>));
    for (const l of links) await db.exec(insertLink({ ...l }));
  }
}
