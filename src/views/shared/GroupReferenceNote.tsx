import { useT, type MessageKey } from '../../i18n/i18n.ts';
import type { GroupObsRow } from '../../queries/similar.ts';

/** How a group's value was computed: method, members with figures of members in all, and sources. */
export function GroupReferenceNote({ row, placeName }: { row: GroupObsRow; placeName: string }) {
  const { t } = useT();
  return (
    <p
      className="tile-group-ref"
      data-testid="group-ref-note"
      data-members={row.members_with}
      data-members-of={row.members_of}
      data-method={row.method}
    >
      {t('similar.groupValue', {
        method: t(`similar.method.${row.method}` as MessageKey),
        n: row.members_with,
        of: row.members_of,
        place: placeName,
      })}{' '}
      {row.publishers ? t('similar.groupSource', { publishers: row.publishers }) : ''}
    </p>
  );
}
