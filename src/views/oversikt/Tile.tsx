import { TIER_STYLE } from '../../charts/verdict-style.ts';
import type { Tier } from '../../domain/coverage/tiers.ts';
import { formatPeriod } from '../../domain/period.ts';
import { tierLabel } from '../../i18n/coverage-text.ts';
import { useT } from '../../i18n/i18n.ts';
import { formatValue } from '../../i18n/format.ts';
import { referenceLabel, verdictSentence } from '../../i18n/risk-text.ts';
import type { IndicatorCoverage } from '../../queries/place-coverage.ts';
import { TrendMark, VerdictMark } from '../shared/VerdictMark.tsx';
import { Sparkline } from '../../charts/Sparkline.tsx';
import { ageLabel } from '../../charts/series-labels.ts';
import { sourceLine } from '../../i18n/source-line.ts';
import { useState } from 'react';
import {
  formatRate,
  rateBandWords,
  RateSourceLine,
  RateToggle,
  type RateMode,
} from '../shared/RateToggle.tsx';
import { GroupReferenceNote } from '../shared/GroupReferenceNote.tsx';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** The tiers a tile names in its foot; the others say nothing the verdict has not said. */
const SHOWN_TIERS = new Set<Tier>(['clear_risk', 'possible_risk', 'notable_difference']);

/** A key-figure tile: latest value, reference, verdict, trend, tier, active measures and a gap badge. */
export function Tile({
  item,
  href,
  onOpen,
}: {
  item: IndicatorCoverage;
  href: string;
  onOpen: () => void;
}) {
  const { t, lang } = useT();
  const v = item.verdict;
  const unit = item.indicator.unit;
  const latest = v.latest && v.latest.status === 'ok' && v.latest.value !== null ? v.latest : null;
  const name = lang === 'en' ? item.indicator.name_en : item.indicator.name_nb;
  const tier = item.tier;
  const [mode, setMode] = useState<RateMode>('count');
  const rates = item.rates ?? [];
  const rate =
    (latest &&
      rates.find(
        (r) => r.period_from === latest.period_from && r.period_to === latest.period_to,
      )) ||
    null;
  const showRate = mode === 'rate' && rate !== null;
  return (
    <li
      className={`tile${item.uncovered ? ' tile-gap' : ''}`}
      data-testid={`tile-${item.indicator.id}`}
      data-tier={tier ?? ''}
      data-active={item.activeMeasures}
      data-uncovered={item.uncovered ? 'true' : 'false'}
    >
      <a
        href={href}
        className="tile-link"
        onClick={(e) => {
          e.preventDefault();
          onOpen();
        }}
      >
        <span className="tile-name">{name}</span>
        {item.breakdown.age !== 'all' && (
          <span className="tile-band" data-testid="tile-band">
            {ageLabel(item.breakdown.age, lang)}
          </span>
        )}
        <span
          className="tile-value"
          data-testid="tile-value"
          data-mode={showRate ? 'rate' : 'count'}
        >
          {showRate
            ? rate.rate !== null
              ? formatRate(rate.rate, lang)
              : '–'
            : latest
              ? formatValue(latest.value as number, unit, lang)
              : '–'}
          {latest && (
            <span className="tile-period">
              {' '}
              {formatPeriod({ from: latest.period_from, to: latest.period_to })}
            </span>
          )}
        </span>
        {showRate && (
          <span className="tile-band" data-testid="tile-rate-band">
            {rateBandWords(rate, lang, t)}
          </span>
        )}
        <Sparkline series={item.series} />
        <span className="tile-ref" data-testid="tile-ref">
          {v.referenceValue !== null
            ? t('oversikt.ref', {
                name: cap(referenceLabel(v.referencePlace, lang)),
                value: formatValue(v.referenceValue, unit, lang),
              })
            : v.reason === 'no_reference'
              ? t('oversikt.noRef')
              : null}
        </span>
      </a>
      <div className="tile-marks">
        <VerdictMark verdict={v} />
        <TrendMark verdict={v} />
      </div>
      {rate && (
        <RateToggle mode={mode} per={rate.per} onChange={setMode} testId="tile-rate-toggle" />
      )}
      <p className="tile-sentence">{verdictSentence(v, lang)}</p>
      {showRate && (
        <>
          <RateSourceLine r={rate} />
          <p className="tile-source">{t('similar.rate.notJudged')}</p>
        </>
      )}
      {item.referenceGroup && (
        <GroupReferenceNote row={item.referenceGroup} placeName={v.placeName} />
      )}
      {item.source && (
        <p className="tile-source" data-testid="tile-source">
          {t('chart.source')}:{' '}
          {sourceLine(
            {
              kind: item.source.source_kind ?? null,
              publisher: item.source.source_publisher ?? '',
              citation: item.source.source_citation ?? null,
              title: item.source.source_title ?? null,
            },
            t('chart.citedIn'),
          )}
        </p>
      )}
      <div className="tile-foot">
        <span data-testid="tile-measures">
          {item.directMeasures > 0
            ? t('oversikt.measuresDirect', { n: item.activeMeasures, d: item.directMeasures })
            : t(item.activeMeasures === 1 ? 'oversikt.measure1' : 'oversikt.measures', {
                n: item.activeMeasures,
              })}
        </span>
        {tier && SHOWN_TIERS.has(tier) && (
          <span
            className={`tier tier-${tier}`}
            data-testid="tile-tier"
            style={{ color: TIER_STYLE[tier].color }}
          >
            <span aria-hidden="true">{TIER_STYLE[tier].icon}</span> {tierLabel(tier, lang)}
          </span>
        )}
        {item.uncovered && (
          <span className="gap-badge" data-testid="gap-badge">
            {t('oversikt.gap')}
          </span>
        )}
      </div>
    </li>
  );
}
