import { translate, type Lang } from '../i18n/i18n.ts';

/** One slide of the HTML deck: its words, and its picture as inline SVG markup. */
export interface HtmlSlide {
  title: string;
  subtitle: string;
  caption: string;
  /** The chart and its legend as SVG markup (from `standaloneSvg(…, { withText: false })`). */
  figureSvg: string;
  filters: string;
  /** "Kilde: …. Periode: …." */
  source: string;
  notes: string[];
}

/** Text made safe for HTML. */
export function escapeHtml(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Removes anything from SVG markup that could run or fetch: scripts, event handlers, foreign links. */
export function inertSvg(svg: string): string {
  return svg
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<foreignObject[\s\S]*?<\/foreignObject>/gi, '')
    .replace(/\son\w+\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/\s(?:xlink:)?href\s*=\s*("(?!#)[^"]*"|'(?!#)[^']*')/gi, '');
}

const CSS = `
*{box-sizing:border-box}
html{font-family:'Inter Variable',Inter,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:#1a1f26;background:#fff}
body{margin:0}
.deck-head{padding:2rem 3vw;border-bottom:2px solid #1a1f26}
.deck-head h1{margin:0 0 .5rem;font-size:2rem}
.deck-head p{margin:0;color:#3d4550}
.slide{min-height:100vh;padding:3vh 3vw;display:flex;flex-direction:column;gap:1.2vh;border-bottom:2px solid #1a1f26;break-after:page;page-break-after:always}
.slide:last-of-type{border-bottom:none}
.counter{margin:0;font-size:clamp(1rem,1.3vw,1.6rem);color:#3d4550;font-weight:600}
.slide h2{margin:0;font-size:clamp(1.8rem,2.8vw,3.4rem);line-height:1.15}
.subtitle{margin:0;font-size:clamp(1rem,1.3vw,1.6rem);color:#3d4550}
.caption{margin:.5vh 0;font-size:clamp(1.2rem,1.75vw,2.2rem);line-height:1.35;max-width:90ch}
figure{margin:0;flex:1;display:flex;align-items:flex-start;justify-content:center;min-height:0}
figure svg{width:100%;height:auto;max-height:68vh}
.meta{margin:0;font-size:clamp(.9rem,1.05vw,1.3rem);color:#3d4550}
details{font-size:clamp(1rem,1.2vw,1.5rem)}
summary{cursor:pointer;font-weight:600}
@page{size:landscape;margin:10mm}
@media print{.slide{min-height:auto;border:none}figure svg{max-height:120mm}details{display:none}}
`;

/**
 * The deck as one self-contained HTML file: inline CSS and SVG, no scripts (a content security
 * policy forbids them and any request), every slide shown one after another, notes in <details>.
 */
export function deckHtml({
  lang,
  title,
  made,
  slides,
}: {
  lang: Lang;
  title: string;
  made: string;
  slides: HtmlSlide[];
}): string {
  const total = slides.length;
  const sections = slides.map((s, i) => {
    const n = i + 1;
    const notes =
      s.notes.length > 0
        ? `<details><summary>${escapeHtml(translate(lang, 'mote.speakerNotes'))}</summary>${s.notes
            .map((p) => `<p>${escapeHtml(p)}</p>`)
            .join('')}</details>`
        : '';
    return `<section class="slide" id="slide-${n}" aria-labelledby="slide-${n}-title">
<p class="counter">${escapeHtml(translate(lang, 'mote.html.slide', { n, total }))}</p>
<h2 id="slide-${n}-title">${escapeHtml(s.title)}</h2>
<p class="subtitle">${escapeHtml(s.subtitle)}</p>
<p class="caption">${escapeHtml(s.caption)}</p>
<figure>${inertSvg(s.figureSvg)}</figure>
<p class="meta">${escapeHtml(s.filters)}</p>
<p class="meta">${escapeHtml(s.source)}</p>
${notes}
</section>`;
  });
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="deck-head"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(made)}</p></header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
