import type { GapRow } from '../charts/GapChart.tsx';
import { noMeasureReason, tierLabel } from '../i18n/coverage-text.ts';
import type { Lang } from '../i18n/i18n.ts';
import { verdictLabel, verdictQualifiers } from '../i18n/risk-text.ts';
import type { GapsSlide } from '../queries/slide-data.ts';

/** The rows of a gaps slide's picture: name, tier and "verdict. Why no measure." in words. */
export function gapRows(slide: GapsSlide, lang: Lang): GapRow[] {
  return slide.uncovered.map((g) => {
    const v = slide.items.find((i) => i.indicator.id === g.indicator_id)?.verdict;
    const q = v ? verdictQualifiers(v, lang) : [];
    const verdict = v
      ? `${verdictLabel(v, lang)}${q.length > 0 ? ` (${q.join('; ')})` : ''}. `
      : '';
    return {
      id: g.indicator_id,
      name: lang === 'en' ? g.name_en : g.name_nb,
      tier: g.tier,
      tierText: tierLabel(g.tier, lang),
      reason: `${verdict}${noMeasureReason(g, slide.year, lang)}`,
    };
  });
}
