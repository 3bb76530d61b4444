/**
 * Plain-language captions for the meeting deck, made from the data: what changed, from what to
 * what, whether the change is within the uncertainty, and the source. Pure functions.
 */
import type { IndicatorRow, SourceRow } from '../sql/rows.ts';
import type { SeriesPoint } from '../charts/series.ts';
import { formatPeriod } from '../domain/period.ts';
import { confidenceLevel, observationInterval, Z95, type Obs } from '../domain/intervals.ts';
import { coverageHeadline, tierLabel } from '../i18n/coverage-text.ts';
import { formatFigure, formatRange, listWords } from '../i18n/format.ts';
import { translate, type Lang, type MessageKey } from '../i18n/i18n.ts';
import { referenceLabel, verdictCountWords, verdictSentence } from '../i18n/risk-text.ts';
import type { GapsSlide, SlideData, TilesSlide, TrendSlide } from '../queries/slide-data.ts';
import { mainSeries, slideSeries } from './slide-series.ts';

const ok = (p: SeriesPoint) => p.status === 'ok' && p.value !== null;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const toObs = (p: SeriesPoint): Obs => ({
  period_from: p.from,
  period_to: p.to,
  value: p.value,
  status: p.status,
  ci_low: p.ciLow,
  ci_high: p.ciHigh,
  respondents: p.respondents,
});

/** The publishers of a slide's figures, short ("NOVA (Ungdata)"), without repeats. */
export function shortSources(sources: readonly SourceRow[]): string {
  const names = sources.map((s) => s.publisher.split(';')[0]?.trim() ?? '');
  return [...new Set(names.filter(Boolean))].join(', ');
}

/** What a trend caption is about: "Andelen ungdomsskoleelever i Averøy som svarte «…»,". */
function trendSubject(ind: IndicatorRow, place: string, lang: Lang): string {
  const name = lang === 'en' ? ind.name_en : ind.name_nb;
  if (ind.source_kind === 'ungdata' && ind.unit === 'percent') {
    // The population is a bokmål column: nynorsk falls back to it, English to the generic words.
    const who = lang !== 'en' ? (ind.population ?? '').toLowerCase() : '';
    return translate(lang, 'mote.caption.surveyShare', {
      who: who || translate(lang, 'mote.caption.youngPeople'),
      place,
      answer: lowerFirst(name),
    });
  }
  return translate(lang, 'mote.caption.subject', { name, place });
}

/** Whether two intervals overlap. */
export function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/** What the uncertainty says about a change from `first` to `last` (or about one figure). */
export function uncertaintySentence(
  first: SeriesPoint,
  last: SeriesPoint,
  unit: string,
  lang: Lang,
): string {
  const a = observationInterval(toObs(first), unit);
  const b = observationInterval(toObs(last), unit);
  const level = Math.round(confidenceLevel(Z95));
  const range = (i: { low: number; high: number }) => formatRange(i.low, i.high, unit, lang);
  if (first === last)
    return b
      ? translate(lang, 'mote.caption.interval', { level, range: range(b) })
      : translate(lang, 'mote.caption.unknown');
  if (!a || !b) return translate(lang, 'mote.caption.unknown');
  const key: MessageKey = overlaps([a.low, a.high], [b.low, b.high])
    ? 'mote.caption.within'
    : 'mote.caption.beyond';
  return translate(lang, key, { level, first: range(a), last: range(b) });
}

/** "Andelen … falt fra 25 % i 2015 til 10 % i 2020. Usikkerheten er ukjent. …" for a pinned chart. */
export function trendCaption(slide: TrendSlide, lang: Lang): string {
  const ind = slide.indicator;
  const place = slide.place.name;
  if (!ind) return translate(lang, 'mote.caption.noIndicator', { place });
  const unit = ind.unit;
  const series = slideSeries(slide, lang);
  const main = mainSeries(series);
  const pts = (main?.points ?? []).filter(ok).sort((a, b) => a.from - b.from || a.to - b.to);
  const first = pts[0];
  const last = pts[pts.length - 1];
  const name = lang === 'en' ? ind.name_en : ind.name_nb;
  if (!first || !last) return translate(lang, 'mote.caption.noFigures', { name, place });
  const fig = (p: SeriesPoint) => formatFigure(p.value as number, unit, lang);
  // The place's line may carry its age group ("Flå (0–17 år)") when the place has several.
  const vars = {
    subject: trendSubject(ind, main?.label ?? place, lang),
    first: fig(first),
    firstPeriod: formatPeriod(first),
    last: fig(last),
    lastPeriod: formatPeriod(last),
  };
  const diff = (last.value as number) - (first.value as number);
  const key: MessageKey =
    first === last
      ? 'mote.caption.one'
      : diff > 0
        ? 'mote.caption.rose'
        : diff < 0
          ? 'mote.caption.fell'
          : 'mote.caption.same';
  const parts = [cap(translate(lang, key, vars)), uncertaintySentence(first, last, unit, lang)];
  const refs = series
    .filter((s) => s.role !== 'main')
    .flatMap((s) => {
      const okPts = s.points.filter(ok);
      const same = okPts.find((p) => p.from === last.from && p.to === last.to);
      const latest = same ?? okPts.sort((a, b) => b.to - a.to || b.from - a.from)[0];
      return latest
        ? [
            translate(lang, 'mote.caption.refItem', {
              place: s.label,
              value: fig(latest),
              period: formatPeriod(latest),
            }),
          ]
        : [];
    });
  if (refs.length > 0)
    parts.push(translate(lang, 'mote.caption.compare', { list: listWords(refs, lang) }));
  const src = shortSources(slide.sources);
  if (src) parts.push(translate(lang, 'mote.caption.source', { source: src }));
  return parts.join(' ');
}

/** "1 indikator" / "3 indikatorer". */
const indicators = (n: number, lang: Lang) =>
  translate(lang, n === 1 ? 'mote.caption.indicator1' : 'mote.caption.indicators', { n });

/** A tile group's verdicts in words: how they fall against the reference, the trends, the largest difference. */
export function tilesCaption(slide: TilesSlide, lang: Lang): string {
  const theme = lang === 'en' ? slide.theme.name_en : slide.theme.name_nb;
  const ref = referenceLabel(slide.reference, lang);
  const place = slide.place.name;
  const items = slide.items;
  if (items.length === 0) return translate(lang, 'mote.caption.noTiles', { theme, place });
  const out = [
    translate(lang, 'mote.caption.tiles', {
      theme,
      place,
      indicators: indicators(items.length, lang),
      list: verdictCountWords(
        items.map((i) => i.verdict),
        ref,
        lang,
      ),
    }),
  ];
  const worsening = items.filter((i) => i.verdict.trend === 'worsening').length;
  const improving = items.filter((i) => i.verdict.trend === 'improving').length;
  if (worsening > 0 || improving > 0)
    out.push(translate(lang, 'mote.caption.trends', { worsening, improving }));
  const worst = items
    .filter((i) => i.verdict.verdict === 'worse' && i.verdict.latest)
    .sort((a, b) => (b.verdict.worseBy ?? 0) - (a.verdict.worseBy ?? 0))[0];
  if (worst?.verdict.latest && worst.verdict.referenceValue !== null) {
    const unit = worst.indicator.unit;
    out.push(
      translate(lang, 'mote.caption.largest', {
        name: lang === 'en' ? worst.indicator.name_en : worst.indicator.name_nb,
        value: formatFigure(worst.verdict.latest.value as number, unit, lang),
        refValue: formatFigure(worst.verdict.referenceValue, unit, lang),
        ref,
      }),
    );
  }
  out.push(basisSentence(items, lang));
  return out.filter(Boolean).join(' ');
}

/** How many of the judgements rest on figures with no known uncertainty (or that all take it into account). */
function basisSentence(items: TilesSlide['items'], lang: Lang): string {
  const judged = items.filter((i) => i.verdict.basis !== null);
  const unknown = judged.filter((i) => i.verdict.basis === 'difference').length;
  if (judged.length === 0) return '';
  if (unknown === 0) return translate(lang, 'mote.caption.allIntervals');
  return translate(lang, 'mote.caption.someUnknown', { n: unknown, of: judged.length });
}

/** The list of what lacks measures in words: how many, how serious, and the most serious one. */
export function gapsCaption(slide: GapsSlide, lang: Lang): string {
  const ref = referenceLabel(slide.reference, lang);
  const withFigures = slide.items.filter((i) => i.tier !== null);
  const tiers = {
    clear_risk: 0,
    possible_risk: 0,
    notable_difference: 0,
    no_signal: 0,
    cannot_judge: 0,
  };
  for (const i of withFigures) if (i.tier) tiers[i.tier]++;
  const head = coverageHeadline(
    { withFigures: withFigures.length, tiers, uncovered: slide.uncovered, year: slide.year },
    ref,
    lang,
  );
  const first = slide.uncovered[0];
  const firstItem = first && slide.items.find((i) => i.indicator.id === first.indicator_id);
  const serious =
    first && firstItem && (first.tier === 'clear_risk' || first.tier === 'possible_risk')
      ? translate(lang, 'mote.caption.mostSerious', {
          name: lang === 'en' ? first.name_en : first.name_nb,
          tier: tierLabel(first.tier, lang).toLowerCase(),
          reason: verdictSentence(firstItem.verdict, lang),
        })
      : '';
  const listed = slide.items.filter((i) =>
    slide.uncovered.some((g) => g.indicator_id === i.indicator.id),
  );
  return [head, serious, basisSentence(listed, lang)].filter(Boolean).join(' ');
}

/** The generated caption of any slide. */
export function slideCaption(slide: SlideData, lang: Lang): string {
  if (slide.kind === 'trend') return trendCaption(slide, lang);
  if (slide.kind === 'tiles') return tilesCaption(slide, lang);
  return gapsCaption(slide, lang);
}
