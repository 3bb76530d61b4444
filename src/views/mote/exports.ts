import { readCaption } from '../../deck/deck-store.ts';
import { slideCaption } from '../../deck/captions.ts';
import { fileSlug } from '../../deck/file-name.ts';
import { deckHtml } from '../../deck/html-deck.ts';
import { slideTable } from '../../deck/slide-csv.ts';
import type { SlideData } from '../../queries/slide-data.ts';
import {
  slideFilters,
  slideLegend,
  slideNotes,
  slideSubtitle,
  slideTitle,
  sourceAndPeriod,
} from '../../deck/slide-text.ts';
import { standaloneSvg, type PictureText } from '../../deck/standalone-svg.ts';
import { svgToPng } from '../../deck/svg-to-png.ts';
import { downloadBlob } from '../../export/download-blob.ts';
import { downloadText, toCsv } from '../../export/csv.ts';
import { localeOf, translate, type Lang } from '../../i18n/i18n.ts';

/** The caption a slide shows: the user's own text if they wrote one, else the one made from the data. */
export function effectiveCaption(slide: SlideData, lang: Lang): string {
  return readCaption(slide.id, lang) ?? slideCaption(slide, lang);
}

/** The words an exported picture of a slide carries. */
export function pictureText(slide: SlideData, lang: Lang): PictureText {
  return {
    title: slideTitle(slide, lang),
    subtitle: slideSubtitle(slide, lang),
    caption: effectiveCaption(slide, lang),
    legend: slideLegend(slide, lang),
    filters: slideFilters(slide, lang),
    source: sourceAndPeriod(slide, lang),
  };
}

const baseName = (slide: SlideData, lang: Lang) =>
  fileSlug(slideTitle(slide, lang), slide.place.name);

/** Downloads a slide's chart as a standalone SVG, a PNG, or its figures as CSV. */
export async function exportSlide(
  format: 'svg' | 'png' | 'csv',
  slide: SlideData,
  lang: Lang,
  chart: SVGSVGElement | null,
): Promise<void> {
  const name = baseName(slide, lang);
  if (format === 'csv') {
    const { columns, rows } = slideTable(slide, lang);
    downloadText(`${name}.csv`, toCsv(columns, rows));
    return;
  }
  if (!chart) throw new Error('no chart');
  const svg = standaloneSvg(chart, pictureText(slide, lang));
  if (format === 'svg') downloadText(`${name}.svg`, svg, 'image/svg+xml;charset=utf-8');
  else downloadBlob(`${name}.png`, await svgToPng(svg));
}

/** Downloads the whole deck as one self-contained HTML file (inline SVG and CSS, no scripts). */
export function exportDeckHtml(
  slides: readonly SlideData[],
  lang: Lang,
  chartOf: (id: string) => SVGSVGElement | null,
): void {
  const html = deckHtml({
    lang,
    title: translate(lang, 'mote.html.title', { n: slides.length }),
    made: translate(lang, 'mote.html.made', {
      date: new Date().toLocaleDateString(localeOf(lang), {
        dateStyle: 'long',
      }),
    }),
    slides: slides.map((s) => {
      const text = pictureText(s, lang);
      const chart = chartOf(s.id);
      return {
        title: text.title,
        subtitle: text.subtitle,
        caption: text.caption,
        figureSvg: chart ? standaloneSvg(chart, text, { withText: false, prolog: false }) : '',
        filters: text.filters,
        source: text.source,
        notes: slideNotes(s, lang),
      };
    }),
  });
  downloadText(
    `${fileSlug(translate(lang, 'view.mote'), String(slides.length))}.html`,
    html,
    'text/html;charset=utf-8',
  );
}
