import type { Connector } from '../db/connector.ts';
import type { ReferencePlace } from '../domain/risk/types.ts';
import { KOSTRA_PREFIX, SIZE_GROUP, sizeClassOf } from '../domain/similar/size-classes.ts';
import { translate, type MessageKey } from '../i18n/i18n.ts';
import { kostraGroups } from '../sql/kostra.ts';
import type { PlaceObsRow } from '../sql/rows.ts';
import { groupValues, placePopulation, type GroupMembers } from '../sql/similar.ts';
import type { GroupValueRow } from '../sql/similar-rows.ts';

/** A comparison group computed here from its members: the place it stands as, and who is in it. */
export interface ComputedGroup {
  place: ReferencePlace;
  members: GroupMembers;
  kind: 'size' | 'kostra';
  /** The year of the population the size class was read from (size groups). */
  year: number | null;
}

/** A group's value as a figure the risk rules and tiles read, with how it was computed. */
export type GroupObsRow = PlaceObsRow & {
  members_with: number;
  members_of: number;
  method: string;
  publishers: string | null;
};

/**
 * The computed group a reference asks for: municipalities of the same size class as `geo` (by its
 * latest population) or an imported KOSTRA group; null for any other reference, or when the place
 * has no population figure or the group is not there.
 */
export async function resolveComputedGroup(
  db: Connector,
  ref: string,
  geo: string,
): Promise<ComputedGroup | null> {
  if (ref === SIZE_GROUP) {
    const pop = (await db.query(placePopulation(geo)))[0];
    const cls = sizeClassOf(pop?.population);
    if (!pop || !cls) return null;
    const key = `similar.size.${cls.id}` as MessageKey;
    return {
      kind: 'size',
      year: pop.year,
      members: { kind: 'size', min: cls.min, max: cls.max, year: pop.year, exclude: geo },
      place: {
        kind: 'group',
        code: SIZE_GROUP,
        name: translate('nb', key),
        names: { nb: translate('nb', key), nn: translate('nn', key), en: translate('en', key) },
      },
    };
  }
  if (ref.startsWith(KOSTRA_PREFIX)) {
    const group = (await db.query(kostraGroups())).find((g) => g.code === ref);
    if (!group) return null;
    const names = {
      nb: translate('nb', 'similar.refKostra', { name: group.name }),
      nn: translate('nn', 'similar.refKostra', { name: group.name }),
      en: translate('en', 'similar.refKostra', { name: group.name }),
    };
    return {
      kind: 'kostra',
      year: null,
      members: { kind: 'table', groupCode: ref, exclude: geo },
      place: { kind: 'group', code: ref, name: names.nb, names },
    };
  }
  return null;
}

/** A group value as an observation row of the group (no interval: its uncertainty is unknown). */
export function groupObsRow(r: GroupValueRow, group: ReferencePlace): GroupObsRow {
  return {
    indicator_id: r.indicator_id,
    geo_code: group.code,
    geo_name: group.name,
    geo_level: 'group',
    period_from: r.period_from,
    period_to: r.period_to,
    sex: r.sex,
    age: r.age,
    value: r.value,
    ci_low: null,
    ci_high: null,
    numerator: null,
    denominator: null,
    respondents: null,
    status: 'ok',
    source_id: '',
    source_publisher: r.publishers,
    source_kind: 'computed',
    source_citation: null,
    source_title: null,
    members_with: r.members_with,
    members_of: r.members_of,
    method: r.method,
    publishers: r.publishers,
  };
}

/** The group's values for some indicators, as observation rows of the group. */
export async function loadGroupRows(
  db: Connector,
  group: ComputedGroup,
  indicatorIds: string[],
): Promise<GroupObsRow[]> {
  if (indicatorIds.length === 0) return [];
  const rows = await db.query(groupValues(group.members, indicatorIds));
  return rows.map((r) => groupObsRow(r, group.place));
}
