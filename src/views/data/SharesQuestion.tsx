import { Fieldset, Radio } from '@digdir/designsystemet-react';
import type { IngestReport } from '../../ingest/report.ts';
import { localeOf, useT } from '../../i18n/i18n.ts';

type Shares = 'fraction' | 'percent';

/**
 * The review step's question when a file's shares all lie in 0–1: fractions (× 100) or percent as
 * they stand. The importer never decides this alone; the answer re-reads the file.
 */
export function SharesQuestion({
  report,
  answer,
  onAnswer,
}: {
  report: IngestReport;
  answer: Shares | undefined;
  onAnswer: (shares: Shares) => void;
}) {
  const { t, lang } = useT();
  const suspects = report.fractionSuspects;
  if (suspects.length === 0 && answer === undefined) return null;
  const names = suspects.length
    ? suspects.map((s) => report.indicators.find((i) => i.id === s.id)?.name_nb ?? s.id).join(', ')
    : report.indicators.map((i) => i.name_nb).join(', ');
  const max = Math.max(0, ...suspects.map((s) => s.max));
  return (
    <Fieldset data-testid="shares-question">
      <Fieldset.Legend>{t('shares.legend')}</Fieldset.Legend>
      {suspects.length > 0 && (
        <Fieldset.Description>
          {t('shares.question', {
            names,
            max: max.toLocaleString(localeOf(lang)),
          })}
        </Fieldset.Description>
      )}
      {(['fraction', 'percent'] as const).map((v) => (
        <Radio
          key={v}
          name="shares"
          value={v}
          label={t(`shares.${v}`)}
          checked={answer === v}
          onChange={() => onAnswer(v)}
          data-testid={`shares-${v}`}
        />
      ))}
    </Fieldset>
  );
}
