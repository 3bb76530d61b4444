import { fileSlug } from '../../deck/file-name.ts';
import { deckHtml } from '../../deck/html-deck.ts';
import { pictureText } from '../../deck/slide-export.ts';
import type { SlideData } from '../../queries/slide-data.ts';
import { slideNotes } from '../../deck/slide-text.ts';
import { standaloneSvg } from '../../deck/standalone-svg.ts';
import { downloadText } from '../../export/csv.ts';
import { localeOf, translate, type Lang } from '../../i18n/i18n.ts';

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
