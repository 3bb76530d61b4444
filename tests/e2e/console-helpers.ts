import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type Page } from '@playwright/test';

/** What the console answered: the error's kind and words, or the result's rows as cell texts. */
export type Answer = { error: { kind: string; text: string } } | { rows: string[][] };

/** Types `sql` into the console, runs it and waits for the answer. */
export async function runSql(page: Page, sql: string): Promise<Answer> {
  const console = page.getByTestId('sql-console');
  const before = Number(await console.getAttribute('data-runs'));
  await page.getByTestId('sql-input').fill(sql);
  await page.getByTestId('sql-run').click();
  await expect(console).toHaveAttribute('data-runs', String(before + 1), { timeout: 20_000 });
  const error = page.getByTestId('sql-error');
  if (await error.isVisible())
    return {
      error: { kind: (await error.getAttribute('data-kind')) ?? '', text: await error.innerText() },
    };
  const rows = page.getByTestId('sql-result').locator('tbody tr');
  const out: string[][] = [];
  for (const row of await rows.all()) out.push(await row.locator('td').allInnerTexts());
  return { rows: out };
}

/** Runs a query that must answer with rows, and returns them. */
export async function rowsOf(page: Page, sql: string): Promise<string[][]> {
  const a = await runSql(page, sql);
  if (!('rows' in a)) throw new Error(`${sql} failed: ${a.error.text}`);
  return a.rows;
}

/** A real HTTP server on another origin (127.0.0.2) that records every request it gets. */
export async function startSink(): Promise<{ origin: string; hits: string[]; server: Server }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    // Permissive on purpose: if a request got out, it would succeed and be counted.
    res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/csv' });
    res.end('a,b\n1,2\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.2:${port}`, hits, server };
}
