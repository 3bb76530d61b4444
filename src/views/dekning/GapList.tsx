import type { Pin } from '../../deck/deck.ts';
import { PinButton } from '../../deck/PinButton.tsx';
import { useT, type MessageKey } from '../../i18n/i18n.ts';
import type { PlaceCoverage } from '../shared/place-coverage.ts';

/** The risks lacking measures, most serious first, each with its reason and a link to its trend. */
export function GapList({
  data,
  trendHref,
  openTrend,
  pin,
}: {
  data: PlaceCoverage;
  trendHref: (id: string) => string;
  openTrend: (id: string) => void;
  /** What "Fest til møte" pins: this list with its place and filters. */
  pin?: Pin;
}) {
  const { t, lang } = useT();
  const notJudged = data.indicators.filter((i) => i.verdict.verdict === 'cannot_judge').length;
  return (
    <section aria-labelledby="gaps-title" className="panel" data-testid="gap-list">
      <div className="panel-head">
        <h3 id="gaps-title">{t('dekning.gaps', { n: data.gaps.length })}</h3>
        {pin && <PinButton pin={pin} what={t('mote.gapsTitle')} />}
      </div>
      {data.gaps.length === 0 ? (
        <p data-testid="gap-empty">{t('dekning.noGaps', { year: data.year })}</p>
      ) : (
        <ol className="gap-items">
          {data.gaps.map((g) => {
            const v = data.indicators.find((i) => i.indicator.id === g.indicator_id)?.verdict;
            return (
              <li
                key={g.indicator_id}
                data-testid={`gap-${g.indicator_id}`}
                data-severity={g.severity}
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
                <span className={`severity severity-${g.severity}`}>
                  {t(`severity.${g.severity}` as MessageKey)}
                </span>
                <p>{lang === 'en' ? g.reason_en : g.reason_nb}</p>
                {v && <p className="muted">{lang === 'en' ? v.sentence_en : v.sentence_nb}</p>}
              </li>
            );
          })}
        </ol>
      )}
      {notJudged > 0 && <p className="muted">{t('dekning.notJudged', { n: notJudged })}</p>}
    </section>
  );
}
