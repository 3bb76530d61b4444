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

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Bytes as base64 (for the pictures written into the page). */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

const paragraphs = (text: string) =>
  text
    .split(/\r?\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${esc(p.trim())}</p>`)
    .join('\n');

const CSS = `
body{font-family:Calibri,'Segoe UI',Arial,sans-serif;color:#1a1f26;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.6rem;margin-top:2.5rem}h2{font-size:1.2rem;margin-top:1.6rem}
.title-page h1{font-size:2rem;margin-top:0}.place{font-size:2.4rem;font-weight:700;margin:0}
img{max-width:100%;height:auto;display:block}
table{border-collapse:collapse;width:100%;margin:.4rem 0}th,td{border:1px solid #9aa3ae;padding:.2rem .45rem;text-align:left}
th{background:#eef1f4}.source{font-style:italic;color:#3d4550}.empty{font-style:italic}
dl{margin:.2rem 0 .8rem 1.5rem}dt{font-weight:600;float:left;clear:left;margin-right:.4rem}dd{margin:0;word-break:break-all}
@media print{body{margin:0;max-width:none}.theme{break-before:page}figure,table{break-inside:avoid}}
`;

function figureTable(ind: ReportIndicator, doc: ReportDoc): string {
  const { lang } = doc;
  const rows = ind.figures
    .map(
      (f) =>
        `<tr><td>${esc(f.period)}</td><td>${esc(figureText(f.value, f.status, ind.unit, lang))}</td><td>${esc(figureText(f.reference, f.referenceStatus, ind.unit, lang))}</td><td>${esc(figureNote(f, lang))}</td></tr>`,
    )
    .join('\n');
  return `<table><caption>${esc(translate(lang, 'report.doc.tableCaption', { name: ind.name }))}</caption>
<thead><tr><th scope="col">${esc(translate(lang, 'report.doc.period'))}</th><th scope="col">${esc(doc.place)}</th><th scope="col">${esc(headingCase(doc.reference))}</th><th scope="col">${esc(translate(lang, 'report.doc.status'))}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

function indicatorHtml(ind: ReportIndicator, doc: ReportDoc): string {
  const { lang } = doc;
  const chart = ind.chart
    ? `<figure><img src="data:image/png;base64,${toBase64(ind.chart.png)}" width="${ind.chart.width}" height="${ind.chart.height}" alt="${esc(ind.chart.alt)}"></figure>`
    : '';
  return `<section class="indicator" data-indicator="${esc(ind.id)}">
<h2>${esc(ind.name)}</h2>
${chart}
<p>${esc(ind.sentence)}</p>
<p><strong>${esc(translate(lang, 'report.doc.verdict'))}:</strong> ${esc(`${ind.verdictLabel}. ${ind.verdictSentence}`)}</p>
${ind.figures.length > 0 ? figureTable(ind, doc) : `<p>${esc(translate(lang, 'report.doc.noFigures', { place: doc.place }))}</p>`}
<p class="source">${esc(ind.source)}</p>
${ind.assessment ? `<h3>${esc(translate(lang, 'report.doc.assessment'))}</h3>${paragraphs(ind.assessment)}` : ''}
</section>`;
}

function themeHtml(theme: ReportTheme, doc: ReportDoc): string {
  const { lang } = doc;
  const measures =
    theme.measures.length > 0
      ? `<ul>${theme.measures.map((m) => `<li>${esc(measureLine(m, lang))}</li>`).join('')}</ul>`
      : `<p class="empty">${esc(translate(lang, 'report.doc.noMeasures', { year: doc.year }))}</p>`;
  return `<section class="theme" data-theme="${esc(theme.id)}">
<h1>${esc(theme.name)}</h1>
${theme.indicators.map((i) => indicatorHtml(i, doc)).join('\n')}
<h2>${esc(translate(lang, 'report.doc.assessment'))}</h2>
<div class="assessment">${theme.assessment ? paragraphs(theme.assessment) : `<p class="empty">${esc(translate(lang, 'report.doc.noAssessment'))}</p>`}</div>
<h2>${esc(translate(lang, 'report.doc.measures', { year: doc.year }))}</h2>
${measures}
</section>`;
}

/**
 * The report as one self-contained HTML page for printing (pictures inline, print CSS, no scripts):
 * the same content as the Word document.
 */
export function reportHtml(doc: ReportDoc): string {
  const { lang } = doc;
  const title = translate(lang, 'report.doc.title');
  const sources = doc.sources
    .map((s) => {
      const facts = sourceFacts(s, lang)
        .map(([k, v]) => `<dt>${esc(k)}:</dt><dd>${esc(v)}</dd>`)
        .join('');
      return `<li><strong>${esc(translate(lang, 'report.doc.sourceLine', { title: s.title, publisher: s.publisher }))}</strong>${facts ? `<dl>${facts}</dl>` : ''}</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'nb'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(`${title}: ${doc.place}`)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<section class="title-page">
<p class="place">${esc(doc.place)}</p>
<h1>${esc(title)}</h1>
${titleLines(doc)
  .map((l) => `<p>${esc(l)}</p>`)
  .join('\n')}
</section>
${doc.themes.map((t) => themeHtml(t, doc)).join('\n')}
<section class="theme sources">
<h1>${esc(translate(lang, 'report.doc.sources'))}</h1>
<ul>${sources}</ul>
</section>
</main>
</body>
</html>
`;
}
