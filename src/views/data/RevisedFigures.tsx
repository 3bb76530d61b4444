import { ageLabel } from '../../charts/series-labels.ts';
import type { RevisedRow } from '../../sql/rows.ts';
import { formatPeriod } from '../../domain/period.ts';
import { localeOf, translateMaybe, useT } from '../../i18n/i18n.ts';

/**
 * The figures an import revised: a newer release of a table the browser already held (FHI
 * revises whole series on each release), old and new side by side, so a document's numbers can be
 * checked. Shown after the import lands; suppressed and missing figures are named, never 0.
 */
export function RevisedFigures({ count, rows }: { count: number; rows: readonly RevisedRow[] }) {
  const { t, lang } = useT();
  if (count === 0) return null;
  const figure = (value: number | null, status: string) =>
    status === 'suppressed'
      ? t('chart.suppressed')
      : status === 'missing' || value === null
        ? t('chart.missing')
        : value.toLocaleString(localeOf(lang), { maximumFractionDigits: 3 });
  const breakdown = (r: RevisedRow) =>
    [
      r.sex === 'all' ? '' : (translateMaybe(lang, `sex.${r.sex}`) ?? r.sex),
      r.age === 'all' ? '' : ageLabel(r.age, lang),
    ]
      .filter(Boolean)
      .join(', ') || '–';
  return (
    <section
      className="revised-figures"
      aria-labelledby="revised-title"
      data-testid="revised-figures"
    >
      <h4 id="revised-title">{t('revised.title', { n: count })}</h4>
      <p>{t('revised.intro')}</p>
      {count > rows.length && <p>{t('revised.more', { shown: rows.length, n: count })}</p>}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('revised.indicator')}</th>
              <th scope="col">{t('revised.place')}</th>
              <th scope="col">{t('revised.period')}</th>
              <th scope="col">{t('revised.breakdown')}</th>
              <th scope="col">{t('revised.old')}</th>
              <th scope="col">{t('revised.new')}</th>
              <th scope="col">{t('revised.source')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={`${r.indicator_id}|${r.geo_code}|${r.period_from}|${r.period_to}|${r.sex}|${r.age}`}
              >
                <td>{(lang === 'en' ? r.indicator_en : r.indicator_nb) ?? r.indicator_id}</td>
                <td>{r.geo_name ?? r.geo_code}</td>
                <td>{formatPeriod({ from: r.period_from, to: r.period_to })}</td>
                <td>{breakdown(r)}</td>
                <td>{figure(r.old_value, r.old_status)}</td>
                <td>{figure(r.new_value, r.new_status)}</td>
                <td>{r.old_source_name ?? r.old_source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
