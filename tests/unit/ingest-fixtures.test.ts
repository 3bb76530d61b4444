/**
 * Every import fixture gives its expected report (tests/fixtures/ingest/<file>.expected.json), and
 * every malformed file gives its expected rejection without throwing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/domain/contract.ts';
import { validateRow } from '../../src/domain/validate.ts';
import { ingestReason } from '../../src/i18n/ingest-text.ts';
import { ingestFile, type IngestResult } from '../../src/ingest/ingest.ts';
import type { IngestOptions } from '../../src/ingest/types.ts';
import { bytesOf, curatedContext, FIXTURES } from './ingest-helpers.ts';

interface Expected {
  about: string;
  options?: IngestOptions;
  /** A subset of the report (arrays compared whole). */
  report?: Record<string, unknown>;
  /** Text the report's error must contain (in English), and its code. */
  error?: string;
  errorCode?: string;
  /** Each must be among the rejections: same row, reason (in English) containing this text. */
  rejections?: { row: number; reason: string; code?: string }[];
  /** Each must be among the report's notes: a code and the English text it must contain. */
  notes?: { code: string; text?: string }[];
  /** Each must match one observation (a subset of its fields). */
  observations?: Record<string, unknown>[];
  indicators?: Record<string, unknown>[];
  matchedIndicators?: string[];
  geoAdditions?: Record<string, unknown>[];
}

const context = curatedContext();

function fixturesIn(dir: URL): string[] {
  return readdirSync(dir)
    .filter((f) => !f.endsWith('.expected.json') && !f.endsWith('.ts'))
    .filter(
      (f) =>
        !readdirSync(dir, { withFileTypes: true })
          .find((d) => d.name === f)
          ?.isDirectory(),
    )
    .sort();
}

function expectedOf(dir: URL, file: string): Expected {
  return JSON.parse(readFileSync(new URL(`${file}.expected.json`, dir), 'utf8')) as Expected;
}

async function run(dir: URL, file: string, options: IngestOptions = {}): Promise<IngestResult> {
  return ingestFile(bytesOf(new URL(file, dir)), file, context, {
    retrieved: '2026-01-01',
    ...options,
  });
}

function check(result: IngestResult, expected: Expected): void {
  const { report } = result;
  if (expected.report) expect(report).toMatchObject(expected.report);
  if (expected.error)
    expect(report.error && ingestReason('en', report.error)).toContain(expected.error);
  if (expected.errorCode) expect(report.error?.code).toBe(expected.errorCode);
  const rejections = report.rejections.map((r) => ({ ...r, reason: ingestReason('en', r) }));
  for (const r of expected.rejections ?? [])
    expect(rejections).toContainEqual(
      expect.objectContaining({
        row: r.row,
        reason: expect.stringContaining(r.reason),
        ...(r.code ? { code: r.code } : {}),
      }),
    );
  const notes = report.notes.map((n) => ({ code: n.code, text: ingestReason('en', n) }));
  for (const n of expected.notes ?? [])
    expect(notes).toContainEqual({ code: n.code, text: expect.stringContaining(n.text ?? '') });
  for (const o of expected.observations ?? [])
    expect(result.observations).toContainEqual(expect.objectContaining(o));
  for (const i of expected.indicators ?? [])
    expect(result.indicators).toContainEqual(expect.objectContaining(i));
  for (const g of expected.geoAdditions ?? [])
    expect(result.geoAdditions).toContainEqual(expect.objectContaining(g));
  if (expected.matchedIndicators)
    expect(report.indicators.filter((i) => i.status === 'matched').map((i) => i.id)).toEqual(
      expected.matchedIndicators,
    );
}

/** Invariants every result keeps, whatever the file. */
function invariants(result: IngestResult): void {
  const { report } = result;
  // Every line is accounted for: read = kept + rejected + left out + unreadable.
  expect(report.rowsRead).toBe(
    report.rowsKept + report.rowsRejected + report.rowsDropped + report.rowsUnreadable,
  );
  expect(report.unreadable.reduce((n, u) => n + u.to - u.from + 1, 0)).toBe(report.rowsUnreadable);
  expect(result.observations).toHaveLength(report.rowsKept);
  expect(report.statuses.ok + report.statuses.suppressed + report.statuses.missing).toBe(
    report.rowsKept,
  );
  for (const o of result.observations) {
    // Every row passes the contract again, and a figure not shown never has a value.
    const raw = Object.fromEntries(
      Object.entries(o).map(([k, v]) => [k, v === null ? '' : String(v)]),
    );
    expect(validateRow('observation', raw).issues).toEqual([]);
    if (o.status !== 'ok') expect(o.value).toBeNull();
    expect(o.source_id).toBe(report.sourceId);
  }
  const ids = new Set(result.indicators.map((i: Row) => i.id));
  for (const o of result.observations) expect(ids.has(o.indicator_id)).toBe(true);
  for (const i of result.indicators) {
    const raw = Object.fromEntries(
      Object.entries(i).map(([k, v]) => [k, v === null ? '' : String(v)]),
    );
    expect(validateRow('indicator', raw).issues).toEqual([]);
  }
  if (report.ok) {
    expect(result.source).not.toBeNull();
    expect(result.source?.rows_kept).toBe(report.rowsKept);
    expect(result.source?.kind).toBe('import');
  }
}

describe('import fixtures give their expected reports', () => {
  const files = fixturesIn(FIXTURES);
  it('has a fixture for every format and encoding', () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
  });
  for (const file of files) {
    it(file, async () => {
      const expected = expectedOf(FIXTURES, file);
      const result = await run(FIXTURES, file, expected.options);
      check(result, expected);
      invariants(result);
    });
  }

  it('a table in no known format needs its mapping', async () => {
    const result = await run(FIXTURES, 'mapping-kostra.csv');
    expect(result.report.ok).toBe(false);
    expect(result.report.error?.code).toBe('file.format-not-recognised');
  });

  it('decodes Windows-1252 and UTF-16 text exactly (æøå, en dash)', async () => {
    const cp = await run(FIXTURES, 'ungdata-cp1252.csv', { indicatorId: 'ungdata-lonely' });
    expect(cp.report.places.byName.map((p) => p.text)).toEqual([
      'Kragerø',
      'Bærum',
      'Tromsø',
      'Færder',
      'Ålesund',
    ]);
    const created = await run(FIXTURES, 'ungdata-cp1252.csv');
    expect(created.indicators[0]?.description_nb).toContain('andel (prosent) – mye plaget');
    const u16 = await run(FIXTURES, 'ungdata-utf16le.txt', { indicatorId: 'ungdata-bullied' });
    expect(u16.report.places.byName.map((p) => p.text)).toEqual(['Averøy', 'Flå']);
  });
});

describe('malformed files give their expected rejection and never throw', () => {
  const dir = new URL('malformed/', FIXTURES);
  const files = fixturesIn(dir);
  it('has at least 20 malformed files', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });
  for (const file of files) {
    it(file, async () => {
      const expected = expectedOf(dir, file);
      const result = await run(dir, file, expected.options);
      check(result, expected);
      invariants(result);
      const { rowsRejected, rowsUnreadable, ok } = result.report;
      expect(rowsRejected + rowsUnreadable + (ok ? 0 : 1)).toBeGreaterThan(0);
      // A refused file says why in `error` and lists no row it never read (no "row 0").
      if (!ok) expect(result.report.rejections).toEqual([]);
      expect(result.report.rejections.every((r) => r.row > 0)).toBe(true);
    });
  }

  it('keeps payload text as text, in the report and the rows', async () => {
    const html = await run(dir, 'html-payloads.csv');
    expect(html.report.places.unknown[0]?.text).toBe('<script>alert(1)</script>');
    const formula = await run(dir, 'formula-payloads.csv');
    expect(formula.report.places.unknown.map((u) => u.text)).toEqual([
      "=cmd|' /C calc'!A0",
      '@Averøy',
    ]);
    // No cell became a number it did not spell.
    expect(formula.observations.map((o) => o.value)).toEqual([47, 9.5]);
  });

  it('cuts long text short in the report', async () => {
    const long = await run(dir, 'very-long-cell.csv');
    for (const r of long.report.rejections)
      expect(ingestReason('en', r).length).toBeLessThanOrEqual(301);
    expect(JSON.stringify(long.report).length).toBeLessThan(5000);
  });
});
