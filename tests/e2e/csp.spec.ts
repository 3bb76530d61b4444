/**
 * The Content-Security-Policy, the wall behind the sealed database: the page and its workers may
 * connect only to the site's own origin. A real server on another origin counts what reaches it.
 * (This file uses Playwright's plain `test`: its requests to another origin are deliberate, and
 * the shared fixture would count the attempts a worker makes even when the policy blocks them.)
 */
import { expect, test } from '@playwright/test';
import { startSink } from './console-helpers.ts';

let sink: Awaited<ReturnType<typeof startSink>>;
test.beforeAll(async () => {
  sink = await startSink();
});
test.afterAll(() => new Promise<void>((resolve) => sink.server.close(() => resolve())));

test('the built page carries the policy, as a meta tag and (from vite preview) as a header', async ({
  page,
}) => {
  const res = await page.goto('./');
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  for (const policy of [meta, res?.headers()['content-security-policy']]) {
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain("'unsafe-eval'");
  }
});

test('the policy blocks a request to another origin from the page and from a worker', async ({
  page,
}) => {
  await page.goto('./');
  await page.evaluate(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  const fromPage = await page.evaluate(
    (url) =>
      fetch(url).then(
        () => 'sent',
        (e: unknown) => `blocked: ${String(e)}`,
      ),
    `${sink.origin}/from-page`,
  );
  expect(fromPage).toMatch(/^blocked/);
  const violations = await page.evaluate(
    () => (window as unknown as { violations: string[] }).violations,
  );
  expect(violations).toContain(`connect-src ${sink.origin}/from-page`);

  // A worker started from a blob: URL, as DuckDB's is, takes the page's policy.
  const fromWorker = await page.evaluate((url) => {
    const src = `fetch(${JSON.stringify(url)}).then(() => postMessage('sent'), (e) => postMessage('blocked: ' + e))`;
    const worker = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
    return new Promise<string>((resolve) => (worker.onmessage = (e) => resolve(String(e.data))));
  }, `${sink.origin}/from-worker`);
  expect(fromWorker).toMatch(/^blocked/);
  expect(sink.hits).toEqual([]);
});
