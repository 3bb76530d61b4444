/**
 * The import graph of src/: no file imports itself in a circle, and no import points up a layer.
 * Layers, top to bottom (a file may import its own folder and any lower layer):
 * app (main.tsx, App.tsx, bench/) → views/ → deck/ → charts/ → queries/ (and imports/, export/,
 * offline/) → state/ → db/ → i18n/ → ingest/ → sql/ → arrow/ → domain/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src', import.meta.url).pathname;

/** The layer of each top-level folder (or file) of src/, 0 at the top. */
const LAYER: Record<string, number> = {
  'main.tsx': 0,
  'App.tsx': 0,
  bench: 0,
  views: 1,
  deck: 2,
  charts: 3,
  queries: 4,
  imports: 4,
  export: 4,
  offline: 4,
  state: 5,
  db: 6,
  ingest: 8.5,
  i18n: 8,
  sql: 9,
  arrow: 10,
  domain: 11,
  generated: 12,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

/** The project files a file imports (relative imports only; packages and virtual modules are not ours). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] as string);
  return specs
    .filter((s) => s.startsWith('.'))
    .map((s) => normalize(join(dirname(file), s.replace(/\?.*$/, ''))))
    .filter((p) => /\.tsx?$/.test(p) && p.startsWith(SRC));
}

const top = (file: string): string => relative(SRC, file).split('/')[0] as string;
const all = files(SRC);
const graph = new Map(all.map((f) => [f, importsOf(f)]));

/** Strongly connected components with more than one file (or a file importing itself). */
function cycles(): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v) as number, idx.get(w) as number));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        on.delete(w);
        comp.push(relative(SRC, w));
      } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(comp.sort());
    }
  };
  for (const f of all) if (!idx.has(f)) visit(f);
  return out;
}

describe('layers of src/', () => {
  it('every top-level folder has a layer', () => {
    const unknown = [...new Set(all.map(top))].filter((t) => !(t in LAYER) && !t.endsWith('.d.ts'));
    expect(unknown).toEqual([]);
  });

  it('no import points up a layer', () => {
    const up: string[] = [];
    for (const [file, deps] of graph) {
      const from = LAYER[top(file)];
      if (from === undefined) continue;
      for (const d of deps) {
        const to = LAYER[top(d)];
        if (to !== undefined && to < from && top(d) !== top(file))
          up.push(`${relative(SRC, file)} → ${relative(SRC, d)}`);
      }
    }
    expect(up).toEqual([]);
  });

  it('no files import each other in a circle', () => {
    expect(cycles()).toEqual([]);
  });

  it('finds the imports it checks (the walk is not empty)', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(graph.get(join(SRC, 'queries/coverage/load.ts'))).toContain(
      join(SRC, 'domain/coverage.ts'),
    );
  });
});
