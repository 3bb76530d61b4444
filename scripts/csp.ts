/**
 * The site's Content-Security-Policy, the second wall after the sealed database (src/db/seal.ts):
 * the page and its workers connect only to the site's own origin.
 *
 * - Built pages carry it as a `<meta http-equiv>` tag, so it holds on any static server. DuckDB's
 *   worker is started from a blob: URL (src/db/wasm.ts) and so takes the page's policy, meta tag
 *   included; a worker started from its own URL would take only its own response's headers.
 * - `vite preview` (`npm start`, the browser tests) also sends it as a header on every response,
 *   which reaches the workers started from their own URL (the import worker) and the service worker.
 * - Not in the dev server: Vite's dev client injects inline scripts and styles.
 *
 * 'wasm-unsafe-eval' lets DuckDB's worker compile its wasm; nothing needs 'unsafe-eval'. Inline
 * style attributes are allowed ('unsafe-inline' for styles only): charts and the design system set
 * them, and a style cannot send a request anywhere the rest of the policy does not allow.
 */
import type { Plugin } from 'vite';

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
];

/** The policy as a meta tag carries it. */
export const CSP = DIRECTIVES.join('; ');

/** The policy as a header: the same, plus what only a header can say (no framing by other sites). */
export const CSP_HEADER = `${CSP}; frame-ancestors 'self'`;

const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;

/** Puts the policy in every built page's head, right after the charset and before any script. */
export function withCsp(html: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
  if (!CHARSET.test(html))
    throw new Error('csp: the page has no <meta charset> to put the policy after');
  return html.replace(CHARSET, (m) => `${m}\n    ${tag}`);
}

/** Puts the policy in every built page and sends it from `vite preview`. */
export function cspPlugin(): Plugin {
  return {
    name: 'oversikt-csp',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) => (ctx.server ? html : withCsp(html)),
    },
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', CSP_HEADER);
        next();
      });
    },
  };
}
