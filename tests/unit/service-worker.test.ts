import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '../../scripts/service-worker.ts';

describe('the offline service worker', () => {
  const src = serviceWorkerSource('abc123', [
    'assets/duckdb-eh.wasm',
    'generated/data/manifest.json',
  ]);

  it('lists the page and every built file, relative to itself', () => {
    const files = JSON.parse(/const FILES = (.*);/.exec(src)?.[1] ?? '[]') as string[];
    expect(files).toEqual(['./', 'assets/duckdb-eh.wasm', 'generated/data/manifest.json']);
    expect(src).toContain("const CACHE = 'oversikt-abc123'");
    expect(files.every((f) => !f.startsWith('/'))).toBe(true);
  });

  it('is valid JavaScript that answers same-origin GETs only, cache first', () => {
    expect(() => new Function(src)).not.toThrow();
    expect(src).toContain("req.method !== 'GET'");
    expect(src).toContain('self.location.origin');
    expect(src.indexOf('cache.match(req')).toBeLessThan(src.indexOf('fetch(req)'));
  });
});
