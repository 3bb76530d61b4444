import { TIER_STYLE } from '../../charts/verdict-style.ts';
import type { Pin } from '../../queries/pins.ts';
import { ExportMenu } from '../../deck/ExportMenu.tsx';
import { PinButton } from '../../deck/PinButton.tsx';
import { TIERS } from '../../domain/coverage/tiers.ts';
import {
  coverageHeadline,
  inactivePlansNote,
  noMeasureReason,
  tierCountWords,
  tierHelp,
  tierLabel,
  uncoveredThemeLine,
} from '../../i18n/coverage-text.ts';
import { useT } from '../../i18n/i18n.ts';
import { referenceLabel, verdictSentence, verdictTrendSentence } from '../../i18n/risk-text.ts';
import type { PlaceCoverage } from '../../queries/place-coverage.ts';

/**
 * Everything with figures and no active measure in the year: whole themes first, then every
 * indicator grouped by tier (clear risk first), each with its reason, a link to its trend and a
 * link to the theme's measures. Nothing with figures is hidden.
 */
export function UncoveredList({
  data,
  trendHref,
  openTrend,
  themeHref,
  pin,
}: {
  data: PlaceCoverage;
  trendHref: (id: string) => string;
  openTrend: (id: string) => void;
  /** Tiltak filtered to one theme of the place. */
  themeHref: (themeId: string) => string;
  /** What "Fest til møte" pins: this list with its place and filters. */
  pin?: Pin;
}) {
  const { t, lang } = useT();
  const { uncovered } = data;
  const ref = referenceLabel(data.reference, lang);
  const themeName = (id: string) => {
    const th = data.themes.find((x) => x.id === id);
    return th ? String(lang === 'en' ? th.name_en : th.name_nb) : id;
  };
  const verdictOf = (id: string) => data.indicators.find((i) => i.indicator.id === id)?.verdict;
  /** The plans the given measures belong to, each once, in plan order. */
  const plansOf = (ids: readonly string[]) => {
    const seen = new Map<string, { title: string; to: number | null }>();
    for (const m of data.measures)
      if (ids.includes(m.id) && !seen.has(m.plan_id))
        seen.set(m.plan_id, { title: m.plan_title, to: m.plan_to });
    return [...seen.values()];
  };
  return (
    <section
      aria-labelledby="uncovered-title"
      className="panel"
      data-testid="uncovered-list"
      data-count={uncovered.items.length}
    >
      <div className="panel-head">
        <h3 id="uncovered-title">
          {t('dekning.uncovered', { year: data.year, n: uncovered.items.length })}
        </h3>
        {pin && (
          <div className="head-actions">
            <PinButton pin={pin} what={t('mote.gapsTitle')} />
            <ExportMenu pin={pin} what={t('mote.gapsTitle')} />
          </div>
        )}
      </div>
      <p data-testid="uncovered-summary">
        {coverageHeadline(
          {
            withFigures: uncovered.withFigures,
            tiers: data.tiers,
            uncovered: uncovered.items,
            year: data.year,
          },
          ref,
          lang,
        )}
      </p>
      {uncovered.themes.length > 0 && (
        <section aria-labelledby="uncovered-themes" data-testid="uncovered-themes">
          <h4 id="uncovered-themes">
            {t('dekning.uncoveredThemes', { n: uncovered.themes.length, year: data.year })}
          </h4>
          <ul className="uncovered-themes">
            {uncovered.themes.map((th) => (
              <li key={th.theme_id} data-testid={`uncovered-theme-${th.theme_id}`}>
                <strong>{uncoveredThemeLine(th, data.year, lang, themeName(th.theme_id))}</strong>{' '}
                {inactivePlansNote(plansOf(th.inactiveMeasureIds), data.year, lang)}{' '}
                <span className="muted">{tierCountWords(th.tiers, lang)}.</span>{' '}
                <a href={themeHref(th.theme_id)}>
                  {t('dekning.themeMeasures', { theme: themeName(th.theme_id) })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {TIERS.map((tier) => {
        const items = uncovered.items.filter((i) => i.tier === tier);
        if (items.length === 0) return null;
        const st = TIER_STYLE[tier];
        return (
          <section
            key={tier}
            aria-labelledby={`uncovered-${tier}`}
            data-testid={`uncovered-tier-${tier}`}
            className="uncovered-tier"
          >
            <h4 id={`uncovered-${tier}`} style={{ color: st.color }}>
              <span aria-hidden="true">{st.icon}</span> {tierLabel(tier, lang)} ({items.length})
            </h4>
            <p className="muted">{tierHelp(tier, lang)}</p>
            <ol className="gap-items">
              {items.map((g) => {
                const v = verdictOf(g.indicator_id);
                return (
                  <li
                    key={g.indicator_id}
                    data-testid={`uncovered-${g.indicator_id}`}
                    data-tier={tier}
                  >
                    <a
                      href={trendHref(g.indicator_id)}
                      onClick={(e) => {
                        e.preventDefault();
                        openTrend(g.indicator_id);
                      }}
                    >
                      {lang === 'en' ? g.name_en : g.name_nb}
                    </a>{' '}
                    <span className="muted">· {themeName(g.theme_id)}</span>
                    {v && <p>{verdictSentence(v, lang)}</p>}
                    {v && v.trend !== 'unknown' && (
                      <p className="muted">{verdictTrendSentence(v, lang)}</p>
                    )}
                    <p>
                      {noMeasureReason(g, data.year, lang)}{' '}
                      {inactivePlansNote(plansOf(g.inactiveMeasureIds), data.year, lang)}{' '}
                      <a href={themeHref(g.theme_id)}>
                        {t('dekning.themeMeasures', { theme: themeName(g.theme_id) })}
                      </a>
                    </p>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </section>
  );
}
