/**
 * Shares given as fractions (0.057 for 5.7 %) are never multiplied silently: unasked, the report
 * names the indicator and keeps the figures as they stand; told `fraction`, every figure and
 * interval end is multiplied by 100; told `percent`, nothing changes and nothing is asked.
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/domain/contract.ts';
import { ingestFile } from '../../src/ingest/ingest.ts';
import { bytesOf, curatedContext, FIXTURES } from './ingest-helpers.ts';

const context = curatedContext();
const file = new URL('school-years-fractions.csv', FIXTURES);
const read = (shares?: 'fraction' | 'percent') =>
  ingestFile(bytesOf(file), 'school-years-fractions.csv', context, {
    retrieved: '2026-01-01',
    ...(shares ? { shares } : {}),
  });
const values = (rows: Row[]) => rows.map((r) => [r.geo_code, r.value]);

describe('shares as fractions', () => {
  it('asks and keeps the figures when the user has not said', async () => {
    const r = await read();
    expect(r.report.fractionSuspects.map((s) => s.id)).toEqual([
      'fhi-elevundersokelsen-bullied-grade-7',
    ]);
    expect(values(r.observations)).toContainEqual(['4003', 0.081]);
  });

  it('multiplies by 100 when told the file gives fractions, and says so', async () => {
    const r = await read('fraction');
    expect(r.report.fractionSuspects).toEqual([]);
    expect(r.report.notes.map((n) => n.code)).toContain('note.fractions-scaled');
    expect(values(r.observations)).toEqual(
      expect.arrayContaining([
        ['0', 6.1],
        ['4003', 8.1],
        ['4003', null],
      ]),
    );
  });

  it('keeps the figures and asks nothing when told they are percent', async () => {
    const r = await read('percent');
    expect(r.report.fractionSuspects).toEqual([]);
    expect(r.report.notes.map((n) => n.code)).not.toContain('note.fractions-suspected');
    expect(values(r.observations)).toContainEqual(['0', 0.061]);
  });

  it('does not suspect shares that go above 1', async () => {
    const text =
      'Geografi,År,Måltall,value\nHele landet,2021,andel (prosent),0.4\nHele landet,2022,andel (prosent),0.9\nHele landet,2023,andel (prosent),12.5\n';
    const r = await ingestFile(new TextEncoder().encode(text), 'andeler.csv', context, {});
    expect(r.report.rowsKept).toBe(3);
    expect(r.report.fractionSuspects).toEqual([]);
  });
});
