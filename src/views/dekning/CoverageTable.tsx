import { useT, type MessageKey } from '../../i18n/i18n.ts';
import type { PlaceCoverage } from '../../queries/place-coverage.ts';

/** Themes × prevention levels (or target groups): how many active measures each has. */
export function CoverageTable({
  data,
  by,
  cellHref,
}: {
  data: PlaceCoverage;
  by: 'level' | 'group';
  cellHref: (themeId: string, by: 'level' | 'group', key: string) => string;
}) {
  const { t, lang } = useT();
  const keys = by === 'level' ? data.matrix.levels : data.matrix.groups;
  const id = `matrix-${by}`;
  return (
    <section aria-labelledby={id} className="panel">
      <h3 id={id}>
        {t(by === 'level' ? 'dekning.matrixLevel' : 'dekning.matrixGroup', { year: data.year })}
      </h3>
      <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="ds-table data-table matrix" data-size="sm" data-testid={`matrix-${by}`}>
          <thead>
            <tr>
              <th scope="col">{t('trender.theme')}</th>
              {keys.map((k) => (
                <th scope="col" key={k} className="num">
                  {t(`${by === 'level' ? 'prevention' : 'group'}.${k}` as MessageKey)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('dekning.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.matrix.themes.map((row) => {
              const counts = by === 'level' ? row.by_level : row.by_group;
              const gaps = row.indicators.filter((i) => i.gap).length;
              return (
                <tr key={row.theme_id} data-testid={`matrix-row-${row.theme_id}`}>
                  <th scope="row">
                    {lang === 'en' ? row.name_en : row.name_nb}
                    {gaps > 0 && (
                      <span className="gap-badge small"> {t('dekning.gapCount', { n: gaps })}</span>
                    )}
                  </th>
                  {keys.map((k) => {
                    const n = counts[k] ?? 0;
                    return (
                      <td key={k} className={`num${n === 0 ? ' zero' : ''}`}>
                        {n === 0 ? (
                          <span aria-label="0">·</span>
                        ) : (
                          <a href={cellHref(row.theme_id, by, k)}>{n}</a>
                        )}
                      </td>
                    );
                  })}
                  <td className="num">{row.measure_ids.length}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
