/**
 * The offline service worker: a Vite plugin that, after the build, lists every file in `dist/`
 * (app code, CSS, fonts, DuckDB's wasm and worker, the Arrow data and its manifest, index.html) and
 * writes `dist/sw.js`, which caches them all on install and answers same-origin GETs cache-first.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Files the worker does not cache on install: itself, source maps, the synthetic benchmark page,
 * the precompressed copies (scripts/precompress.ts; the browser decodes what it fetches), and the
 * place snapshots (src/db/place-snapshot.ts: 17 MB for every place, only to draw before DuckDB is
 * up; one that was fetched is kept like any other same-origin GET).
 */
const SKIP = [
  /^sw\.js$/,
  /\.map$/,
  /^bench\.html$/,
  /(^|\/)bench[-.][^/]*$/,
  /\.(gz|br)$/,
  /^generated\/snapshot\//,
];

/** Every file under `dir`, as URL paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The files under `dir` the worker caches on install (all but those `SKIP` names). */
export function precacheFiles(dir: string): string[] {
  return listFiles(dir).filter((f) => !SKIP.some((re) => re.test(f)));
}

/** A version that changes whenever any cached file's name or bytes change. */
export function buildVersion(dir: string, files: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of files)
    h.update(f)
      .update('\0')
      .update(readFileSync(join(dir, f)));
  return h.digest('hex').slice(0, 16);
}

/**
 * The worker's source. Paths are relative to the worker's own URL, so the site works at any path.
 * Install caches every file (bypassing the HTTP cache) and activates at once; activate drops older
 * caches and takes control of open pages; fetch answers same-origin GETs from the cache first, keeps
 * what it fetches, and falls back to the cached page for navigations when the network is gone.
 */
export function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `// Written by the build (scripts/service-worker.ts); do not edit.
const CACHE = 'oversikt-${version}';
const FILES = ${JSON.stringify(['./', ...files], null, 0)};

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('oversikt-') && k !== CACHE).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Vary (Origin, Accept-Encoding) would miss the page's crossorigin module scripts: ignore it.
      const hit = await cache.match(req, { ignoreVary: true, ignoreSearch: req.mode === 'navigate' });
      if (hit) return hit;
      try {
        const res = await fetch(req);
        if (res.ok && res.type === 'basic') await cache.put(req, res.clone());
        return res;
      } catch (err) {
        const page = req.mode === 'navigate' ? await cache.match('./', { ignoreVary: true }) : undefined;
        if (page) return page;
        throw err;
      }
    }),
  );
});
`;
}

/** The Vite plugin: writes `sw.js` into the build's output once everything else is there. */
export function serviceWorkerPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'oversikt-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const files = precacheFiles(outDir);
      writeFileSync(join(outDir, 'sw.js'), serviceWorkerSource(buildVersion(outDir, files), files));
      console.log(`sw.js: ${files.length} files cached for offline use`);
    },
  };
}
