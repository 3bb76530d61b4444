/** Row types of the rate and comparison-group builders (rates.ts, similar.ts, kostra.ts). */
import { decoder, num, numOrNull, text, textOrNull } from '../arrow/decode.ts';

/** A count with its rate per 1 000 or 10 000 of its population band (null rate: no population). */
export const rateRow = decoder({
  indicator_id: text,
  geo_code: text,
  period_from: num,
  period_to: num,
  sex: text,
  age: text,
  count: numOrNull,
  count_status: text,
  source_id: text,
  count_publisher: textOrNull,
  band_age: text,
  per: num,
  /** The population is for 1 January of this year (the year the count's period ends). */
  pop_year: num,
  population: numOrNull,
  pop_source_id: textOrNull,
  pop_publisher: textOrNull,
  rate: numOrNull,
});
export type RateRow = ReturnType<typeof rateRow>;

/** A comparison group's value for one indicator, period, sex and age, computed from its members. */
export const groupValueRow = decoder({
  indicator_id: text,
  period_from: num,
  period_to: num,
  sex: text,
  age: text,
  value: num,
  /** 'weighted': mean weighted by denominators (population for rates); 'median': weights unknown. */
  method: text,
  /** Members with a figure for this period, and members in all. */
  members_with: num,
  members_of: num,
  publishers: textOrNull,
});
export type GroupValueRow = ReturnType<typeof groupValueRow>;

/** A municipality of a comparison group. */
export const groupMemberRow = decoder({ code: text, name: text, population: numOrNull });
export type GroupMemberRow = ReturnType<typeof groupMemberRow>;

/** A comparison group imported from KOSTRA (KLASS 112). */
export const kostraGroupRow = decoder({ code: text, name: text, citation: textOrNull });
export type KostraGroupRow = ReturnType<typeof kostraGroupRow>;

/** A place's population (all ages) in a year, for its size class. */
export const placePopulationRow = decoder({ year: num, population: num });
export type PlacePopulationRow = ReturnType<typeof placePopulationRow>;
