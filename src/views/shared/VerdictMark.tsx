import { trendIcon, verdictIcon } from '../../charts/verdict-style.ts';
import type { RiskVerdict } from '../../domain/risk/types.ts';
import { useT } from '../../i18n/i18n.ts';
import { trendLabel, verdictLabel, verdictQualifiers } from '../../i18n/risk-text.ts';

/** The verdict as a symbol and words (never colour alone), with its qualifiers. */
export function VerdictMark({ verdict }: { verdict: RiskVerdict }) {
  const { lang } = useT();
  const qualifiers = verdictQualifiers(verdict, lang);
  return (
    <span
      className={`verdict verdict-${verdict.verdict}`}
      data-testid="verdict"
      data-verdict={verdict.verdict}
      data-basis={verdict.basis ?? ''}
    >
      <span aria-hidden="true">{verdictIcon(verdict)}</span> {verdictLabel(verdict, lang)}
      {qualifiers.length > 0 && <span className="verdict-basis"> ({qualifiers.join('; ')})</span>}
    </span>
  );
}

/** The trend as an arrow and a word. */
export function TrendMark({ verdict }: { verdict: RiskVerdict }) {
  const { lang } = useT();
  return (
    <span className={`trend trend-${verdict.trend}`} data-testid="trend" data-trend={verdict.trend}>
      <span aria-hidden="true">{trendIcon(verdict)}</span> {trendLabel(verdict.trend, lang)}
    </span>
  );
}
