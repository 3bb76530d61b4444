/**
 * SSB Statbank web CSV ("semikolonseparert med overskrift"): a quoted title line (`"07459: …"`), a
 * blank line, then a header; every field quoted; ISO-8859-1; region as `"K-3001 Halden"`; one value
 * column per measure and year (`"Persons 2021"`, `"Personer 2021"`). The long layout (a year column
 * and one value column) is read too.
 */
import { IngestError } from '../errors.ts';
import { msg } from '../messages.ts';
import { slugify } from '../labels.ts';
import { unquoteTitle } from '../shape.ts';
import type { Candidate, ParsedInput, ReadContext, ReadOutput, Reader } from '../types.ts';
import { asCsv, baseName, cell, col, records } from './common.ts';
import { type CubeRecord, kindFromText, unitFromLabel } from './cube.ts';
import { assignIndicators, tableCandidate, tableOutput } from './table-rows.ts';
import { isPersons, withPopulation } from '../population-table.ts';

const TITLE = /^(\d{5}):\s*(.*)$/;
const TIMED = /^(.*?)\s*(\d{4}(?:[-_]\d{4})?)$/;
const REGION = ['region', 'region/kommune', 'kommune', 'fylke', 'area'];
const SEX = ['kjønn', 'kjonn', 'sex'];
const AGE = ['alder', 'age'];
const CONTENTS = ['statistikkvariabel', 'contents', 'statistikkvariabel/contents', 'statistic'];
const TIME = ['år', 'aar', 'year', 'tid', 'time'];

export const ssbCsv: Reader = {
  id: 'ssb-csv',
  detect(input: ParsedInput): number {
    if (input.kind !== 'csv') return 0;
    const title = input.preamble[0] ? unquoteTitle(input.preamble[0]) : '';
    if (TITLE.test(title)) return 1;
    const i = col(input.header, ...REGION);
    if (i < 0) return 0;
    const coded = input.sample.filter((r) => /^[KF]-/.test((r[i] ?? '').trim())).length;
    return coded > 0 && coded >= input.sample.length / 2 ? 0.9 : 0.3;
  },
  read(input: ParsedInput, ctx: ReadContext): ReadOutput {
    const csv = asCsv(input, 'ssb-csv');
    const h = csv.header;
    const title = csv.preamble[0] ? unquoteTitle(csv.preamble[0]) : '';
    const titled = TITLE.exec(title);
    const tableId = titled?.[1];
    const tableTitle = titled?.[2] ?? title;
    const iRegion = col(h, ...REGION);
    if (iRegion < 0) throw new IngestError(msg('file.ssb-region'));
    const iSex = col(h, ...SEX);
    const iAge = col(h, ...AGE);
    const iContents = col(h, ...CONTENTS);
    const iTime = col(h, ...TIME);
    const used = new Set([iRegion, iSex, iAge, iContents, iTime]);
    // Wide layout: value columns are those whose header ends in a year.
    const timed = h
      .map((name, i) => ({ i, m: used.has(i) ? null : TIMED.exec(name.trim()) }))
      .filter((x): x is { i: number; m: RegExpExecArray } => x.m !== null);
    let valueCols: { i: number; metric: string; period: string | null }[];
    if (timed.length > 0) {
      valueCols = timed.map(({ i, m }) => ({ i, metric: (m[1] ?? '').trim(), period: m[2] ?? '' }));
    } else if (iTime >= 0) {
      const last = h
        .map((_, i) => i)
        .filter((i) => !used.has(i))
        .pop();
      if (last === undefined) throw new IngestError(msg('file.ssb-long-value'));
      valueCols = [{ i: last, metric: '', period: null }];
    } else throw new IngestError(msg('file.ssb-value-columns'));
    const valueSet = new Set(valueCols.map((v) => v.i));
    const dims = h.map((_, i) => i).filter((i) => !used.has(i) && !valueSet.has(i));

    const shortTitle = tableTitle.replace(/,\s*(etter|by)\s.*$/i, '') || baseName(ctx.fileName);
    const core = { place: iRegion, period: iTime, sex: iSex, age: iAge };
    const cursor = csv.open();
    const cands: Candidate[] = [];
    const cubes: CubeRecord[] = [];
    for (const rec of records(csv, cursor, ctx)) {
      const f = rec.fields;
      for (const v of valueCols) {
        const metric = iContents >= 0 ? cell(f, iContents).trim() : v.metric;
        cands.push(tableCandidate(rec, core, cell(f, v.i), v.period ?? cell(f, iTime)));
        cubes.push({ row: rec.line, metric, dims: dims.map((i) => cell(f, i).trim()) });
      }
    }
    // Table 07459 lands on the built-in population (src/ingest/population-table.ts).
    const read = withPopulation(
      tableId,
      { cands, cubes },
      (k) => isPersons(cubes[k]?.metric ?? '') && cubes[k]?.dims.length === 0,
      ctx,
    );
    assignIndicators(
      read.cands,
      read.cubes,
      dims.map((i) => h[i] as string),
      (metric) => {
        const u = unitFromLabel(metric || tableTitle);
        const stem = tableId ? `ssb-${tableId}` : slugify(baseName(ctx.fileName)) || 'ssb';
        return {
          suggestedId: slugify(metric ? `${stem}-${metric}` : stem),
          name_nb: metric ? `${shortTitle}: ${metric}` : shortTitle,
          unit: u.unit,
          unitGuessed: u.guessed,
          source_kind: kindFromText(`${tableTitle} ${ctx.fileName}`),
          description_nb: title || undefined,
        };
      },
      ctx,
      read.known,
    );
    return tableOutput(
      read.cands,
      {
        title: title || ctx.fileName,
        publisher: 'Statistisk sentralbyrå (SSB)',
        license: 'CC BY 4.0',
        citation: tableId ? `SSB Statbank, tabell ${tableId}` : `SSB Statbank, fil ${ctx.fileName}`,
      },
      cursor,
    );
  },
};
