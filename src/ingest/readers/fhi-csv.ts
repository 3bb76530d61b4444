/**
 * FHI Kommunehelsa statistikkbank / Statistikk open API CSV and FHI cube files:
 * `GEO;AAR;KJONN;ALDER;…;TELLER;RATE;…;SPVFLAGG`, codes (csv3) or labels (csv2) in the cells,
 * GEO without leading zero, AAR as `2013_2015`, KJONN 0/1/2, ALDER `0_74`, symbols in the value
 * column or a SPVFLAGG (0 ok, 1 `..`, 2 `.`, 3 `:`). Other columns (UTDANN, INNVAND, LEGEMIDDEL, …)
 * are dimensions: a dimension with several values gives one indicator per value (its total, `0`,
 * stays the main indicator).
 */
import { IngestError } from '../errors.ts';
import { msg } from '../messages.ts';
import type { Candidate, ParsedInput, ReadContext, ReadOutput, Reader } from '../types.ts';
import { asCsv, baseName, cell, col, humanName, records } from './common.ts';
import { type CubeRecord, kindFromText } from './cube.ts';
import { assignIndicators, tableCandidate, tableOutput } from './table-rows.ts';
import { slugify } from '../labels.ts';
import { foldName } from '../places.ts';

/** Measure columns, and which one is the figure (first present wins). */
const VALUE_PRIORITY = [
  'rate',
  'meis',
  'andel',
  'prosent',
  'smr',
  'verdi',
  'value',
  'teller',
  'antall',
  'sumteller',
];
const MEASURES = new Set([
  ...VALUE_PRIORITY,
  'nevner',
  'sumnevner',
  'rate.n',
  'spvflagg',
  'ki_nedre',
  'ki_ovre',
  'nedre',
  'ovre',
]);
const CORE = new Set(['geo', 'aar', 'kjonn', 'alder']);

const UNIT_OF: Record<
  string,
  { unit: 'percent' | 'count' | 'ratio' | 'per_1000'; guessed: boolean }
> = {
  andel: { unit: 'percent', guessed: false },
  prosent: { unit: 'percent', guessed: false },
  teller: { unit: 'count', guessed: false },
  antall: { unit: 'count', guessed: false },
  sumteller: { unit: 'count', guessed: false },
};

export const fhiCsv: Reader = {
  id: 'fhi-csv',
  detect(input: ParsedInput): number {
    if (input.kind !== 'csv') return 0;
    const h = input.header.map(foldName);
    if (!h.includes('geo') || !h.includes('aar')) return 0;
    return h.some((x) => MEASURES.has(x)) ? 1 : 0.8;
  },
  read(input: ParsedInput, ctx: ReadContext): ReadOutput {
    const csv = asCsv(input, 'fhi-csv');
    const h = csv.header;
    const folded = h.map(foldName);
    const iGeo = col(h, 'GEO');
    const iAar = col(h, 'AAR');
    if (iGeo < 0 || iAar < 0) throw new IngestError(msg('file.fhi-columns'));
    const valueName = VALUE_PRIORITY.find((n) => folded.includes(n));
    if (!valueName)
      throw new IngestError(
        msg('file.no-figure-column', { expected: VALUE_PRIORITY.map((v) => v.toUpperCase()) }),
      );
    const iValue = folded.indexOf(valueName);
    const iNum =
      [valueName !== 'sumteller' ? 'sumteller' : '', valueName !== 'teller' ? 'teller' : '']
        .map((n) => (n ? folded.indexOf(n) : -1))
        .find((i) => i >= 0) ?? -1;
    const iDen = [folded.indexOf('sumnevner'), folded.indexOf('nevner')].find((i) => i >= 0) ?? -1;
    const iFlag = folded.indexOf('spvflagg');
    const iLow = [folded.indexOf('ki_nedre'), folded.indexOf('nedre')].find((i) => i >= 0) ?? -1;
    const iHigh = [folded.indexOf('ki_ovre'), folded.indexOf('ovre')].find((i) => i >= 0) ?? -1;
    const iSex = col(h, 'KJONN');
    const iAge = col(h, 'ALDER');
    const dims = folded
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => !CORE.has(f) && !MEASURES.has(f) && f !== '')
      .map(({ i }) => i);

    const name = humanName(ctx.fileName);
    const kind = kindFromText(`${ctx.fileName} ${h.join(' ')}`);
    const unit =
      UNIT_OF[valueName] ??
      (kind === 'medication'
        ? { unit: 'per_1000' as const, guessed: true }
        : { unit: 'ratio' as const, guessed: true });

    const core = { place: iGeo, period: iAar, sex: iSex, age: iAge };
    const cursor = csv.open();
    const cands: Candidate[] = [];
    const cubes: CubeRecord[] = [];
    for (const rec of records(csv, cursor, ctx)) {
      const f = rec.fields;
      const c = tableCandidate(rec, core, cell(f, iValue));
      if (iFlag >= 0) c.flag = cell(f, iFlag);
      if (iNum >= 0) c.numerator = cell(f, iNum);
      if (iDen >= 0) c.denominator = cell(f, iDen);
      if (iLow >= 0) c.ciLow = cell(f, iLow);
      if (iHigh >= 0) c.ciHigh = cell(f, iHigh);
      cands.push(c);
      cubes.push({ row: rec.line, metric: '', dims: dims.map((i) => cell(f, i).trim()) });
    }
    assignIndicators(
      cands,
      cubes,
      dims.map((i) => h[i] as string),
      () => ({
        suggestedId: slugify(baseName(ctx.fileName)) || 'fhi-import',
        name_nb: name,
        unit: unit.unit,
        unitGuessed: unit.guessed,
        source_kind: kind,
        description_nb: `FHI statistikkbank, ${h[iValue]}`,
      }),
      ctx,
    );
    return tableOutput(
      cands,
      {
        title: name,
        publisher: 'Folkehelseinstituttet (FHI)',
        citation: `FHI statistikkbank (Kommunehelsa), fil ${ctx.fileName}`,
      },
      cursor,
    );
  },
};
