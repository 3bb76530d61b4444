/**
 * The storage half of `npm run bench` (bench.html#keep, then bench.html#reload in the same browser
 * profile): imports a SYNTHETIC 150 MB long CSV, keeps it through the storage worker (OPFS; the
 * IndexedDB fallback is timed too), and after a page load reads it back and re-applies it.
 */
import { WasmConnector, type DataFile } from '../db/wasm.ts';
import { countRow } from '../sql/rows.ts';
import { applyImport } from '../imports/apply.ts';
import { readImportRows, writeImportRows, deleteImportRows } from '../imports/import-storage.ts';
import { keepImport, storageRoom } from '../imports/keep.ts';
import { readKept } from '../imports/kept-store.ts';
import { restoreKept } from '../imports/kept-sync.ts';
import { runIngest } from '../imports/run-ingest.ts';
import { syntheticLongCsvParts } from './synthetic.ts';

const GEO = [
  { code: '0', name: 'Norge', level: 'country' },
  ...['1554', '3447', '3320', '5057', '0301', '4601', '5001', '1103', '3301', '1804'].map(
    (code) => ({ code, name: code, level: 'municipality' }),
  ),
];
const s = (ms: number) => +(ms / 1000).toFixed(2);

async function start(): Promise<WasmConnector> {
  const dataUrl = new URL('generated/data/', document.baseURI);
  const manifest = (await (await fetch(new URL('manifest.json', dataUrl))).json()) as {
    arrow: DataFile[];
  };
  return WasmConnector.start(dataUrl, manifest.arrow);
}

/** Imports and keeps the file; returns what to print. */
export async function keepStep(): Promise<Record<string, unknown>> {
  const bytes = new Uint8Array(
    await new Blob(syntheticLongCsvParts(150 * 1024 * 1024).parts).arrayBuffer(),
  );
  const csvMB = bytes.byteLength / 1e6;
  const prepared = await runIngest(
    bytes,
    'synthetic-150mb.csv',
    { geo: GEO, geo_change: [], indicator: [] },
    {},
    () => undefined,
  ).done;
  const db = await start();
  await db.transaction((tx) => applyImport(tx, prepared).then(() => undefined));
  await db.close();
  const copies = prepared.parts.map((p) => ({ table: p.table, bytes: p.bytes.slice() }));
  const stored = { ...prepared, id: 'synthetic-150mb', importedAt: new Date().toISOString() };
  const t0 = performance.now();
  const kept = await keepImport(stored);
  const ms = performance.now() - t0;
  const mb = kept.bytesStored / 1e6;
  // The IndexedDB fallback on the same bytes: written, read back, then removed.
  const idb = await writeImportRows('bench-idb', copies, () => undefined, 'idb');
  const idbRead = await readImportRows({ ...kept, key: 'bench-idb', backend: 'idb' });
  await deleteImportRows('bench-idb', 'idb');
  const room = await storageRoom();
  return {
    file: 'SYNTHETIC generic long CSV',
    csvMB: +csvMB.toFixed(1),
    rows: prepared.report.rowsKept,
    backend: kept.backend,
    bytesStoredMB: +mb.toFixed(1),
    keepSeconds: s(ms),
    saveMBPerS: +(mb / (ms / 1000)).toFixed(1),
    idbFallback: {
      saveSeconds: s(idb.ms),
      saveMBPerS: +(mb / (idb.ms / 1000)).toFixed(1),
      readSeconds: s(idbRead.ms),
    },
    siteUsageMB: room ? Math.round(room.usage / 1e6) : null,
  };
}

/** After a page load: reads the kept file back and re-applies it, as a start-up does. */
export async function reloadStep(): Promise<Record<string, unknown>> {
  const list = await readKept();
  const k = list.find((x) => x.id === 'synthetic-150mb');
  if (!k || k.state !== 'kept') throw new Error('the kept import is not there after the reload');
  const read = await readImportRows(k);
  const db = await start();
  const t0 = performance.now();
  await restoreKept(db);
  const ms = performance.now() - t0;
  const n = await db.query({
    sql: 'SELECT count(*)::DOUBLE AS n FROM observation WHERE source_id = ?',
    params: [String(k.report.sourceId)],
    decode: countRow,
  });
  await db.close();
  return {
    readSeconds: s(read.ms),
    reloadSeconds: s(ms),
    rowsBack: n[0]?.n ?? 0,
    bytesStoredMB: +(k.bytesStored / 1e6).toFixed(1),
  };
}
