import { formatPeriod } from '../../domain/period.ts';
import { useT } from '../../i18n/i18n.ts';
import { formatValue } from '../../i18n/format.ts';
import type { IndicatorCoverage } from '../shared/place-coverage.ts';
import { TrendMark, VerdictMark } from '../shared/VerdictMark.tsx';
import { Sparkline } from '../../charts/Sparkline.tsx';
import { sourceLine } from '../../charts/ChartCard.tsx';

/** A key-figure tile: latest value, reference, verdict, trend, active measures and a gap badge. */
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
  const unit = String(item.indicator.unit);
  const latest = v.latest && v.latest.status === 'ok' && v.latest.value !== null ? v.latest : null;
  const name = lang === 'en' ? item.indicator.name_en : item.indicator.name_nb;
  const sentence = lang === 'en' ? v.sentence_en : v.sentence_nb;
  return (
    <li className={`tile${item.gap ? ' tile-gap' : ''}`} data-testid={`tile-${item.indicator.id}`}>
      <a
        href={href}
        className="tile-link"
        onClick={(e) => {
          e.preventDefault();
          onOpen();
        }}
      >
        <span className="tile-name">{name}</span>
        <span className="tile-value" data-testid="tile-value">
          {latest ? formatValue(latest.value as number, unit, lang) : '–'}
          {latest && (
            <span className="tile-period">
              {' '}
              {formatPeriod({ from: latest.period_from, to: latest.period_to })}
            </span>
          )}
        </span>
        <Sparkline series={item.series} />
        <span className="tile-ref">
          {v.reason === 'no_reference'
            ? null
            : v.referenceValue !== null
              ? t('oversikt.ref', {
                  name: lang === 'en' && v.referenceName === 'landet' ? 'Norway' : v.referenceName,
                  value: formatValue(v.referenceValue, unit, lang),
                })
              : t('oversikt.noRef')}
        </span>
      </a>
      <div className="tile-marks">
        <VerdictMark verdict={v} />
        <TrendMark verdict={v} />
      </div>
      <p className="tile-sentence">{sentence}</p>
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
        {item.gap && (
          <span className="gap-badge" data-testid="gap-badge">
            {t('oversikt.gap')}
          </span>
        )}
      </div>
    </li>
  );
}
