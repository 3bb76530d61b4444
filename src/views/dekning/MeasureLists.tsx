import { useT } from '../../i18n/i18n.ts';
import { despiteReason, overdueReason, unfollowedReason } from '../../i18n/coverage-text.ts';
import type { PlaceCoverage } from '../../queries/place-coverage.ts';

/** Links to the Tiltak view, filtered to one measure. */
export type MeasureHref = (measureId: string) => string;

/** Overdue measures, measures no indicator follows, and risks worsening despite a measure. */
export function MeasureLists({
  data,
  measureHref,
  trendHref,
}: {
  data: PlaceCoverage;
  measureHref: MeasureHref;
  trendHref: (id: string) => string;
}) {
  const { t, lang } = useT();
  const title = (id: string) => data.measures.find((m) => m.id === id)?.title ?? id;
  const themeName = (id: string) => {
    const th = data.themes.find((x) => x.id === id);
    return th ? String(lang === 'en' ? th.name_en : th.name_nb) : id;
  };
  return (
    <>
      <section aria-labelledby="despite-title" className="panel" data-testid="worsening-despite">
        <h3 id="despite-title">{t('dekning.despite', { n: data.worseningDespite.length })}</h3>
        {data.worseningDespite.length === 0 ? (
          <p>{t('dekning.noDespite')}</p>
        ) : (
          <ul>
            {data.worseningDespite.map((w) => (
              <li key={w.indicator_id}>
                <a href={trendHref(w.indicator_id)}>{lang === 'en' ? w.name_en : w.name_nb}</a>:{' '}
                {despiteReason(w, lang)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="overdue-title" className="panel" data-testid="overdue-list">
        <h3 id="overdue-title">
          {t('dekning.overdue', { n: data.overdue.length, year: data.year })}
        </h3>
        {data.overdue.length === 0 ? (
          <p>{t('dekning.noOverdue')}</p>
        ) : (
          <ul>
            {data.overdue.map((o) => (
              <li key={o.measure_id}>
                <a href={measureHref(o.measure_id)}>{o.title}</a> – {overdueReason(o, lang)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="unfollowed-title" className="panel" data-testid="unfollowed-list">
        <h3 id="unfollowed-title">{t('dekning.unfollowed', { n: data.unfollowed.length })}</h3>
        <p className="muted">{t('dekning.unfollowedIntro')}</p>
        <details>
          <summary>{t('dekning.showList', { n: data.unfollowed.length })}</summary>
          <ul>
            {data.unfollowed.map((u) => (
              <li key={u.measure_id}>
                <a href={measureHref(u.measure_id)}>{title(u.measure_id)}</a>{' '}
                <span className="muted">({unfollowedReason(u, themeName, lang)})</span>
              </li>
            ))}
          </ul>
        </details>
      </section>
    </>
  );
}
