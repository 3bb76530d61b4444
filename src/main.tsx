import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource-variable/inter';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import snapshot, { placeSnapshots } from 'virtual:oversikt-snapshot';
import { App } from './App.tsx';
import { Coordinator } from './db/coordinator.ts';
import type { DataFile } from './db/wasm.ts';
import { applyOverlay } from './db/apply-overlay.ts';
import { HAS_EDITS_FLAG, loadOverlay, startMeasureSync } from './state/measure-store.ts';
import { registerServiceWorker } from './offline/offline-status.ts';
import { HAS_IMPORTS_FLAG } from './imports/kept-store.ts';
import { restoreKept, startImportSync } from './imports/kept-sync.ts';
import { importKostraFile } from './imports/kostra-import.ts';
import { keptKostraFiles } from './state/kostra-kept.ts';
import { holdTabLock } from './state/tab-id.ts';
import { fetchSnapshotFile, linkedPlace, unpackSnapshot } from './db/place-snapshot.ts';
import { rememberedGeo } from './views/shared/usePlaceParam.ts';

// With edits or imports kept in this browser, the build-time snapshot would be stale: skip it.
const hasEdits = (() => {
  try {
    return (
      localStorage.getItem(HAS_EDITS_FLAG) === '1' || localStorage.getItem(HAS_IMPORTS_FLAG) === '1'
    );
  } catch {
    return false;
  }
})();
const coordinator = new Coordinator(hasEdits ? {} : unpackSnapshot(snapshot));
// A link that opens on a place draws from its snapshot files (its own and its county's) while
// DuckDB starts.
const place = linkedPlace(location.hash, rememberedGeo());
if (!hasEdits && place && Object.hasOwn(placeSnapshots, place))
  for (const file of placeSnapshots[place] ?? [])
    coordinator.addSnapshotPart(fetchSnapshotFile(new URL(document.baseURI), file));
holdTabLock();
// Another tab's edits and imports reach this tab's DuckDB, and the views redraw.
startMeasureSync(coordinator);
startImportSync(coordinator);
const dataUrl = new URL('generated/data/', document.baseURI);

let stale = false;
void coordinator
  .start(async () => {
    const manifest = async () => {
      const res = await fetch(new URL('manifest.json', dataUrl));
      if (!res.ok) throw new Error(`data manifest missing (${res.status})`);
      return ((await res.json()) as { arrow: DataFile[] }).arrow;
    };
    // Loaded apart from the main bundle so the first chart does not wait for DuckDB's code; the
    // manifest is fetched meanwhile.
    const [files, { WasmConnector }] = await Promise.all([manifest(), import('./db/wasm.ts')]);
    performance.mark('oversikt:duckdb-code');
    const db = await WasmConnector.start(dataUrl, files);
    performance.mark('oversikt:duckdb-sealed');
    const restored = await restoreKept(db);
    // KOSTRA groups imported earlier (kept as their file's text).
    const kostra = keptKostraFiles();
    for (const k of kostra)
      await db.transaction(async (tx) => {
        await importKostraFile(tx, new TextEncoder().encode(k.text), k.file);
      });
    const overlay = await loadOverlay();
    await db.transaction((tx) => applyOverlay(tx, overlay));
    // Kept data the start-up flags did not announce (a first start after an upgrade): the snapshot
    // answers are stale, so drop them once DuckDB is up.
    if (
      kostra.length > 0 ||
      (!hasEdits &&
        (restored > 0 || overlay.deleted.length > 0 || Object.keys(overlay.put).length > 0))
    )
      stale = true;
    return db;
  })
  .then(() => {
    if (stale) coordinator.invalidate();
  });

window.addEventListener('pagehide', () => {
  void coordinator
    .live()
    .then((c) => ('close' in c && typeof c.close === 'function' ? c.close() : undefined))
    .catch(() => undefined);
});

// The built site keeps itself for offline use (sw.js is written by the build; the dev server has none).
// Registered once DuckDB is up and the first view has its figures (no query for a second), so
// caching the 34 MB wasm for offline use competes neither with the start nor with the first
// queries (a link to a place without a snapshot file waits for them).
if (import.meta.env.PROD) {
  void coordinator.quiet(1000).then(registerServiceWorker).catch(registerServiceWorker);
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App coordinator={coordinator} />
  </StrictMode>,
);
