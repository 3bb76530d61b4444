import { idbGet, idbSet } from '../state/idb.ts';
import type { StoredImport } from './types.ts';

const INDEX = 'imports';
const key = (id: string) => `import:${id}`;

/** The ids of the imports kept in this browser, oldest first. */
export async function importIds(): Promise<string[]> {
  return (await idbGet<string[]>(INDEX)) ?? [];
}

/** Every kept import, oldest first (skipping any that cannot be read). */
export async function loadImports(): Promise<StoredImport[]> {
  const out: StoredImport[] = [];
  for (const id of await importIds()) {
    const s = await idbGet<StoredImport>(key(id));
    if (s) out.push(s);
  }
  return out;
}

/** Keeps an import: its rows first, then the index, so a crash between leaves no dangling entry. */
export async function saveImport(s: StoredImport): Promise<void> {
  await idbSet(key(s.id), s);
  const ids = await importIds();
  if (!ids.includes(s.id)) await idbSet(INDEX, [...ids, s.id]);
}

/** Forgets an import. */
export async function deleteImport(id: string): Promise<void> {
  await idbSet(
    INDEX,
    (await importIds()).filter((x) => x !== id),
  );
  await idbSet(key(id), undefined);
}
