// "in the city's Ota ward", "Saga prefecture", "the Lower Merion township": a name before a
// lower-case word for a country's unit of local government is that unit, a place, as a
// name before "county" or "province" is (entity-cues' PLACE_NOUNS_AFTER). Not a hospital's
// ward ("the Royal Infirmary ward"): the name's own head says it is a building. Used by
// entity-typing.ts.

const UNIT_AFTER = /^\s+(?:ward|wards|prefecture|prefectures|borough|boroughs|township|townships|oblast|canton|cantons|commune|municipality|governorate|emirate)\b/u;
const BUILDING_HEAD = /\b(?:Hospital|Infirmary|Clinic|Centre|Center|Hospice|Home)$/u;

/** The place votes for a name before a word for a local-government unit (3), else 0. */
export function adminUnitVote(name: string, after: string): number {
  return UNIT_AFTER.test(after) && !BUILDING_HEAD.test(name) ? 3 : 0;
}
