import { markerPath, scaleDash } from '../charts/Marker.tsx';
import { GLYPH_WIDTH, wrapText } from '../charts/wrap-text.ts';
import type { LegendEntry } from './slide-text.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = "'Inter Variable', Inter, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const TEXT_STYLES = [
  'font-size',
  'font-weight',
  'fill',
  'font-variant-numeric',
  'paint-order',
  'stroke',
  'stroke-width',
  'stroke-linejoin',
];
const DROP_ATTRS = /^(tabindex|role|aria-.*|data-.*|class)$/;

/** The words an exported picture carries around its chart. */
export interface PictureText {
  title: string;
  subtitle: string;
  caption: string;
  legend: LegendEntry[];
  filters: string;
  /** "Kilde: …. Periode: …." */
  source: string;
}

/** A copy of a chart's SVG with the page's CSS for text written into it, and no page-only attributes. */
export function cloneChart(chart: SVGSVGElement): SVGSVGElement {
  const copy = chart.cloneNode(true) as SVGSVGElement;
  const from = [chart, ...chart.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const out = to[i];
    if (!out) return;
    if (el instanceof SVGTextElement || el instanceof SVGTSpanElement) {
      const cs = getComputedStyle(el);
      for (const p of TEXT_STYLES) {
        if (!out.hasAttribute(p)) out.setAttribute(p, cs.getPropertyValue(p));
      }
      // The page's web font is not there when the picture is opened elsewhere: name the fallbacks.
      out.setAttribute('font-family', FONT);
    }
    for (const a of [...out.attributes]) if (DROP_ATTRS.test(a.name)) out.removeAttribute(a.name);
  });
  copy.removeAttribute('style');
  copy.setAttribute('overflow', 'visible');
  return copy;
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The chart's own size, from its viewBox (or its width and height). */
export function chartSize(chart: SVGSVGElement): { width: number; height: number } {
  const vb = chart.viewBox.baseVal;
  if (vb && vb.width > 0 && vb.height > 0) return { width: vb.width, height: vb.height };
  return { width: chart.width.baseVal.value, height: chart.height.baseVal.value };
}

/**
 * A standalone SVG picture of a chart: its title, subtitle and caption above, the legend under it,
 * then the choices behind it and its source and period, with every style written in. With
 * `withText: false`, only the chart and legend (for the HTML deck, which has the words as HTML).
 */
export function standaloneSvg(
  chart: SVGSVGElement,
  text: PictureText,
  { withText = true, prolog = true }: { withText?: boolean; prolog?: boolean } = {},
): string {
  const { width: W, height: H } = chartSize(chart);
  const f = Math.max(14, W / 62);
  const m = f;
  const root = el('svg', { xmlns: SVG_NS, 'font-family': FONT, role: 'img' });
  const body: SVGElement[] = [];
  let y = m;
  const lines = (
    content: string,
    size: number,
    step: number,
    opts: Record<string, string | number>,
    max = 8,
  ) => {
    for (const line of wrapText(content, W, size, max)) {
      y += step;
      body.push(el('text', { x: m, y: y - step * 0.28, 'font-size': size, ...opts }, line));
    }
  };
  if (withText) {
    lines(text.title, f * 1.5, f * 1.9, { 'font-weight': 700, fill: '#1a1f26' }, 2);
    if (text.subtitle) lines(text.subtitle, f * 0.9, f * 1.35, { fill: '#3d4550' }, 2);
    y += f * 0.4;
    if (text.caption) lines(text.caption, f * 1.0, f * 1.4, { fill: '#1a1f26' }, 8);
    y += f * 0.8;
  }
  const copy = cloneChart(chart);
  copy.setAttribute('x', String(m));
  copy.setAttribute('y', String(y));
  copy.setAttribute('width', String(W));
  copy.setAttribute('height', String(H));
  body.push(copy);
  y += H + f * 0.8;

  // Legend entries flow left to right and wrap.
  let x = 0;
  const size = f * 0.85;
  const rowH = f * 1.5;
  if (text.legend.length > 0) y += rowH * 0.7;
  for (const e of text.legend) {
    const w = f * 2.6 + e.label.length * size * GLYPH_WIDTH + f * 1.2;
    if (x > 0 && x + w > W) {
      x = 0;
      y += rowH;
    }
    const cy = y - size * 0.35;
    if (e.width > 0)
      body.push(
        el('line', {
          x1: m + x,
          x2: m + x + f * 2,
          y1: cy,
          y2: cy,
          stroke: e.color,
          'stroke-width': e.width * 2,
          'stroke-dasharray': scaleDash(e.dash, 2),
        }),
      );
    if (e.marker !== 'none')
      body.push(el('path', { d: markerPath(e.marker, m + x + f, cy, f * 0.35), fill: e.color }));
    body.push(el('text', { x: m + x + f * 2.6, y, 'font-size': size, fill: '#1a1f26' }, e.label));
    x += w;
  }
  if (text.legend.length > 0) y += rowH * 0.5;
  if (withText) {
    y += f * 0.4;
    if (text.filters) lines(text.filters, f * 0.75, f * 1.15, { fill: '#3d4550' }, 3);
    lines(text.source, f * 0.75, f * 1.15, { fill: '#3d4550' }, 6);
  }
  const totalW = W + 2 * m;
  const totalH = Math.ceil(y + m);
  root.setAttribute('width', String(totalW));
  root.setAttribute('height', String(totalH));
  root.setAttribute('viewBox', `0 0 ${totalW} ${totalH}`);
  root.append(
    el('title', {}, text.title),
    el('desc', {}, [text.caption, text.source].filter(Boolean).join(' ')),
    el('rect', { width: totalW, height: totalH, fill: '#ffffff' }),
    ...body,
  );
  const xml = new XMLSerializer().serializeToString(root);
  return prolog ? `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n` : xml;
}
