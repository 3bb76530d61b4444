import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LangContext, type Lang } from '../../src/i18n/i18n.ts';
import { normaliseSvg } from './normalise-svg.ts';

/** A chart rendered to static markup in a language, as a normalised, pretty-printed SVG file. */
export function renderChart(chart: ReactElement, lang: Lang): string {
  return normaliseSvg(
    renderToStaticMarkup(<LangContext.Provider value={lang}>{chart}</LangContext.Provider>),
  );
}
