// What a count counts: its counted noun folded into a family (people, hostages, prisoners,
// flights, …) and, for people, a role, so "militants" are never people in general and a
// rocket's "launches" are its "flights".

import { demonymPlace } from './measure-lexicon';
import { ROLE_MARK } from './measure-phrases';

export interface CountFamily {
  /** person | hostage | prisoner | flight | <singular noun> | null (a bare count). */
  family: string | null;
  /** Specific kind of person ("militant"); null for people in general. */
  role: string | null;
  events: string[];
}

const DEATH_UNITS = new Set(['death', 'dead', 'fatality', 'fatalities', 'killed', 'toll']);
// A rocket's flights, launches and missions are one count by three names.
const FLIGHTS = /^(?:flights?|launch(?:es)?|missions?)$/;
// Computers are counted by several names: "8.5 million devices were affected" is the stored
// "crashed 8.5 million computers", "machines" the same count again. Phones stay apart.
const COMPUTERS = /^(?:computers?|machines?|devices?|pcs|laptops?|desktops?|servers?)$/i;
// Of these, the general names are computers only when nothing between the figure and the noun
// says which kind: "slot machines", "voting machines", "explosive devices" are not.
const GENERAL = /^(?:machines?|devices?|servers?)$/i;
// A ship is a vessel by another name: "422 vessels waited" is the stored "422 ships waiting".
const SHIPS = /^(?:ships?|vessels?)$/i;
const LEGISLATORS = /^(?:lawmakers?|legislators?|parliamentarians?|mps|meps|deputies)$/i;
// What was done to flights (measure-lexicon.ts): times something flew are its flights.
const FLOWN = 'flown';
const GENERIC_PEOPLE = new Set([
  'people', 'person', 'persons', 'individual', 'individuals', 'resident', 'residents', 'citizen',
  'citizens', 'inhabitant', 'inhabitants', 'palestinians', 'victim', 'victims', 'casualty', 'casualties',
]);
const ROLES = new Set(
  ('militant fighter soldier troop child woman man journalist doctor worker official officer ' +
    'student patient settler refugee voter migrant civilian policeman nurse teacher').split(' '),
);
const IRREGULAR: Record<string, string> = { children: 'child', women: 'woman', men: 'man', police: 'officer' };
// A length or a volume by its symbol or its name, in either spelling, is one unit: "a depth
// of 10 km" is "a depth of 10 kilometres", a "3.0-liter" engine a "3.0-litre" one.
const LENGTHS: Record<string, string> = {
  feet: 'ft', foot: 'ft', kilometre: 'km', kilometer: 'km', metre: 'm', meter: 'm', mi: 'mile', centimetre: 'cm', centimeter: 'cm', millimetre: 'mm', millimeter: 'mm',
  litre: 'l', liter: 'l', millilitre: 'ml', milliliter: 'ml',
};

// A temperature by Fahrenheit's symbol is one in degrees: "253°F" is the stored "253 degrees
// Fahrenheit" (read as "253 degrees"), as US news writes bare degrees in Fahrenheit too.
// Celsius's symbol stays a unit of its own, so "20°C" never meets a bare "68 degrees".
const FAHRENHEIT = '°f';

function singular(word: string): string {
  if (word === FAHRENHEIT) return 'degree';
  if (word in IRREGULAR) return IRREGULAR[word] as string;
  const length = LENGTHS[word.replace(/s$/, '')];
  if (length !== undefined) return length;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The family and role of a count by its counted noun, with what the noun itself says
 *  happened ("deaths" are people dead). `measure` is the figure's measure word list: "must
 *  fly 10 times a year" counts flights, as "10 launches a year" does. `modified`: words stand
 *  between the figure and its noun ("8.5 million slot machines"). */
export function countFamily(unit: string | null, measure: readonly string[] = [], modified = false): CountFamily {
  if (unit === null) return { family: null, role: null, events: [] };
  const one = singular(unit);
  if (one === 'time' && measure.includes(FLOWN)) return { family: 'flight', role: null, events: [] };
  if (DEATH_UNITS.has(unit) || DEATH_UNITS.has(one)) return { family: 'person', role: apposed(measure), events: ['dead'] };
  if (unit === 'casualties' || unit === 'casualty') return { family: 'person', role: apposed(measure), events: ['dead', 'wounded'] };
  if (one === 'hostage' || one === 'captive') return { family: 'hostage', role: null, events: [] };
  if (one === 'prisoner' || one === 'detainee' || one === 'inmate') return { family: 'prisoner', role: null, events: [] };
  if (GENERIC_PEOPLE.has(unit) || demonymPlace(unit) !== null) return { family: 'person', role: apposed(measure), events: [] };
  if (ROLES.has(one)) return { family: 'person', role: one, events: [] };
  if (FLIGHTS.test(unit)) return { family: 'flight', role: null, events: [] };
  if (COMPUTERS.test(unit) && !(modified && GENERAL.test(unit))) return { family: 'computer', role: null, events: [] };
  if (SHIPS.test(unit)) return { family: 'ship', role: null, events: [] };
  // Each member of a parliament holds one of its seats: "328 lawmakers" are 328 seats.
  if (LEGISLATORS.test(unit)) return { family: 'seat', role: null, events: [] };
  // An outbreak's cases and infections are one count, of cases reported.
  if (one === 'case' || one === 'infection') return { family: 'case', role: null, events: ['cases'] };
  return { family: one, role: null, events: [] };
}

/** The kind of person every one of a count was, as a phrase after it says (measure-phrases). */
function apposed(measure: readonly string[]): string | null {
  const mark = measure.find((w) => w.startsWith(ROLE_MARK));
  const one = mark === undefined ? null : singular(mark.slice(ROLE_MARK.length));
  return one !== null && ROLES.has(one) ? one : null;
}

export function singularOrNull(unit: string | null): string | null {
  return unit === null ? null : singular(unit);
}
