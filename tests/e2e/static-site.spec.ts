import { join } from 'node:path';
import { serveStatic } from '../../scripts/serve-static.ts';
import { expect, test, waitForDb } from './fixtures.ts';

test('the built site works from a plain static server at a sub-path, with no request outside it', async ({
  page,
}) => {
  const dist = join(new URL('../..', import.meta.url).pathname, 'dist');
  const { server, url } = await serveStatic(dist, '/kommune/oversikt/');
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  try {
    await page.goto(`${url}#/trender?geo=1554&ind=ungdata-drunk-12m`);
    await waitForDb(page);
    await expect(
      page.getByTestId('chart-ungdata-drunk-12m').getByTestId('chart-point'),
    ).toHaveCount(3);
    // DuckDB's worker starts from a blob: URL of the page's own origin (src/db/wasm.ts).
    const blob = `blob:${new URL(url).origin}/`;
    const outside = requests.filter(
      (r) => !r.startsWith(url) && !r.startsWith('data:') && !r.startsWith(blob),
    );
    expect(outside).toEqual([]);
    expect(requests.some((r) => r.endsWith('.wasm'))).toBe(true);
  } finally {
    server.close();
  }
});
