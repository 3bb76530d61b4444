import { readFile } from 'node:fs/promises';
import { test as base, expect, type Download, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Every test records the requests its page makes; none may leave the page's origin. */
export const test = base.extend<{ outside: string[] }>({
  outside: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
    const outside: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) outside.push(url);
    });
    await use(outside);
    expect(outside, 'requests that left the site').toEqual([]);
  },
});

export { expect };

/** Waits until DuckDB-wasm reports ready in the header. */
export async function waitForDb(page: Page): Promise<void> {
  await expect(page.getByTestId('db-status')).toHaveAttribute('data-state', 'ready', {
    timeout: 30_000,
  });
}

/** Serious or critical axe violations on the page, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The bytes of a finished download. */
export async function downloaded(d: Download): Promise<Buffer> {
  const path = await d.path();
  if (!path) throw new Error('download has no file');
  return readFile(path);
}
