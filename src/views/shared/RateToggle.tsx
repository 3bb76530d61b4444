import { useT, type Lang } from '../../i18n/i18n.ts';
import type { RateRow } from '../../sql/similar-rows.ts';
import { ageLabel } from '../../charts/series-labels.ts';

/** Whether a count is shown as the count or as a rate of its population band. */
export type RateMode = 'count' | 'rate';

/** "1 000" or "1,000". */
export const perWords = (per: number, lang: Lang): string =>
  per.toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO');

/** A rate with enough digits to tell small rates apart (two decimals under 10). */
export const formatRate = (rate: number, lang: Lang): string =>
  rate.toLocaleString(lang === 'en' ? 'en-GB' : 'nb-NO', {
    minimumFractionDigits: rate < 10 ? 2 : 1,
    maximumFractionDigits: rate < 10 ? 2 : 1,
  });

/** "per 1 000 innbyggere, 18 år og over". */
export function rateBandWords(
  r: Pick<RateRow, 'per' | 'band_age'>,
  lang: Lang,
  t: ReturnType<typeof useT>['t'],
): string {
  return t('similar.rate.band', { per: perWords(r.per, lang), band: ageLabel(r.band_age, lang) });
}

/** Two pressed/unpressed buttons: "Antall" and "Per 1 000". */
export function RateToggle({
  mode,
  per,
  onChange,
  testId,
}: {
  mode: RateMode;
  /** 1 000 or 10 000. */
  per: number;
  onChange: (m: RateMode) => void;
  testId: string;
}) {
  const { t, lang } = useT();
  return (
    <div
      className="rate-toggle"
      role="group"
      aria-label={t('similar.rate.toggle')}
      data-testid={testId}
    >
      <button
        type="button"
        aria-pressed={mode === 'count'}
        onClick={() => onChange('count')}
        data-testid={`${testId}-count`}
      >
        {t('similar.rate.count')}
      </button>
      <button
        type="button"
        aria-pressed={mode === 'rate'}
        onClick={() => onChange('rate')}
        data-testid={`${testId}-rate`}
      >
        {t('similar.rate.per', { per: perWords(per, lang) })}
      </button>
    </div>
  );
}

/** Under a rate: its band and the source of both parts (the count's and SSB 07459's). */
export function RateSourceLine({ r, className }: { r: RateRow; className?: string }) {
  const { t, lang } = useT();
  const text =
    r.rate === null
      ? t('similar.rate.noPop', { year: r.pop_year })
      : t('similar.rate.source', {
          count: r.count_publisher ?? r.source_id,
          band: ageLabel(r.band_age, lang),
          year: r.pop_year,
        });
  return (
    <p className={className ?? 'tile-source'} data-testid="rate-source">
      {text}
    </p>
  );
}
