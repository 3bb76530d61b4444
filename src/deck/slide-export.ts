import { downloadText, toCsv } from '../export/csv.ts';
import { copyTable } from '../export/clipboard.ts';
import { downloadBlob } from '../export/download-blob.ts';
import type { Lang } from '../i18n/i18n.ts';
import type { SlideData } from '../queries/slide-data.ts';
import { slideCaption } from './captions.ts';
import { readCaption } from './deck-store.ts';
import { fileSlug } from './file-name.ts';
import { slideTable } from './slide-csv.ts';
import { slideTextTable } from './slide-table-text.ts';
import {
  slideFilters,
  slideLegend,
  slideSubtitle,
  slideTitle,
  sourceAndPeriod,
} from './slide-text.ts';
import { standaloneSvg, type PictureText } from './standalone-svg.ts';
import { svgToPng } from './svg-to-png.ts';

/** The formats a chart, a tile group or the gap list can be downloaded in. */
export type ExportFormat = 'png' | 'svg' | 'csv';

/** The caption a slide shows: the user's own text if they wrote one, else the one made from the data. */
export function effectiveCaption(slide: SlideData, lang: Lang): string {
  return readCaption(slide.id, lang) ?? slideCaption(slide, lang);
}

/**
 * The words an exported picture of a slide carries. Møte uses the caption the user may have
 * edited; the other views export the sentence made from the data, as they show no edited text.
 */
export function pictureText(
  slide: SlideData,
  lang: Lang,
  caption = effectiveCaption(slide, lang),
): PictureText {
  return {
    title: slideTitle(slide, lang),
    subtitle: slideSubtitle(slide, lang),
    caption,
    legend: slideLegend(slide, lang),
    filters: slideFilters(slide, lang),
    source: sourceAndPeriod(slide, lang),
  };
}

/** The file name an export gets, from the title and the place, without spaces or æøå. */
export function exportFileName(slide: SlideData, lang: Lang, format: ExportFormat): string {
  return `${fileSlug(slideTitle(slide, lang), slide.place.name)}.${format}`;
}

/**
 * Downloads a slide's chart as a standalone SVG, a PNG, or its figures as CSV; returns the file
 * name. The file is made in the page and offered from a Blob URL: nothing leaves the browser.
 */
export async function exportSlide(
  format: ExportFormat,
  slide: SlideData,
  lang: Lang,
  chart: SVGSVGElement | null,
  caption?: string,
): Promise<string> {
  const name = exportFileName(slide, lang, format);
  if (format === 'csv') {
    const { columns, rows } = slideTable(slide, lang);
    downloadText(name, toCsv(columns, rows));
    return name;
  }
  if (!chart) throw new Error('no chart');
  const svg = standaloneSvg(chart, pictureText(slide, lang, caption));
  if (format === 'svg') downloadText(name, svg, 'image/svg+xml;charset=utf-8');
  else downloadBlob(name, await svgToPng(svg));
  return name;
}

/** Puts a slide's figures on the clipboard as a table (HTML and tab-separated text). */
export function copySlideTable(slide: SlideData, lang: Lang): Promise<void> {
  return copyTable(slideTextTable(slide, lang));
}
