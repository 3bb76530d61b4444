import {
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { translate } from '../i18n/i18n.ts';
import {
  figureNote,
  figureText,
  headingCase,
  measureLine,
  sourceFacts,
  titleLines,
  type ReportDoc,
  type ReportIndicator,
  type ReportTheme,
} from './report-model.ts';

/** The widest a chart is shown in the document (A4 with 2.5 cm margins, in CSS pixels). */
const MAX_IMAGE_WIDTH = 600;
const FONT = 'Calibri';

const para = (text: string, opts: { italic?: boolean; bold?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...opts })], spacing: { after: 120 } });

/** The assessment text, one paragraph per paragraph the coordinator wrote. */
const textParagraphs = (text: string) =>
  text
    .split(/\n\s*\n|\r?\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => para(p.trim()));

function cell(text: string, header = false): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })],
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

function figureTable(ind: ReportIndicator, doc: ReportDoc): Table {
  const { lang } = doc;
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell(translate(lang, 'report.doc.period'), true),
      cell(doc.place, true),
      cell(headingCase(doc.reference), true),
      cell(translate(lang, 'report.doc.status'), true),
    ],
  });
  const rows = ind.figures.map(
    (f) =>
      new TableRow({
        children: [
          cell(f.period),
          cell(figureText(f.value, f.status, ind.unit, lang)),
          cell(figureText(f.reference, f.referenceStatus, ind.unit, lang)),
          cell(figureNote(f, lang)),
        ],
      }),
  );
  const line = { style: BorderStyle.SINGLE, size: 4, color: '9AA3AE' };
  return new Table({
    rows: [header, ...rows],
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
  });
}

function indicatorBlock(ind: ReportIndicator, doc: ReportDoc): (Paragraph | Table)[] {
  const { lang } = doc;
  const out: (Paragraph | Table)[] = [
    new Paragraph({ text: ind.name, heading: HeadingLevel.HEADING_2 }),
  ];
  if (ind.chart) {
    const scale = Math.min(1, MAX_IMAGE_WIDTH / ind.chart.width);
    out.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: 'png',
            data: ind.chart.png,
            transformation: {
              width: Math.round(ind.chart.width * scale),
              height: Math.round(ind.chart.height * scale),
            },
            altText: { name: ind.name, title: ind.name, description: ind.chart.alt },
          }),
        ],
      }),
    );
  }
  out.push(para(ind.sentence));
  out.push(
    new Paragraph({
      children: [
        new TextRun({ text: `${translate(lang, 'report.doc.verdict')}: `, bold: true }),
        new TextRun({ text: `${ind.verdictLabel}. ${ind.verdictSentence}` }),
      ],
      spacing: { after: 120 },
    }),
  );
  if (ind.figures.length > 0) {
    out.push(para(translate(lang, 'report.doc.tableCaption', { name: ind.name }), { bold: true }));
    out.push(figureTable(ind, doc));
  } else out.push(para(translate(lang, 'report.doc.noFigures', { place: doc.place })));
  out.push(para(ind.source, { italic: true }));
  if (ind.assessment) {
    out.push(para(translate(lang, 'report.doc.assessment'), { bold: true }));
    out.push(...textParagraphs(ind.assessment));
  }
  return out;
}

function themeBlock(theme: ReportTheme, doc: ReportDoc): (Paragraph | Table)[] {
  const { lang } = doc;
  return [
    new Paragraph({ text: theme.name, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    ...theme.indicators.flatMap((i) => indicatorBlock(i, doc)),
    new Paragraph({
      text: translate(lang, 'report.doc.assessment'),
      heading: HeadingLevel.HEADING_2,
    }),
    ...(theme.assessment
      ? textParagraphs(theme.assessment)
      : [para(translate(lang, 'report.doc.noAssessment'), { italic: true })]),
    new Paragraph({
      text: translate(lang, 'report.doc.measures', { year: doc.year }),
      heading: HeadingLevel.HEADING_2,
    }),
    ...(theme.measures.length > 0
      ? theme.measures.map(
          (m) => new Paragraph({ text: measureLine(m, lang), bullet: { level: 0 } }),
        )
      : [para(translate(lang, 'report.doc.noMeasures', { year: doc.year }), { italic: true })]),
  ];
}

function sourcesBlock(doc: ReportDoc): Paragraph[] {
  const { lang } = doc;
  return [
    new Paragraph({
      text: translate(lang, 'report.doc.sources'),
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
    }),
    ...doc.sources.flatMap((s) => [
      new Paragraph({
        children: [
          new TextRun({
            text: translate(lang, 'report.doc.sourceLine', {
              title: s.title,
              publisher: s.publisher,
            }),
            bold: true,
          }),
        ],
        bullet: { level: 0 },
      }),
      ...sourceFacts(s, lang).map(
        ([label, value]) =>
          new Paragraph({
            children: [new TextRun({ text: `${label}: ` }), new TextRun({ text: value })],
            indent: { left: 720 },
          }),
      ),
    ]),
  ];
}

/** The report as a Word document: title page, one section per theme, the sources with their data versions. */
export function reportDocument(doc: ReportDoc): Document {
  const { lang } = doc;
  const title = [
    new Paragraph({
      children: [new TextRun({ text: doc.place, size: 56, bold: true })],
      spacing: { before: 2400, after: 240 },
    }),
    new Paragraph({ text: translate(lang, 'report.doc.title'), heading: HeadingLevel.TITLE }),
    ...titleLines(doc).map((l) => para(l)),
  ];
  return new Document({
    creator: 'Oversikt',
    title: `${translate(lang, 'report.doc.title')}: ${doc.place}`,
    description: titleLines(doc).join(' '),
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        children: [
          ...title,
          ...doc.themes.flatMap((t) => themeBlock(t, doc)),
          ...sourcesBlock(doc),
        ],
      },
    ],
  });
}

/** The report as the bytes of a .docx file (a zip). */
export function reportDocx(doc: ReportDoc): Promise<Uint8Array> {
  return Packer.pack(reportDocument(doc), 'uint8array');
}
