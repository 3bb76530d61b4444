/**
 * Precompressed copies of the build's large files: after `vite build`, every text or wasm file of
 * at least 10 kB in `dist/` gets a `.gz` and a `.br` beside it (node's zlib), for static servers
 * that serve precompressed files (nginx gzip_static/brotli_static, Caddy precompressed, …).
 * `vite preview` (`npm start`, the browser tests) serves them itself with the right
 * Content-Encoding, Content-Type and `Vary: Accept-Encoding`. The offline service worker lists
 * neither copy (scripts/service-worker.ts): the browser decodes what it fetches before caching it.
 */
import { existsSync, readFileSync, statSync, writeFileSync, createReadStream } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';
import { listFiles } from './service-worker.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.arrow': 'application/vnd.apache.arrow.stream',
  '.svg': 'image/svg+xml',
};
const MIN_BYTES = 10_000;

/** Whether the build compresses this file (by its name and size). */
export const compressible = (name: string, bytes: number) =>
  bytes >= MIN_BYTES && extname(name) in TYPES;

/** Writes `f.gz` and `f.br` for every compressible file under `dir`; returns the files done. */
export async function precompress(dir: string): Promise<string[]> {
  const files = listFiles(dir).filter((f) => compressible(f, statSync(join(dir, f)).size));
  const gz = promisify(gzip);
  const br = promisify(brotliCompress);
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    writeFileSync(join(dir, `${f}.gz`), await gz(bytes, { level: 9 }));
    writeFileSync(
      join(dir, `${f}.br`),
      await br(bytes, {
        params: {
          // 9 rather than 11: nearly as small, and the 34 MB wasm compresses in seconds, not minutes.
          [constants.BROTLI_PARAM_QUALITY]: 9,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
        },
      }),
    );
  }
  return files;
}

/** The encoding to answer with for an Accept-Encoding header, brotli first ('' for none). */
export function pickEncoding(accept: string | undefined): 'br' | 'gzip' | '' {
  const offered = (accept ?? '')
    .split(',')
    .map((s) => s.trim().split(';'))
    .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([name]) => name?.trim().toLowerCase());
  if (offered.includes('br')) return 'br';
  if (offered.includes('gzip')) return 'gzip';
  return '';
}

/** The Vite plugin: writes the copies after the build, and serves them from `vite preview`. */
export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'oversikt-precompress',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      if (!existsSync(outDir)) return;
      const files = await precompress(outDir);
      console.log(`precompressed: ${files.length} files (.gz and .br)`);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' && req.method !== 'HEAD') return next();
        const encoding = pickEncoding(req.headers['accept-encoding']);
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        const file = normalize(join(outDir, path));
        const suffix = encoding === 'br' ? '.br' : '.gz';
        if (!encoding || !file.startsWith(outDir) || !existsSync(file + suffix)) return next();
        const type = TYPES[extname(file)];
        if (!type) return next();
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', encoding);
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Content-Length', statSync(file + suffix).size);
        res.statusCode = 200;
        if (req.method === 'HEAD') return void res.end();
        createReadStream(file + suffix).pipe(res);
      });
    },
  };
}
