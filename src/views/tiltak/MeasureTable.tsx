import { Button } from '@digdir/designsystemet-react';
import type { MeasureListRow } from '../../sql/rows.ts';
import { splitList } from '../../domain/coverage.ts';
import { useT, type MessageKey } from '../../i18n/i18n.ts';
import type { TiltakFilters } from './filter.ts';

const COLUMNS: { key: keyof MeasureListRow; label: MessageKey }[] = [
  { key: 'title', label: 'tiltak.col.title' },
  { key: 'plan_title', label: 'dekning.plan' },
  { key: 'goal', label: 'tiltak.col.goal' },
  { key: 'prevention_level', label: 'dekning.level' },
  { key: 'target_groups', label: 'dekning.group' },
  { key: 'responsible', label: 'tiltak.col.responsible' },
  { key: 'due_text', label: 'tiltak.col.due' },
  { key: 'status', label: 'tiltak.col.status' },
];

/** One page of measures, sortable by every column, with edit and delete per row. */
export function MeasureTable({
  rows,
  filters,
  sortBy,
  onEdit,
  onDelete,
}: {
  rows: MeasureListRow[];
  filters: TiltakFilters;
  sortBy: (key: string) => void;
  onEdit: (r: MeasureListRow) => void;
  onDelete: (r: MeasureListRow) => void;
}) {
  const { t } = useT();
  const list = (v: string | null, prefix: string) =>
    splitList(v)
      .map((x) => t(`${prefix}.${x}` as MessageKey))
      .join(', ');
  const cell = (r: MeasureListRow, k: keyof MeasureListRow) => {
    if (k === 'prevention_level') return list(r[k], 'prevention');
    if (k === 'target_groups') return list(r[k], 'group');
    if (k === 'status') return t(`status.${r.status}` as MessageKey);
    if (k === 'due_text')
      return [
        r.due_text,
        r.due_year !== null && String(r.due_year) !== r.due_text ? `(${r.due_year})` : null,
      ]
        .filter(Boolean)
        .join(' ');
    return r[k] === null ? '' : String(r[k]);
  };
  return (
    <div className="table-scroll" role="region" aria-label={t('tiltak.tableLabel')} tabIndex={0}>
      <table
        className="ds-table data-table measure-table"
        data-size="sm"
        data-testid="measure-table"
      >
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={
                  filters.sort === c.key
                    ? filters.dir === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                <button type="button" className="sort-button" onClick={() => sortBy(c.key)}>
                  {t(c.label)}
                  <span aria-hidden="true">
                    {filters.sort === c.key ? (filters.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">{t('tiltak.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.id}
              data-testid={`measure-${r.id}`}
              className={r.changed ? 'changed' : undefined}
            >
              {COLUMNS.map((c) => (
                <td key={c.key}>
                  {cell(r, c.key)}
                  {c.key === 'title' && r.changed && (
                    <span className="changed-tag" data-testid="changed-tag">
                      {t(r.changed === 'added' ? 'tiltak.added' : 'tiltak.edited')}
                    </span>
                  )}
                  {c.key === 'title' && <div className="citation">{r.citation}</div>}
                </td>
              ))}
              <td className="actions">
                <Button
                  variant="secondary"
                  data-size="sm"
                  onClick={() => onEdit(r)}
                  aria-label={t('tiltak.editLabel', { title: r.title })}
                >
                  {t('tiltak.edit')}
                </Button>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => onDelete(r)}
                  aria-label={t('tiltak.deleteLabel', { title: r.title })}
                >
                  {t('tiltak.delete')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
