import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { reportDocx } from '../../src/export/report-docx.ts';
import { reportHtml } from '../../src/export/report-html.ts';
import { reportFileStem, type ReportDoc } from '../../src/export/report-model.ts';
import { entryText, isPng, unzip } from '../support/unzip.ts';

/** A real w × h PNG (white, 8-bit grey), so the document holds a picture Word can open. */
function png(w: number, h: number): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const raw = Buffer.alloc((w + 1) * h, 0xff);
  for (let y = 0; y < h; y++) raw[y * (w + 1)] = 0; // filter byte per row
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

const doc = (over: Partial<ReportDoc> = {}): ReportDoc => ({
  lang: 'nb',
  place: 'Averøy',
  date: '2. desember 2026',
  reference: 'Norge',
  year: 2026,
  themes: [
    {
      id: 'youth-substance',
      name: 'Rus blant unge',
      assessment:
        'Årsaken er trolig tilgang på alkohol.\n\nDialogmøtet med ungdomsrådet bekreftet dette.',
      measures: [
        {
          title: 'Ungdomsklubb fredager',
          plan: 'Ruspolitisk handlingsplan',
          due: 'Kontinuerlig',
          responsible: null,
        },
      ],
      indicators: [
        {
          id: 'ungdata-drunk-12m',
          name: 'Beruset siste 12 måneder',
          unit: 'percent',
          sentence: 'Andelen falt fra 25 % i 2015 til 10 % i 2020.',
          verdictLabel: 'Mulig bedre enn Norge',
          verdictSentence: '10 % mot 15 % for Norge i 2020.',
          figures: [
            { period: '2015', value: 25, status: 'ok', reference: 18, referenceStatus: 'ok' },
            {
              period: '2018',
              value: null,
              status: 'suppressed',
              reference: 16,
              referenceStatus: 'ok',
            },
            { period: '2020', value: 10, status: 'ok', reference: null, referenceStatus: null },
          ],
          source: 'Kilde: Ruspolitisk handlingsplan 2021–2024. Periode: 2015–2020.',
          chart: {
            png: png(40, 20),
            width: 800,
            height: 400,
            alt: 'Figur: beruset i Averøy over tid.',
          },
          assessment: null,
        },
      ],
    },
    {
      id: 'youth-mental',
      name: 'Psykisk helse blant unge',
      assessment: null,
      measures: [],
      indicators: [],
    },
  ],
  sources: [
    {
      id: 'seed-averoy',
      title: 'Ruspolitisk handlingsplan 2021–2024',
      publisher: 'Averøy kommune',
      fileName: 'averoy-ruspolitisk.csv',
      sha256: 'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12',
      retrieved: '2026-11-20',
      license: null,
    },
  ],
  ...over,
});

describe('the report as a Word document', () => {
  it('is a zip whose document names the place, the themes, the assessment and the sources', async () => {
    const files = unzip(await reportDocx(doc()));
    const xml = entryText(files, 'word/document.xml');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const s of [
      'Averøy',
      'Rus blant unge',
      'Psykisk helse blant unge',
      'Beruset siste 12 måneder',
      'Andelen falt fra 25 % i 2015 til 10 % i 2020.',
      'Mulig bedre enn Norge',
      'Årsaken er trolig tilgang på alkohol.',
      'Dialogmøtet med ungdomsrådet bekreftet dette.',
      'Ungdomsklubb fredager',
      'Kilde: Ruspolitisk handlingsplan 2021–2024. Periode: 2015–2020.',
      'averoy-ruspolitisk.csv',
      'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12',
      '2026-11-20',
      'Sammenlignet med Norge. Tiltak regnes som aktive i 2026.',
      'Ingen vurdering skrevet ennå.',
      'Ingen aktive tiltak i 2026.',
    ])
      expect(text).toContain(s);
    // The two paragraphs the coordinator wrote stay two paragraphs.
    expect(xml).toMatch(/alkohol\.<\/w:t>[\s\S]*?<\/w:p>[\s\S]*?<w:p\b[\s\S]*?Dialogmøtet/);
    expect(xml).toContain('descr="Figur: beruset i Averøy over tid."');
  });

  it('holds each chart as a PNG in word/media, shown no wider than the page', async () => {
    const files = unzip(await reportDocx(doc()));
    const media = [...files.keys()].filter((k) => k.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(isPng(files.get(media[0] as string) as Uint8Array)).toBe(true);
    // 800 × 400 px scaled to 600 px wide: 600 × 300 px = 5 715 000 × 2 857 500 EMU.
    expect(entryText(files, 'word/document.xml')).toContain('cx="5715000" cy="2857500"');
  });

  it('writes a suppressed figure as suppressed and never as 0', async () => {
    const xml = entryText(unzip(await reportDocx(doc())), 'word/document.xml');
    const rows = [...xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) =>
      [...m[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]),
    );
    expect(rows).toContainEqual(['Periode', 'Averøy', 'Norge', 'Merknad']);
    expect(rows).toContainEqual(['2015', '25 %', '18 %', '']);
    expect(rows).toContainEqual(['2018', '–', '16 %', 'Skjult av hensyn til personvern (for få)']);
    expect(rows).toContainEqual(['2020', '10 %', '–', '']);
    expect(rows.flat()).not.toContain('0 %');
  });

  it('speaks English when the interface does', async () => {
    const text = entryText(unzip(await reportDocx(doc({ lang: 'en' }))), 'word/document.xml');
    expect(text).toContain('Sources and data versions');
    expect(text).toContain('Knowledge base for the overview of public health');
    expect(text).toContain('Hidden for privacy (too few)');
  });
});

describe('the report as an HTML page for printing', () => {
  it('holds the same content, the chart inline as PNG, print CSS and no script', () => {
    const html = reportHtml(doc());
    for (const s of [
      'Averøy',
      'Rus blant unge',
      'Årsaken er trolig tilgang på alkohol.',
      'Ungdomsklubb fredager',
      'averoy-ruspolitisk.csv',
      'ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12',
      'Skjult av hensyn til personvern (for få)',
    ])
      expect(html).toContain(s);
    const img = html.match(/<img src="data:image\/png;base64,([^"]+)"/);
    expect(img).not.toBeNull();
    expect(isPng(Buffer.from(img?.[1] ?? '', 'base64'))).toBe(true);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<script|onclick=/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('keeps the coordinator’s text as text', () => {
    const html = reportHtml(
      doc({
        themes: [
          {
            id: 't',
            name: 'T',
            assessment: '<img src=x onerror=alert(1)>',
            measures: [],
            indicators: [],
          },
        ],
      }),
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
  });
});

it('names the file after the place and the date', () => {
  expect(reportFileStem({ lang: 'nb', place: 'Averøy' }, '2026-12-02')).toBe(
    'kunnskapsgrunnlag-averoy-2026-12-02',
  );
  expect(reportFileStem({ lang: 'en', place: 'Søndre Land' }, '2026-12-02')).toBe(
    'knowledge-base-sondre-land-2026-12-02',
  );
});
