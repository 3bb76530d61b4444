import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PipelineIO } from './lib/curated.ts';
import { PipelineError } from './lib/errors.ts';
import { writeParquet } from './lib/parquet.ts';
import type { TableBuild } from './lib/table.ts';
import * as geo from './geo.ts';
import * as geoChange from './geo_change.ts';
import * as theme from './theme.ts';
import * as indicator from './indicator.ts';
import * as source from './source.ts';
import * as observation from './observation.ts';
import * as plan from './plan.ts';
import * as measure from './measure.ts';
import * as measureLink from './measure_link.ts';
import { refreshCurated } from './refresh-curated.ts';
import { BORDERS_FILE, writeBorders } from './borders.ts';

/** One entry of data/manifest.json. */
export interface ManifestEntry {
  file: string;
  table: string;
  rows: number;
  sha256: string;
  inputs: string[];
  sources: string[];
}

/** Pipelines in dependency order: places, themes, indicators and sources before what refers to them. */
const PIPELINES = [
  geo,
  geoChange,
  theme,
  indicator,
  source,
  observation,
  plan,
  measure,
  measureLink,
];

/** Runs every pipeline, writes one Parquet file per table and the manifest. */
export async function runAll(io: PipelineIO): Promise<ManifestEntry[]> {
  // Curated tables made from raw downloads are rebuilt first when the downloads are there.
  if (io.rawDir) refreshCurated(io);
  const builds: TableBuild[] = PIPELINES.map((p) => p.build(io));
  mkdirSync(io.outDir, { recursive: true });
  const entries: ManifestEntry[] = [];
  const sourceIds = (b: TableBuild) =>
    b.table === 'observation' ? [...new Set(b.rows.map((r) => String(r.source_id)))].sort() : [];
  for (const b of builds) {
    const file = `${b.table}.parquet`;
    const sha256 = await writeParquet(b.table, b.rows, join(io.outDir, file));
    entries.push({
      file,
      table: b.table,
      rows: b.rows.length,
      sha256,
      inputs: b.inputs,
      sources: sourceIds(b),
    });
  }
  const manifest = { tables: entries };
  const path = join(io.outDir, 'manifest.json');
  writeFileSync(`${path}.tmp`, JSON.stringify(manifest, null, 2) + '\n');
  renameSync(`${path}.tmp`, path);
  return entries;
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const raw = resolve(root, '../shared/formats');
  const io: PipelineIO = {
    root,
    curatedDir: join(root, 'pipelines/curated'),
    outDir: join(root, 'data'),
    ...(existsSync(raw) ? { rawDir: raw } : {}),
  };
  console.log(
    io.rawDir
      ? `Raw downloads found in ${raw}: curated population and FHI tables rebuilt from them.`
      : `No raw downloads at ${raw}: the committed curated tables are used.`,
  );
  runAll(io)
    .then((entries) => {
      for (const e of entries)
        console.log(
          `${e.file.padEnd(24)} ${String(e.rows).padStart(6)} rows  ${e.sha256.slice(0, 12)}`,
        );
      // The map's borders: rebuilt from Kartverket's file when the raw downloads are there, else kept.
      const bytes = writeBorders(io.outDir, io.rawDir);
      console.log(`${BORDERS_FILE.padEnd(24)} ${String(bytes).padStart(6)} bytes`);
    })
    .catch((e: unknown) => {
      console.error(e instanceof PipelineError ? e.message : e);
      process.exit(1);
    });
}
