import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decoder, text as textField } from '../../src/arrow/decode.ts';
import { NodeConnector } from '../../pipelines/lib/node-connector.ts';
import { slideTable } from '../../src/deck/slide-csv.ts';
import { exportFileName } from '../../src/deck/slide-export.ts';
import { slideTextTable } from '../../src/deck/slide-table-text.ts';
import { toCsv } from '../../src/export/csv.ts';
import { escapeHtml, toHtmlTable, toTsv, type TextTable } from '../../src/export/table-text.ts';
import { loadDeck } from '../../src/queries/deck.ts';
import { parseDeck } from '../../src/queries/pins.ts';
import type { SlideData } from '../../src/queries/slide-data.ts';

const DATA = join(new URL('../..', import.meta.url).pathname, 'data');
let db: NodeConnector;
beforeAll(async () => {
  db = await NodeConnector.open(DATA);
});
afterAll(() => db.close());

async function one(token: string): Promise<SlideData> {
  const [slide] = await loadDeck(db, parseDeck(token));
  if (!slide) throw new Error(`no slide for ${token}`);
  return slide;
}

const TABLE: TextTable = {
  caption: 'Skjenkesteder – Averøy',
  headers: ['Periode', 'A & B <x>'],
  rows: [
    ['2020', '=1+1'],
    ['2021', 'two\tcells\nand a line'],
  ],
  note: 'Kilde: "SSB".',
};

describe('a table for the clipboard', () => {
  it('as tab-separated text: one line per row, tabs between cells, formulas defused', () => {
    expect(toTsv(TABLE)).toBe(
      'Skjenkesteder – Averøy\r\nPeriode\tA & B <x>\r\n2020\t\'=1+1\r\n2021\ttwo cells and a line\r\nKilde: "SSB".\r\n',
    );
  });

  it('as HTML: caption, header cells, body cells and the note, all escaped', () => {
    const html = toHtmlTable(TABLE);
    expect(html).toContain('<caption>Skjenkesteder – Averøy</caption>');
    expect(html).toContain('<thead><tr><th>Periode</th><th>A &amp; B &lt;x&gt;</th></tr></thead>');
    expect(html).toContain('<tr><td>2020</td><td>=1+1</td></tr>');
    expect(html).toContain('<p>Kilde: &quot;SSB&quot;.</p>');
    expect(escapeHtml(`<a href='x'>`)).toBe('&lt;a href=&#39;x&#39;&gt;');
  });
});

describe('exports of a Trender chart', () => {
  it('the CSV has the indicator, period and source on every row, read as Excel expects', async () => {
    const slide = await one('trend~1554~ungdata-drunk-12m');
    const { columns, rows } = slideTable(slide, 'nb');
    expect(columns).toEqual(expect.arrayContaining(['indicator', 'period', 'status', 'source']));
    expect(rows.map((r) => [r.period, r.value])).toEqual([
      ['2015', 25],
      ['2018', 20],
      ['2020', 10],
    ]);
    for (const r of rows) {
      expect(r.indicator).toBe('Har vært beruset siste 12 måneder');
      expect(r.source).toMatch(/^NOVA \(Ungdata\), gjengitt i Averøy kommune/);
    }
    const csv = toCsv(columns, rows);
    expect(csv.startsWith('\uFEFFindicator_id;geo_code;')).toBe(true);
    expect(exportFileName(slide, 'nb', 'csv')).toBe(
      'har-vaert-beruset-siste-12-maneder-averoy.csv',
    );
  });

  it('the table to copy is the chart’s own: a row per period, a column per line', async () => {
    const table = slideTextTable(await one('trend~1554~ungdata-drunk-12m'), 'nb');
    expect(table.caption).toBe('Har vært beruset siste 12 måneder – Averøy · Ungdomsskoleelever');
    expect(table.headers).toEqual(['Periode', 'Averøy']);
    expect(table.rows).toEqual([
      ['2015', '25 %'],
      ['2018', '20 %'],
      ['2020', '10 %'],
    ]);
    expect(table.note).toMatch(/^Kilde: NOVA \(Ungdata\).*Periode: 2015–2020\.$/);
  });

  it('a suppressed figure is its status in both, never 0', async () => {
    const [hit] = await db.query({
      sql: `SELECT o.indicator_id, o.geo_code FROM observation o JOIN geo g ON g.code = o.geo_code
WHERE o.status = 'suppressed' AND g.level = 'municipality' ORDER BY 1, 2 LIMIT 1`,
      params: [],
      decode: decoder({ indicator_id: textField, geo_code: textField }),
    });
    expect(hit, 'the seed data has a suppressed figure').toBeDefined();
    const slide = await one(`trend~${hit?.geo_code}~${hit?.indicator_id}`);
    const { rows } = slideTable(slide, 'nb');
    const suppressed = rows.filter((r) => r.status === 'suppressed');
    expect(suppressed.length).toBeGreaterThan(0);
    for (const r of suppressed) expect(r.value).toBeNull();
    expect(toCsv(['value', 'status'], suppressed)).not.toMatch(/(^|\n)0;/);
    const text = slideTextTable(slide, 'nb');
    expect(text.rows.flat()).toContain('skjult (for få svar)');
    expect(text.rows.flat()).not.toContain('0');
  });
});

describe('exports of an Oversikt tile group', () => {
  it('one CSV row and one table row per tile, with the latest figure, reference and source', async () => {
    const slide = await one('tiles~1554~youth-substance');
    if (slide.kind !== 'tiles') throw new Error('tiles expected');
    const { columns, rows } = slideTable(slide, 'en');
    expect(rows).toHaveLength(slide.items.length);
    expect(columns).toEqual(expect.arrayContaining(['period', 'value', 'status', 'source']));
    const drunk = rows.find((r) => r.indicator_id === 'ungdata-drunk-12m');
    expect(drunk).toMatchObject({ period: '2020', value: 10, status: 'ok' });
    expect(drunk?.source).toMatch(/^NOVA \(Ungdata\)/);

    const table = slideTextTable(slide, 'nb');
    expect(table.headers.slice(0, 4)).toEqual([
      'Indikator',
      'Periode',
      'Verdi',
      'Referanse (landet)',
    ]);
    expect(table.rows).toHaveLength(slide.items.length);
    const row = table.rows.find((r) => r[0] === 'Har vært beruset siste 12 måneder');
    expect(row?.slice(1, 3)).toEqual(['2020', '10 %']);
    expect(table.note).toMatch(/^Kilde: /);
  });
});
