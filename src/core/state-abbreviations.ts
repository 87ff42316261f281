// The abbreviations news style gives U.S. states after a dateline's city ("SANTA CLARA, Calif.
// —", "RALEIGH, N.C. —"), with the states they stand for, so a dateline's "Calif." is one
// entity with "California" written out elsewhere. States written in full ("Texas", "Ohio") and
// those with no abbreviation of their own are not listed. Two states share their names with a
// country and a capital, so they are named as encyclopedias name them, not "Georgia" (the
// country) and "Washington" (the capital, "Washington DC"): "ATLANTA, Ga." is in the state.

const STATES: Record<string, string> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado',
  'Conn.': 'Connecticut', 'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia (U.S. state)', 'Ill.': 'Illinois',
  'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Ky.': 'Kentucky', 'La.': 'Louisiana', 'Md.': 'Maryland',
  'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi', 'Mo.': 'Missouri',
  'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
  'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma',
  'Ore.': 'Oregon', 'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee', 'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington (state)', 'W.Va.': 'West Virginia',
  'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
};

/** The state a dateline's abbreviation stands for ("Calif." → "California"), if it is one. */
export function stateOfAbbreviation(abbreviation: string): string | undefined {
  return Object.hasOwn(STATES, abbreviation) ? STATES[abbreviation] : undefined;
}

// The states with no abbreviation of their own in news style.
const UNABBREVIATED = new Set(['Alaska', 'Hawaii', 'Idaho', 'Iowa', 'Maine', 'Ohio', 'Texas', 'Utah']);
const STATE_NAMES = new Set([...Object.values(STATES).map((s) => s.replace(/ \(.*\)$/, '')), ...UNABBREVIATED]);

/** Whether `name` is a U.S. state written out ("Texas", "New Mexico", "Washington"). */
export function isStateName(name: string): boolean {
  return STATE_NAMES.has(name);
}
