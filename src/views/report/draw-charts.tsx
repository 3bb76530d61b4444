import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { TrendChart } from '../../charts/TrendChart.tsx';
import { slideSeries } from '../../deck/slide-series.ts';
import { slideLegend } from '../../deck/slide-text.ts';
import { standaloneSvg } from '../../deck/standalone-svg.ts';
import { svgToPng } from '../../deck/svg-to-png.ts';
import type { ReportChart } from '../../export/report-model.ts';
import { LangContext, translate, type Lang } from '../../i18n/i18n.ts';
import type { TrendSlide } from '../../queries/slide-data.ts';

const WIDTH = 800;
const HEIGHT = 460;

/**
 * Draws each indicator's trend chart off screen (the same chart Trender and Møte draw, with its
 * legend) and turns it into a PNG for the report, by indicator id. Nothing leaves the page.
 */
export async function drawReportCharts(
  slides: readonly TrendSlide[],
  lang: Lang,
): Promise<Map<string, ReportChart>> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = `position:fixed;left:-20000px;top:0;width:${WIDTH}px;`;
  document.body.append(host);
  const root = createRoot(host);
  const out = new Map<string, ReportChart>();
  try {
    for (const slide of slides) {
      const ind = slide.indicator;
      if (!ind) continue;
      const series = slideSeries(slide, lang);
      if (series.every((s) => s.points.length === 0)) continue;
      flushSync(() =>
        root.render(
          <LangContext.Provider value={lang}>
            <TrendChart
              series={series}
              unit={String(ind.unit)}
              width={WIDTH}
              height={HEIGHT}
              labelledBy=""
              describedBy=""
              measures={slide.measures}
              large
              interactive={false}
            />
          </LangContext.Provider>,
        ),
      );
      const chart = host.querySelector('svg');
      if (!chart) continue;
      const name = lang === 'en' ? ind.name_en : ind.name_nb;
      const svg = standaloneSvg(
        chart,
        {
          title: name,
          subtitle: '',
          caption: '',
          legend: slideLegend(slide, lang),
          filters: '',
          source: '',
        },
        { withText: false },
      );
      const size = svg.match(/<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/);
      const png = new Uint8Array(await (await svgToPng(svg, 2)).arrayBuffer());
      out.set(ind.id, {
        png,
        width: Number(size?.[1] ?? WIDTH),
        height: Number(size?.[2] ?? HEIGHT),
        alt: translate(lang, 'report.doc.chartAlt', { name, place: slide.place.name }),
      });
    }
  } finally {
    root.unmount();
    host.remove();
  }
  return out;
}
