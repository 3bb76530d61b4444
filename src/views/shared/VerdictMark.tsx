import type { RiskVerdict } from '../../domain/risk.ts';
import { useT, type MessageKey } from '../../i18n/i18n.ts';

const VERDICT_ICON: Record<RiskVerdict['verdict'], string> = {
  worse: '▲',
  better: '▼',
  similar: '●',
  cannot_judge: '?',
};
const TREND_ICON: Record<RiskVerdict['trend'], string> = {
  worsening: '↗',
  improving: '↘',
  flat: '→',
  rising: '↗',
  falling: '↘',
  unknown: '·',
};

/** The verdict as a symbol and a word (never colour alone). */
export function VerdictMark({ verdict }: { verdict: RiskVerdict }) {
  const { t } = useT();
  const higherBetter = verdict.verdict === 'better' && verdict.direction === 'higher';
  const icon =
    verdict.verdict === 'better'
      ? higherBetter
        ? '▲'
        : '▼'
      : verdict.verdict === 'worse' && verdict.direction === 'lower'
        ? '▼'
        : VERDICT_ICON[verdict.verdict];
  return (
    <span
      className={`verdict verdict-${verdict.verdict}`}
      data-testid="verdict"
      data-verdict={verdict.verdict}
    >
      <span aria-hidden="true">{icon}</span> {t(`verdict.${verdict.verdict}` as MessageKey)}
      {verdict.basis === 'difference' && (
        <span className="verdict-basis"> {t('verdict.noUncertainty')}</span>
      )}
    </span>
  );
}

/** The trend as an arrow and a word. */
export function TrendMark({ verdict }: { verdict: RiskVerdict }) {
  const { t } = useT();
  // For a higher-is-better indicator an improving trend rises; the arrow shows the direction of the line.
  const up = verdict.trendSlope !== null && verdict.trendSlope > 0;
  const icon =
    verdict.trend === 'flat' || verdict.trend === 'unknown'
      ? TREND_ICON[verdict.trend]
      : up
        ? '↗'
        : '↘';
  return (
    <span className={`trend trend-${verdict.trend}`} data-testid="trend" data-trend={verdict.trend}>
      <span aria-hidden="true">{icon}</span> {t(`trend.${verdict.trend}` as MessageKey)}
    </span>
  );
}
