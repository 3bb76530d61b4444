import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, precacheFiles, serviceWorkerSource } from '../../scripts/service-worker.ts';

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

describe('the files the worker caches on install', () => {
  it('are every built file but itself, maps, the bench, compressed copies and place snapshots', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-'));
    try {
      const all = [
        'index.html',
        'sw.js',
        'assets/app.js',
        'assets/app.js.map',
        'assets/duckdb-eh.wasm',
        'assets/duckdb-eh.wasm.br',
        'assets/duckdb-eh.wasm.gz',
        'bench.html',
        'assets/bench-main.js',
        'generated/data/manifest.json',
        'generated/snapshot/3401.json',
        'generated/snapshot/shared-34.json',
      ];
      for (const f of all) {
        mkdirSync(dirname(join(dir, f)), { recursive: true });
        writeFileSync(join(dir, f), f);
      }
      expect(listFiles(dir)).toEqual([...all].sort());
      expect(precacheFiles(dir)).toEqual([
        'assets/app.js',
        'assets/duckdb-eh.wasm',
        'generated/data/manifest.json',
        'index.html',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
