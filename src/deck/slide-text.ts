/** The words around a slide's figure: title, subtitle, filters, source, period, legend and notes. */
import { sourceLine } from '../i18n/source-line.ts';
import { lineStyle } from '../charts/series-style.ts';
import { drawnSeries } from '../charts/series.ts';
import { summarise } from '../charts/summary.ts';
import { formatPeriod, type Period } from '../domain/period.ts';
import { noMeasureReason } from '../i18n/coverage-text.ts';
import { translate, translateMaybe, type Lang, type T } from '../i18n/i18n.ts';
import { referenceLabel, verdictSentence, verdictTrendSentence } from '../i18n/risk-text.ts';
import { listWords } from '../i18n/format.ts';
import type { SlideData } from '../queries/slide-data.ts';
import { slideSeries } from './slide-series.ts';

/** A legend entry: a line style and marker, as the figure draws it. */
export interface LegendEntry {
  label: string;
  color: string;
  dash: string;
  marker: 'circle' | 'square' | 'diamond' | 'triangle' | 'none';
  width: number;
}

const tFor =
  (lang: Lang): T =>
  (key, vars) =>
    translate(lang, key, vars);

/** The slide's title: the indicator, the theme, or "Risks lacking active measures". */
export function slideTitle(slide: SlideData, lang: Lang): string {
  if (slide.kind === 'trend') {
    if (!slide.indicator) return slide.pin.kind === 'trend' ? slide.pin.indicator : '';
    return lang === 'en' ? slide.indicator.name_en : slide.indicator.name_nb;
  }
  if (slide.kind === 'tiles') return lang === 'en' ? slide.theme.name_en : slide.theme.name_nb;
  return translate(lang, 'mote.gapsTitle');
}

/** The line under the title: the place and who is measured, or what it is compared with. */
export function slideSubtitle(slide: SlideData, lang: Lang): string {
  const place = slide.place.name;
  if (slide.kind === 'trend') {
    const age = slide.rows.find((r) => r.geo_code === slide.place.code)?.age;
    const who =
      lang !== 'en' && slide.indicator?.population
        ? slide.indicator.population
        : (translateMaybe(lang, `age.${age ?? 'all'}`) ?? '');
    return who ? translate(lang, 'mote.sub.trend', { place, who }) : place;
  }
  const ref = referenceLabel(slide.reference, lang);
  if (slide.kind === 'tiles') return translate(lang, 'mote.sub.tiles', { place, ref });
  return translate(lang, 'mote.sub.gaps', { place, year: slide.year });
}

/** The choices behind the slide, in words (place, comparison, year and Dekning's filters). */
export function slideFilters(slide: SlideData, lang: Lang): string {
  const parts = [translate(lang, 'mote.f.place', { place: slide.place.name })];
  if (slide.kind === 'trend') {
    const refs = slideSeries(slide, lang)
      .filter((s) => s.role !== 'main')
      .map((s) => s.label);
    if (refs.length > 0)
      parts.push(translate(lang, 'mote.f.compare', { list: listWords(refs, lang) }));
    return parts.join(' · ');
  }
  const ref = referenceLabel(slide.reference, lang);
  parts.push(translate(lang, 'mote.f.compare', { list: ref }));
  parts.push(translate(lang, 'mote.f.year', { year: slide.year }));
  if (slide.kind === 'gaps') {
    const f = slide.pin.kind === 'gaps' ? slide.pin.filters : {};
    if (f.plan) parts.push(translate(lang, 'mote.f.plan', { plan: slide.planTitle ?? f.plan }));
    if (f.group)
      parts.push(
        translate(lang, 'mote.f.group', {
          group: translateMaybe(lang, `group.${f.group}`) ?? f.group,
        }),
      );
    if (f.level)
      parts.push(
        translate(lang, 'mote.f.level', {
          level: translateMaybe(lang, `prevention.${f.level}`) ?? f.level,
        }),
      );
  }
  return parts.join(' · ');
}

/**
 * The sources in one line: as under every chart for one or two sources; for more, the publishers
 * grouped by the document that cites them, so a slide's source line stays short.
 */
export function slideSource(slide: SlideData, lang: Lang): string {
  const citedIn = translate(lang, 'chart.citedIn');
  if (slide.sources.length === 0) return translate(lang, 'mote.sourceNone');
  if (slide.sources.length <= 2) return slide.sources.map((s) => sourceLine(s, citedIn)).join('; ');
  const byDoc = new Map<string, Set<string>>();
  for (const s of slide.sources) {
    const publisher =
      String(s.publisher ?? '')
        .split(';')[0]
        ?.trim() ?? '';
    const doc =
      s.kind === 'plan' && s.citation
        ? (String(s.citation).split(/, (avsnitt|kap\.)/)[0] ?? '')
        : '';
    byDoc.set(doc, (byDoc.get(doc) ?? new Set()).add(publisher));
  }
  return [...byDoc.entries()]
    .map(([doc, pubs]) => {
      const who = [...pubs].filter(Boolean).join(', ');
      return doc ? `${who}, ${citedIn} ${doc}` : who;
    })
    .join('; ');
}

/** The years the slide's figures cover (null when there are none). */
export function slidePeriod(slide: SlideData): Period | null {
  const periods: Period[] =
    slide.kind === 'trend'
      ? slide.rows
          .filter((r) => r.status === 'ok')
          .map((r) => ({ from: r.period_from, to: r.period_to }))
      : (slide.kind === 'tiles'
          ? slide.items
          : slide.items.filter((i) =>
              slide.uncovered.some((g) => g.indicator_id === i.indicator.id),
            )
        ).flatMap((i) =>
          i.verdict.latest
            ? [{ from: i.verdict.latest.period_from, to: i.verdict.latest.period_to }]
            : [],
        );
  if (periods.length === 0) return null;
  return {
    from: Math.min(...periods.map((p) => p.from)),
    to: Math.max(...periods.map((p) => p.to)),
  };
}

/** "Kilde: …. Periode: 2015–2020." as under every figure. */
export function sourceAndPeriod(slide: SlideData, lang: Lang): string {
  const period = slidePeriod(slide);
  const src = `${translate(lang, 'chart.source')}: ${slideSource(slide, lang)}.`;
  return period ? `${src} ${translate(lang, 'chart.period')}: ${formatPeriod(period)}.` : src;
}

/** What the figure's lines and marks mean. */
export function slideLegend(slide: SlideData, lang: Lang): LegendEntry[] {
  if (slide.kind === 'trend') {
    // The lines the picture draws (a count's references are not drawn: drawnSeries).
    const series = drawnSeries(slideSeries(slide, lang), String(slide.indicator?.unit ?? ''));
    return series.map((s) => ({ label: s.label, ...lineStyle(s, series) }));
  }
  // Tiles and gaps say what each mark means in words on the picture itself.
  return [];
}

/** Speaker notes: the detail behind the caption, one paragraph per entry. */
export function slideNotes(slide: SlideData, lang: Lang): string[] {
  const t = tFor(lang);
  if (slide.kind === 'trend') {
    const notes: string[] = [];
    if (slide.indicator) {
      notes.push(summarise(slideSeries(slide, lang), slide.indicator.unit, lang, t));
      const text = lang === 'en' ? slide.indicator.description_en : slide.indicator.description_nb;
      if (text) notes.push(t('mote.notes.description', { text }));
    }
    notes.push(
      slide.measures.length > 0
        ? t('mote.notes.measures', {
            list: slide.measures
              .map((m) => `${m.title} (${formatPeriod(m)}, ${m.planTitle})`)
              .join('; '),
          })
        : t('mote.notes.noMeasures'),
    );
    return notes;
  }
  const items =
    slide.kind === 'tiles'
      ? slide.items
      : slide.uncovered.flatMap((g) =>
          slide.items.filter((i) => i.indicator.id === g.indicator_id),
        );
  return items.map((i) => {
    const v = i.verdict;
    const name = lang === 'en' ? i.indicator.name_en : i.indicator.name_nb;
    const gap =
      slide.kind === 'gaps' ? slide.uncovered.find((g) => g.indicator_id === i.indicator.id) : null;
    const reason = gap ? ` ${noMeasureReason(gap, slide.year, lang)}` : '';
    return `${name}: ${verdictSentence(v, lang)} ${verdictTrendSentence(v, lang)}${reason}`;
  });
}
