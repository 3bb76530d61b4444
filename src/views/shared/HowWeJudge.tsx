import { useT } from '../../i18n/i18n.ts';

/** The risk rules in plain words, as a disclosure panel. */
export function HowWeJudge() {
  const { t } = useT();
  return (
    <details className="panel how-we-judge" data-testid="how-we-judge">
      <summary>{t('judge.title')}</summary>
      <p>{t('judge.body1')}</p>
      <p>{t('judge.body2')}</p>
      <p>{t('judge.body3')}</p>
    </details>
  );
}
