/** Shared by the ingest tests: the curated places, code changes and indicators as import context. */
import { existsSync, readFileSync } from 'node:fs';
import { parseCsvText } from '../../pipelines/lib/csv.ts';
import type { IngestContext } from '../../src/ingest/types.ts';

const curated = new URL('../../pipelines/curated/', import.meta.url);

function rows(file: string): Record<string, string>[] {
  return parseCsvText(readFileSync(new URL(file, curated), 'utf8')).rows.map(
    (r) => r.raw as Record<string, string>,
  );
}

/** geo, geo_change and indicator as the curated CSVs hold them (the same rows as data/*.parquet). */
export function curatedContext(): IngestContext {
  return {
    geo: rows('geo.csv'),
    geo_change: rows('geo_change.csv'),
    indicator: rows('indicator.csv'),
  };
}

/** The folder of the import fixtures. */
export const FIXTURES = new URL('../fixtures/ingest/', import.meta.url);

/** A file's bytes. */
export function bytesOf(url: URL): Uint8Array {
  return new Uint8Array(readFileSync(url));
}

/**
 * A folder of the real exports in ../shared/formats (beside the repository on CI), and whether it
 * is missing here; when it is, says that `who`'s tests of them are left out.
 */
export function realFormats(folder: string, who: string): { dir: URL; missing: boolean } {
  const dir = new URL(`../../../shared/formats/${folder}`, import.meta.url);
  const missing = !existsSync(dir);
  if (missing)
    console.log(`${who}, ${dir.pathname} does not exist (it sits beside the repository on CI)`);
  return { dir, missing };
}
