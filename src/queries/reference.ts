import { NORWAY } from '../domain/contract.ts';
import type { ReferencePlace } from '../domain/risk/types.ts';
import type { PlaceDetailRow, PlaceRow } from '../sql/rows.ts';

/** What a place is compared with: Norway, its county, or a comparison group's code (`G-…`). */
export type Reference = 'country' | 'county' | `G-${string}`;

/** Reads a reference from a URL parameter; anything unknown is Norway. */
export function referenceFrom(param: string | undefined): Reference {
  if (param === 'county') return 'county';
  if (param && /^G-[A-Za-z0-9-]+$/.test(param)) return param as `G-${string}`;
  return 'country';
}

/**
 * The place a municipality is compared with: a comparison group the data has, the municipality's
 * county, or else Norway (also when the county or group was asked for but is not there).
 */
export function resolveReference(
  ref: Reference,
  place: PlaceDetailRow | null,
  places: readonly PlaceRow[],
): ReferencePlace {
  const norway: ReferencePlace = { kind: 'country', code: NORWAY, name: 'Norge' };
  if (ref.startsWith('G-')) {
    const group = places.find((p) => p.code === ref);
    return group ? { kind: 'group', code: ref, name: group.name } : norway;
  }
  const county = place?.parent_code;
  if (ref === 'county' && county && county !== NORWAY)
    return { kind: 'county', code: county, name: place?.parent_name ?? county };
  return norway;
}
