import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/csp.ts';
import { precompressPlugin } from './scripts/precompress.ts';
import { serviceWorkerPlugin } from './scripts/service-worker.ts';

const SNAPSHOT_FILE = 'src/generated/snapshot.json';
const PLACE_SNAPSHOTS_FILE = 'src/generated/place-snapshots.json';

/**
 * Serves the build-time query snapshot as `virtual:oversikt-snapshot`, so it ships inside the
 * bundle, with the snapshot files a link to each place fetches (`placeSnapshots`).
 */
function snapshotPlugin(): Plugin {
  const id = 'virtual:oversikt-snapshot';
  return {
    name: 'oversikt-snapshot',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      if (!existsSync(SNAPSHOT_FILE)) {
        this.warn(
          `${SNAPSHOT_FILE} is missing: run "npm run assets"; the app will wait for DuckDB.`,
        );
        return 'export default {}; export const placeSnapshots = {};';
      }
      this.addWatchFile(SNAPSHOT_FILE);
      const places = existsSync(PLACE_SNAPSHOTS_FILE)
        ? readFileSync(PLACE_SNAPSHOTS_FILE, 'utf8')
        : '{}';
      return `export default JSON.parse(${JSON.stringify(readFileSync(SNAPSHOT_FILE, 'utf8'))});
export const placeSnapshots = ${places};`;
    },
  };
}

// base './' makes the built site work from any path on any static file server.
export default defineConfig({
  base: './',
  plugins: [react(), snapshotPlugin(), serviceWorkerPlugin(), cspPlugin(), precompressPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // bench.html is the browser half of `npm run bench` (synthetic data); the app is index.html.
    rollupOptions: { input: { main: 'index.html', bench: 'bench.html' } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
