import { useState } from 'react';
import { useT } from '../../i18n/i18n.ts';

/** A row of the map's table: the same figure the map draws. */
export interface MapTableRow {
  code: string;
  name: string;
  value: number | null;
  valueText: string;
  status: 'ok' | 'suppressed' | 'missing';
  source: string;
}

type SortKey = 'name' | 'value';

/** The map's text alternative: every place with a row, sortable by name or value; a name opens Oversikt. */
export function MapTable({
  rows,
  onOpen,
}: {
  rows: readonly MapTableRow[];
  onOpen: (code: string) => void;
}) {
  const { t, lang } = useT();
  const [sort, setSort] = useState<{ key: SortKey; dir: 'asc' | 'desc' }>({
    key: 'name',
    dir: 'asc',
  });
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'nb');
  const sorted = [...rows].sort((a, b) => {
    const d = sort.dir === 'asc' ? 1 : -1;
    if (sort.key === 'name') return d * collator.compare(a.name, b.name);
    // Places without a figure go last in either direction.
    if (a.value === null || b.value === null)
      return (
        (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || collator.compare(a.name, b.name)
      );
    return d * (a.value - b.value) || collator.compare(a.name, b.name);
  });
  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, dir: s.key === key && s.dir === 'asc' ? 'desc' : 'asc' }));
  const header = (key: SortKey, label: string) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      <button
        type="button"
        className="sort-button"
        data-testid={`map-sort-${key}`}
        onClick={() => sortBy(key)}
      >
        {label}
        <span aria-hidden="true">
          {sort.key === key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
  return (
    <section className="map-table" aria-labelledby="map-table-title">
      <h3 id="map-table-title">{t('kart.table')}</h3>
      <div className="table-scroll" role="region" aria-label={t('kart.tableLabel')} tabIndex={0}>
        <table className="ds-table data-table" data-size="sm" data-testid="map-table">
          <thead>
            <tr>
              {header('name', t('kart.col.place'))}
              {header('value', t('kart.col.value'))}
              <th scope="col">{t('kart.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.code} data-code={r.code} data-status={r.status}>
                <td>
                  <a
                    href={`#/oversikt?geo=${encodeURIComponent(r.code)}`}
                    aria-label={t('kart.open', { name: r.name })}
                    onClick={(e) => {
                      e.preventDefault();
                      onOpen(r.code);
                    }}
                  >
                    {r.name}
                  </a>
                </td>
                <td className="num" data-testid="map-table-value">
                  {r.valueText}
                </td>
                <td>{r.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
