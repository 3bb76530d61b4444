import { formatFigure } from '../i18n/format.ts';
import { translate, type Lang } from '../i18n/i18n.ts';

/** One figure row of an indicator's table: the place's figure and the reference's for the same period. */
export interface ReportFigure {
  period: string;
  value: number | null;
  /** `ok`, `suppressed` or `missing` (from `observation.status`). */
  status: string;
  reference: number | null;
  referenceStatus: string | null;
}

/** A chart as a picture in the document. */
export interface ReportChart {
  png: Uint8Array;
  /** Size to show it at, in CSS pixels (96 to the inch). */
  width: number;
  height: number;
  alt: string;
}

/** One indicator of a theme, with everything the report says about it. */
export interface ReportIndicator {
  id: string;
  name: string;
  unit: string;
  /** The plain-language sentence about the series (as the meeting slide's caption). */
  sentence: string;
  /** The verdict's label ("Possibly worse than Norway") and its full sentence. */
  verdictLabel: string;
  verdictSentence: string;
  figures: ReportFigure[];
  /** "Kilde: …. Periode: …." */
  source: string;
  chart: ReportChart | null;
  /** The coordinator's assessment of this indicator, when written. */
  assessment: string | null;
}

/** A measure that follows a theme and is active in the report's year. */
export interface ReportMeasure {
  title: string;
  plan: string;
  due: string | null;
  responsible: string | null;
}

/** A theme: its indicators, the coordinator's assessment and its measures. */
export interface ReportTheme {
  id: string;
  name: string;
  assessment: string | null;
  indicators: ReportIndicator[];
  measures: ReportMeasure[];
}

/** A source cited, with the data version (file, checksum, date) the figures came from. */
export interface ReportSource {
  id: string;
  title: string;
  publisher: string;
  fileName: string | null;
  sha256: string | null;
  retrieved: string | null;
  license: string | null;
}

/** Everything the report document holds, in the interface's language. */
export interface ReportDoc {
  lang: Lang;
  place: string;
  /** The date it was made, in words. */
  date: string;
  /** What the figures were compared with ("Norge"). */
  reference: string;
  /** The year measures count as active in. */
  year: number;
  themes: ReportTheme[];
  sources: ReportSource[];
}

/** A figure cell in words: the value with its unit, or empty when there is none (never 0). */
export function figureText(value: number | null, status: string | null, unit: string, lang: Lang) {
  return value !== null && status === 'ok' ? formatFigure(value, unit, lang) : '–';
}

/** The note of a row: why a figure is not there (suppressed or missing), else empty. */
export function figureNote(f: ReportFigure, lang: Lang): string {
  if (f.status === 'suppressed') return translate(lang, 'report.doc.suppressed');
  if (f.value === null || f.status !== 'ok') return translate(lang, 'report.doc.missing');
  return '';
}

/** A measure as one line. */
export function measureLine(m: ReportMeasure, lang: Lang): string {
  const none = translate(lang, 'report.doc.notGiven');
  return translate(lang, 'report.doc.measureLine', {
    title: m.title,
    plan: m.plan,
    due: m.due ?? none,
    responsible: m.responsible ?? none,
  });
}

/** The title page's lines under the title. */
export function titleLines(doc: ReportDoc): string[] {
  const { lang } = doc;
  return [
    translate(lang, 'report.doc.made', { date: doc.date }),
    translate(lang, 'report.doc.comparison', { reference: doc.reference, year: doc.year }),
    translate(lang, 'report.doc.themes', { themes: doc.themes.map((t) => t.name).join(', ') }),
    translate(lang, 'report.doc.draft'),
  ];
}

/** A source's data version as label/value pairs (file, checksum, date, licence), the ones known. */
export function sourceFacts(s: ReportSource, lang: Lang): [string, string][] {
  const facts: [string, string | null][] = [
    [translate(lang, 'report.doc.file'), s.fileName],
    [translate(lang, 'report.doc.sha'), s.sha256],
    [translate(lang, 'report.doc.retrieved'), s.retrieved],
    [translate(lang, 'report.doc.license'), s.license],
  ];
  return facts.filter((f): f is [string, string] => f[1] !== null && f[1] !== '');
}

/** A file-name-safe stem for the document: "kunnskapsgrunnlag-averoy-2026-12-02". */
export function reportFileStem(doc: Pick<ReportDoc, 'lang' | 'place'>, isoDate: string): string {
  const slug = doc.place
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return [translate(doc.lang, 'report.file'), slug, isoDate].filter(Boolean).join('-');
}

/** A label as a column heading: its first letter capital ("landet" → "Landet"). */
export const headingCase = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);
