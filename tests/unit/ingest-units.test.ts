/** Unit tables for the ingest building blocks: numbers, symbols, labels, places, encodings, CSV. */
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvCursor } from '../../src/ingest/csv.ts';
import { decode, decodeWindows1252 } from '../../src/ingest/decode.ts';
import { parseAge, parseSex, readPeriod, slugify } from '../../src/ingest/labels.ts';
import { checkMapping, suggestMapping } from '../../src/ingest/mapping.ts';
import { parseNumber, SPVFLAGG, SYMBOLS } from '../../src/ingest/numbers.ts';
import { GeoIndex } from '../../src/ingest/places.ts';
import { sha256Hex, sha256Plain } from '../../src/ingest/sha256.ts';
import { detectShape } from '../../src/ingest/shape.ts';
import { ingestText } from '../../src/i18n/ingest-text.ts';
import { encodeUtf16le, encodeWindows1252 } from '../fixtures/ingest/make-fixtures.ts';
import { curatedContext } from './ingest-helpers.ts';

describe('numbers', () => {
  const cases: [string | number, number][] = [
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['-3,25', -3.25],
    ['−3,25', -3.25],
    ['+4', 4],
    ['1 234', 1234],
    ['1 234 567,89', 1234567.89],
    ['1\u00a0234,5', 1234.5],
    ['1\u2009234', 1234],
    ['1\u202f234', 1234],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['12,5 %', 12.5],
    ['0', 0],
    ['0,0', 0],
    ['.5', 0.5],
    ['1e3', 1000],
    [' 7 ', 7],
    [3.5, 3.5],
  ];
  it.each(cases)('%s → %d', (text, value) => {
    expect(parseNumber(text)).toMatchObject({ ok: true, value, status: 'ok' });
  });

  it('keeps a provisional figure (SSB `*` after the number) and marks it', () => {
    expect(parseNumber('123*')).toEqual({ ok: true, value: 123, status: 'ok', provisional: true });
  });

  const bad: [string, string][] = [
    ['1,234,567', 'ambiguous'],
    ['12 34', 'not a number'],
    ['1.23.4', 'not a number'],
    ['=1+1', 'not a number'],
    ['@SUM(A1)', 'not a number'],
    ['-2+3', 'not a number'],
    ['abc', 'not a number'],
    ['1e400', 'out of range'],
    ['1e16', 'implausibly large'],
    ['NaN', 'not a number'],
    ['Infinity', 'not a number'],
  ];
  it.each(bad)('%s is rejected (%s)', (text, reason) => {
    const n = parseNumber(text);
    expect(n.ok).toBe(false);
    if (!n.ok) expect(ingestText('en', n.reason)).toContain(reason);
  });
});

describe('symbols are a status, never a number', () => {
  const table: [string, 'missing' | 'suppressed'][] = [
    ['..', 'missing'],
    ['.', 'missing'],
    [':', 'suppressed'],
    ['...', 'suppressed'],
    ['…', 'suppressed'],
    ['-', 'missing'],
    ['–', 'missing'],
    ['*', 'missing'],
    ['|', 'missing'],
    ['', 'missing'],
    ['  :  ', 'suppressed'],
  ];
  it.each(table)('%j → %s with no value', (symbol, status) => {
    expect(parseNumber(symbol)).toMatchObject({ ok: true, value: null, status });
  });
  it('documents every symbol it knows', () => {
    for (const [symbol, meaning] of Object.entries(SYMBOLS)) {
      expect(parseNumber(symbol)).toMatchObject({ value: null, status: meaning.status });
      expect(meaning.meaning.length).toBeGreaterThan(5);
    }
  });
  it('maps FHI SPVFLAGG 0–3', () => {
    expect(SPVFLAGG['0']?.status).toBe('ok');
    expect(SPVFLAGG['1']).toEqual({ status: 'missing', symbol: '..' });
    expect(SPVFLAGG['2']).toEqual({ status: 'missing', symbol: '.' });
    expect(SPVFLAGG['3']).toEqual({ status: 'suppressed', symbol: ':' });
  });
});

describe('sex, age and period labels', () => {
  it.each([
    ['0', 'all'],
    ['1', 'male'],
    ['2', 'female'],
    ['Begge kjønn', 'all'],
    ['kjønn samlet', 'all'],
    ['Menn', 'male'],
    ['gutter', 'male'],
    ['Kvinner', 'female'],
    ['jenter', 'female'],
    ['Both sexes', 'all'],
    ['', 'all'],
  ])('sex %j → %s', (text, sex) => expect(parseSex(text)).toBe(sex));
  it('rejects unknown sexes', () => expect(parseSex('3')).toBeNull());

  it.each([
    ['0_74', '0_74'],
    ['18_plus', '18_plus'],
    ['all', 'all'],
    ['Alle aldre', 'all'],
    ['0 years', '0_0'],
    ['1 year', '1_1'],
    ['0 år', '0_0'],
    ['105 years or older', '105_plus'],
    ['105 år eller eldre', '105_plus'],
    ['18 år og over', '18_plus'],
    ['18+', '18_plus'],
    ['0-74 år', '0_74'],
    ['under 18 år', '0_17'],
    ['8-10.trinn', 'grade_8_10'],
    ['8.-10. trinn', 'grade_8_10'],
    ['Ungdomsskole', 'grade_8_10'],
    ['9. trinn', 'grade_9'],
    ['Videregående', 'vgs'],
    ['VG1', 'grade_11'],
    ['vg3', 'grade_13'],
  ])('age %j → %s', (text, age) => expect(parseAge(text)).toBe(age));
  it('rejects ages it does not understand', () => {
    expect(parseAge('teenagers')).toBeNull();
    expect(parseAge('74-0 år')).toBeNull();
  });

  it.each([
    ['2015', { from: 2015, to: 2015 }],
    ['2013_2015', { from: 2013, to: 2015 }],
    ['2013-2015', { from: 2013, to: 2015 }],
    [2020, { from: 2020, to: 2020 }],
    ['2015–2019', { from: 2015, to: 2019 }],
    ['2016/17', { from: 2016, to: 2016 }],
    ['2016/17-2018/19', { from: 2016, to: 2018 }],
    ['2018-01-01', { from: 2018, to: 2018 }],
    ['2018-01-01T00:00:00Z', { from: 2018, to: 2018 }],
  ])('period %j', (text, p) => expect(readPeriod(text)).toEqual(p));
  it('rejects periods that are not whole years', () => {
    for (const p of ['2021K1', '2021M01', '2015_2013', 'x', '', '2016/18', '2018-01', '18-01-2018'])
      expect(readPeriod(p)).toBeNull();
  });

  it('makes ids from any text', () => {
    expect(slugify('Ungdata – psykiske plager (Ørland, Åfjord)')).toBe(
      'ungdata-psykiske-plager-orland-afjord',
    );
    expect(slugify('<script>')).toBe('script');
  });
});

describe('places', () => {
  const ctx = curatedContext();
  const geo = new GeoIndex(ctx.geo, ctx.geo_change);
  const ok: [string, string][] = [
    ['0301', '0301'],
    ['301', '0301'],
    ['K-0301', '0301'],
    ['K-0301 Oslo', '0301'],
    ['K-1554 Averøy', '1554'],
    ['1554 Averøy', '1554'],
    ['15', '15'],
    ['F-15', '15'],
    ['3', '03'],
    ['0', '0'],
    ['00', '0'],
    ['Hele landet', '0'],
    ['Norge', '0'],
    ['hele LANDET', '0'],
    ['Averøy', '1554'],
    ['averøy', '1554'],
    ['Averoy', '1554'],
    ['Averøy kommune', '1554'],
    ['Snåsa', '5041'],
    ['Snåase', '5041'],
    ['Snåase - Snåsa', '5041'],
    ['Snåsa - Snåase', '5041'],
    ['snasa', '5041'],
    ['Kåfjord', '5540'],
    ['Gáivuotna', '5540'],
    ['Trøndelag', '50'],
    ['Møre og Romsdal', '15'],
    ['Oslo', '0301'],
    ['Våler (Innlandet)', '3419'],
    ['Våler (Østfold)', '3114'],
    ['G-SINTEF-U2000', 'G-SINTEF-U2000'],
  ];
  it.each(ok)('%j → %s', (text, code) => {
    expect(geo.resolve(text)).toMatchObject({ kind: 'ok', code });
  });

  it('carries old codes through geo_change chains, with the chain', () => {
    expect(geo.resolve('0615')).toEqual({
      kind: 'ok',
      code: '3320',
      via: 'code',
      carried: ['0615', '3039', '3320'],
    });
    expect(geo.resolve('615')).toMatchObject({ code: '3320' });
    expect(geo.resolve('K-3039 Flå')).toMatchObject({ code: '3320', carried: ['3039', '3320'] });
    // Codes of 2013–2019 to 2020 (SSB), and 2020–2023 to 2024 (FHI): Halden 0101 became 3001 in
    // 2020 and 3101 in 2024.
    expect(geo.resolve('K-3001 Halden')).toMatchObject({ code: '3101', carried: ['3001', '3101'] });
    expect(geo.resolve('0101')).toMatchObject({ code: '3101', carried: ['0101', '3001', '3101'] });
    expect(geo.resolve('5444')).toMatchObject({ code: '5605', carried: ['5444', '5605'] });
  });

  it('does not carry a code merged with others: its figure is one part of the place', () => {
    // Granvin and Voss became Voss (4621) in 2020; Ørland 1621 became 5015 in 2018, and 5015
    // and Bjugn 5017 became Ørland 5057 in 2020.
    expect(geo.resolve('1234')).toEqual({
      kind: 'unknown',
      reason: {
        code: 'place.merged',
        params: {
          code: '1234',
          into: '4621',
          year: '2020',
          with: ['1235'],
          hint: { code: 'place.merged-today', params: { name: 'Voss', code: '4621' } },
        },
      },
    });
    expect(geo.resolve('1621')).toMatchObject({
      kind: 'unknown',
      reason: { code: 'place.merged', params: { code: '5015', into: '5057', with: ['5017'] } },
    });
    // The place formed by the merge is carried as a whole (Holmestrand 3802 became 3903 in 2024).
    expect(geo.resolve('3802')).toMatchObject({
      kind: 'ok',
      code: '3903',
      carried: ['3802', '3903'],
    });
  });

  it('drops pseudo-regions', () => {
    for (const t of [
      'K-21-22',
      'K-21-22 Svalbard og Jan Mayen',
      'K-23',
      'K-23 Kontinentalsokkelen',
      'K-Rest',
      'K-Rest Delte kommuner og uoppgitt',
      'EAK',
      'EAKUO',
      'EKG13',
      'EKA15',
      'Svalbard',
      'Uoppgitt',
      '2111',
      '1599',
      '0399',
      '21',
      '99',
    ])
      expect(geo.resolve(t), t).toMatchObject({ kind: 'pseudo' });
  });

  it('reports unknown and ambiguous places, never guesses', () => {
    expect(geo.resolve('Herøy')).toMatchObject({ kind: 'unknown' });
    expect(geo.resolve('Våler')).toMatchObject({ kind: 'unknown' });
    expect(geo.resolve('Atlantis')).toMatchObject({ kind: 'unknown' });
    expect(geo.resolve('8888')).toMatchObject({ kind: 'unknown' });
    expect(geo.resolve('Sør-Trøndelag')).toMatchObject({ kind: 'unknown' });
    expect(geo.resolve('30')).toMatchObject({ kind: 'unknown' });
    // Ålesund 1507 was split in 2024 (1508 Ålesund, 1580 Haram): geo_change marks it as split and
    // does not carry it, and the name only hints, it does not choose.
    const alesund = geo.resolve('K-1507 Ålesund');
    expect(alesund.kind).toBe('unknown');
    if (alesund.kind === 'unknown') {
      expect(ingestText('en', alesund.reason)).toContain('code 1507 was split (into 1508, 1580)');
      expect(ingestText('en', alesund.reason)).toContain("today's Ålesund is 1508");
      expect(ingestText('en', alesund.reason)).not.toContain('add the change');
      expect(ingestText('nb', alesund.reason)).toContain('dagens Ålesund er 1508');
    }
    expect(geo.resolve('')).toMatchObject({ kind: 'unknown' });
    expect(geo.resolve('=cmd|calc')).toMatchObject({ kind: 'unknown' });
  });

  it('refuses to carry a code that was split', () => {
    // Ålesund 1507 → 1508 Ålesund and 1580 Haram (2024), written as split rows.
    const split = new GeoIndex(ctx.geo, [
      ...ctx.geo_change,
      { old_code: '1507', new_code: '1508', year: 2024, kind: 'split' },
      { old_code: '1507', new_code: '1580', year: 2024, kind: 'split' },
    ]);
    const r = split.resolve('1507');
    expect(r.kind).toBe('unknown');
    if (r.kind === 'unknown')
      expect(ingestText('en', r.reason)).toContain('code 1507 was split (into 1508, 1580)');
  });

  it('marks a new comparison group', () => {
    expect(geo.resolve('G-MY-GROUP')).toEqual({ kind: 'group', code: 'G-MY-GROUP' });
  });
});

describe('encodings', () => {
  const text = 'Geografi;Kjønn\nÆrø Bærum Tromsø Ålesund;€ – “x”\n';
  it('reads UTF-8 without BOM', () => {
    expect(decode(new TextEncoder().encode(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });
  it('reads UTF-8 with BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decode(bytes)).toEqual({ ok: true, text, encoding: 'utf-8-bom' });
  });
  it('reads Windows-1252 (invalid UTF-8), including € and – from 0x80–0x9F', () => {
    expect(decode(encodeWindows1252(text))).toEqual({ ok: true, text, encoding: 'windows-1252' });
    expect(
      decodeWindows1252(new Uint8Array([0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5, 0x80, 0x96])),
    ).toBe('æøåÆØÅ€–');
  });
  it('reads ISO-8859-1 files (a subset of Windows-1252)', () => {
    expect(decode(new Uint8Array([0x4f, 0x73, 0x6c, 0x6f, 0x3b, 0xf8]))).toMatchObject({
      text: 'Oslo;ø',
    });
  });
  it('reads UTF-16 LE and BE with BOM, and LE without', () => {
    const le = encodeUtf16le(text);
    expect(decode(le)).toEqual({ ok: true, text, encoding: 'utf-16le' });
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] as number;
      be[i + 1] = le[i] as number;
    }
    expect(decode(be)).toEqual({ ok: true, text, encoding: 'utf-16be' });
    expect(decode(le.subarray(2))).toEqual({ ok: true, text, encoding: 'utf-16le' });
  });
  it('refuses empty and binary files', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, reason: { code: 'file.empty' } });
    expect(decode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 200, 201]))).toMatchObject({ ok: false });
  });
});

describe('separators and the CSV tokenizer', () => {
  it.each([
    ['a;b;c\n1;2,5;3\n4;5,5;6\n', ';'],
    ['a,b,c\n1,"2,5",3\n4,5,6\n', ','],
    ['a\tb\tc\n1\t2,5\t3\n', '\t'],
    ['GEO;AAR;RATE\n301;2015;12,5\n1554;2015;13,5\n', ';'],
  ])('%j → %j', (text, sep) => {
    const s = detectShape(text);
    expect(s.ok && s.shape.separator).toBe(sep);
  });

  it('finds the header below an SSB title and a blank line', () => {
    const s = detectShape(
      '"07459: Befolkning, etter region, alder"\n\n"region";"alder";"Personer 2021"\n"K-0301 Oslo";"0 år";1\n',
    );
    expect(s).toMatchObject({ ok: true, shape: { separator: ';', headerLine: 3, width: 3 } });
    expect(s.ok && s.shape.preamble).toEqual(['"07459: Befolkning, etter region, alder"']);
  });

  it('says when header and rows use different separators', () => {
    expect(detectShape('a;b;c\n1,2,3\n4,5,6\n')).toEqual({
      ok: false,
      reason: {
        code: 'file.mixed-separators',
        params: { header: { code: 'word.semicolon' }, rows: { code: 'word.comma' } },
      },
    });
  });

  it('reads quotes, escaped quotes, line breaks in quotes, CRLF, and keeps line numbers', () => {
    const c = new CsvCursor('a,b\r\n"x,1","say ""hi"""\r\n\r\n"two\nlines",z\r\nlast,row', ',');
    expect(c.next()).toEqual({ fields: ['a', 'b'], line: 1 });
    expect(c.next()).toEqual({ fields: ['x,1', 'say "hi"'], line: 2 });
    expect(c.next()).toEqual({ fields: ['two\nlines', 'z'], line: 4 });
    expect(c.next()).toEqual({ fields: ['last', 'row'], line: 6 });
    expect(c.next()).toBeNull();
  });

  it('reports a quote that never closes', () => {
    const c = new CsvCursor('a,b\n"open,1\n2,3\n', ',');
    c.next();
    expect(c.next()?.unreadable).toEqual({
      from: 2,
      to: 3,
      reason: { code: 'unreadable.unclosed-quote', params: { line: 2 } },
    });
    expect(c.next()).toBeNull();
  });

  it('agrees with PapaParse on random quoted tables', () => {
    let seed = 42;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = ['a', 'ø', ' ', ';', ',', '"', '\n', '\r\n', '1', '\t', '=', '<'];
    for (const sep of [';', ',', '\t']) {
      const rows = Array.from({ length: 200 }, () =>
        Array.from({ length: 4 }, (_, j) =>
          j === 0
            ? `r${rand(1000)}`
            : Array.from({ length: rand(6) }, () => alphabet[rand(12)]).join(''),
        ),
      );
      const text = Papa.unparse(rows, { delimiter: sep, newline: rand(2) ? '\n' : '\r\n' });
      const mine: string[][] = [];
      const c = new CsvCursor(text, sep);
      for (let r = c.next(); r !== null; r = c.next()) mine.push(r.fields);
      expect(mine).toEqual(rows);
      expect(mine).toEqual(Papa.parse<string[]>(text, { delimiter: sep }).data);
    }
  });

  it('keeps cell text as text (no HTML, no formulas)', () => {
    const c = new CsvCursor('<b>x</b>;=1+1;@A1\n', ';');
    expect(c.next()?.fields).toEqual(['<b>x</b>', '=1+1', '@A1']);
  });
});

describe('column mappings', () => {
  const header = ['Kommunenr.', 'Årgang', 'Andel (%)'];
  it('checks a mapping against a header, ignoring case and accents', () => {
    const r = checkMapping(
      { place: 'kommunenr.', period: 'ARGANG', value: 'Andel (%)', indicatorId: 'x' },
      header,
    );
    expect(r).toMatchObject({ ok: true, columns: { place: 0, period: 1, value: 2, sex: -1 } });
  });
  it('says what is missing', () => {
    const r = checkMapping({ place: 'Sted', value: 'Andel (%)' }, header);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const text = r.problems.map((p) => ingestText('en', p)).join(' ');
      expect(text).toContain('no column named "Sted"');
      expect(text).toContain('period');
      expect(text).toContain('indicator');
    }
  });
  it('survives a JSON round trip (a saved preset)', () => {
    const m = { place: 'Kommunenr.', period: 'Årgang', value: 'Andel (%)', indicatorId: 'x' };
    expect(JSON.parse(JSON.stringify({ version: 1, name: 'KOSTRA', mapping: m })).mapping).toEqual(
      m,
    );
  });
  it('suggests a first mapping from header names', () => {
    expect(suggestMapping(['Geografi', 'År', 'Kjønn', 'value'])).toEqual({
      place: 'Geografi',
      period: 'År',
      sex: 'Kjønn',
      value: 'value',
    });
  });
});

describe('sha256', () => {
  it('matches Node crypto, with Web Crypto and with the fallback', async () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 1000, 70000]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + 7) & 0xff);
      const want = createHash('sha256').update(bytes).digest('hex');
      expect(sha256Plain(bytes)).toBe(want);
      expect(await sha256Hex(bytes)).toBe(want);
    }
  });
});
