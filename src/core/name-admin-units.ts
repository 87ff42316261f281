// "in the city's Ota ward", "Saga prefecture", "the Lower Merion township": a name before a
// lower-case word for a country's unit of local government is that unit, a place, as a
// name before "county" or "province" is (entity-cues' PLACE_NOUNS_AFTER). Not a hospital's
// ward ("the Royal Infirmary ward"): the name's own head says it is a building. Used by
// entity-typing.ts.

import { INLINE_SPACE as S } from './inline-space';

// The name and the unit's word share a line (a heading's last name is no ward's).
const UNIT_AFTER = new RegExp(
  String.raw`^${S}(?:ward|wards|prefecture|prefectures|borough|boroughs|township|townships|oblast|canton|cantons|commune|municipality|governorate|emirate)\b`,
  'u',
);
const BUILDING_HEAD = /\b(?:Hospital|Infirmary|Clinic|Centre|Center|Hospice|Home)$/u;

// "Nurses on the Nightingale ward", "patients in the Churchill ward": a hospital's wards are
// named for people, and the page about them speaks of its care.
const WARD_AFTER = new RegExp(String.raw`^${S}wards?\b`, 'u');
const CARE_WORDS = /\b(?:hospitals?|patients?|nurses?|nursing|beds?|infirmary|clinic|matron|doctors?|surgeons?|medical|NHS|A&E|ICU)\b/iu;

/** The place votes for a name before a word for a local-government unit (3), else 0;
 *  `around` is the text before the name, read for a hospital's ward. */
export function adminUnitVote(name: string, after: string, around = ''): number {
  if (!UNIT_AFTER.test(after) || BUILDING_HEAD.test(name)) return 0;
  return WARD_AFTER.test(after) && CARE_WORDS.test(`${around} ${after}`) ? 0 : 3;
}
