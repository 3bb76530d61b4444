/**
 * `npm run ingest -- --table FILE` as a user runs it: DuckDB for Node reads the project's fixtures
 * with the same plan and read_csv options as "Åpne som tabell", and prints the same report as text.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures');

function ingestTable(...args: string[]): { status: number; out: string; err: string } {
  const r = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'scripts/ingest.ts'), ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { status: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe('npm run ingest -- --table', () => {
  it('prints the header with DuckDB’s types, the rows and each rejected line', () => {
    const { status, out } = ingestTable('--table', join(FIXTURES, 'table/two-bad-lines.csv'));
    expect(status).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('two-bad-lines.csv is open as the table tabell_two_bad_lines.');
    expect(lines).toContain('Columns (4) with the types DuckDB found:');
    expect(lines).toContain('  år  BIGINT');
    expect(lines).toContain('Rows: 4 rows read into the table, 2 lines rejected');
    expect(lines).toContain('  line 3: TOO MANY COLUMNS – Expected Number of Columns: 4 Found: 5');
    expect(lines.filter((l) => l.startsWith('  line 5: MISSING COLUMNS')).length).toBe(2);
  }, 60_000);

  it('decodes Latin-1 first and says so; reads past the sep= and title lines', () => {
    const latin = ingestTable('--table', join(FIXTURES, 'table/latin1.csv'));
    expect(latin.status).toBe(0);
    expect(latin.out).toContain(
      'Encoding and separator: windows-1252, separator «;», decimal mark «.» (turned into UTF-8 before reading)',
    );
    expect(latin.out).toContain('Rows: 3 rows read into the table, 0 lines rejected');
    const titled = ingestTable('--table', join(FIXTURES, 'table/title-sep.csv'));
    expect(titled.out).toContain('The header is on line 4.');
    expect(titled.out).toContain("the first line is Excel's sep= line");
    expect(titled.out).toContain('  personer  BIGINT');
  }, 60_000);

  it('exits 1 with the importer’s reason for a file that is no table, 2 on a usage error', () => {
    const bad = ingestTable('--table', join(FIXTURES, 'ingest/malformed/binary-junk.bin'));
    expect(bad.status).toBe(1);
    expect(bad.err).toContain('binary');
    expect(bad.out).toBe('');
    const usage = ingestTable('--table', join(FIXTURES, 'table/latin1.csv'), '--out', '/tmp/x');
    expect(usage.status).toBe(2);
    expect(usage.err).toContain('--table takes a file and no other option');
  }, 60_000);
});
