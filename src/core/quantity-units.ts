// What a number counts: the unit noun after it ("33 hostages", "1,900 Palestinian prisoners"),
// currencies and the time units durations are made of. Word lists, not a tagger: news
// writes "number (+ up to two modifiers) + plural noun", and the lists catch the rest.

import { opensPrefixedUnit, prefixedUnit } from './quantity-prefixed-units';

/** Days per time unit, singular lower-case. Months and years are calendar averages. */
// Maps, not object literals, so "constructor" is no time unit.
const DAYS_PER = new Map(Object.entries({
  second: 1 / 86400, minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, fortnight: 14,
  month: 365 / 12, year: 365, decade: 3650, century: 36500,
}));

/** "days" → "day", "centuries" → "century"; anything else → null. */
export function timeUnit(word: string): string | null {
  const w = word.toLowerCase();
  if (DAYS_PER.has(w)) return w;
  if (w === 'centuries') return 'century';
  if (w.endsWith('s') && DAYS_PER.has(w.slice(0, -1))) return w.slice(0, -1);
  return null;
}

export function daysPer(unit: string): number | null {
  const u = timeUnit(unit);
  return u === null ? null : (DAYS_PER.get(u) ?? null);
}

export { CURRENCY_PREFIX, CURRENCY_WORD } from './quantity-currencies';
import { abbreviatedDimension } from './quantity-dimension-units';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';
import { MEASURE_WORDS } from './quantity-measure-words';

// Nouns that are units whatever their spelling: irregular plurals ("feet") and singular nouns
// that news counts with "one"/"1" ("one hostage", "1 person").
const KNOWN_UNITS = new Set(
  ('people person persons children child women woman men man police personnel staff troops ' +
    'hostage hostages prisoner prisoners soldier soldiers civilian civilians militant militants ' +
    'casualties casualty deaths death victims victim bodies body detainee detainees ' +
    'second seconds minute minutes hour hours day days week weeks month months year years ' +
    'decade decades fortnight century centuries km miles mile kilometres kilometers metres ' +
    'meters tons tonnes trucks truck homes home families family votes vote seats seat ' +
    'points point goals goal degrees feet hertz light-year light-years').split(' ').concat(MEASURE_WORDS), // quantity-measure-words.ts
);

// Plurals spelled as their singular: "two aircraft", "about 3,500 fish", "400 cattle". Unlike
// the units above, such a word may still modify the plural after it ("two aircraft carriers",
// "12 fish species").
const SAME_PLURALS = new Set(['aircraft', 'spacecraft', 'sheep', 'deer', 'fish', 'cattle', 'salmon', 'trout']);

// Words that end a unit search: function words, auxiliaries, reporting verbs.
const STOP = new Set(
  ('the a an of and or but nor in on at to for with by from as into onto upon than then so ' +
    'if when while where after before since until till over under about per via is are was ' +
    'were be been being am have has had do does did will would could should may might must ' +
    'can shall said says say told tell added according that which who whom whose what this ' +
    'these those it its they them their he him his she her we us our you your i me my not no ' +
    'also still only just even ago later earlier most less least each all both either ' +
    'neither such very too out up down off back there here how why percent per cent').split(' '),
);

// Adjectives news puts between a number and its noun ("33 more hostages", "two senior officials").
const MODIFIERS = new Set(
  ('more other others new additional remaining further extra former senior junior top young ' +
    'old small large big key major minor main local foreign armed unarmed innocent total ' +
    'separate different previous straight consecutive full whole entire').split(' '),
);

// Words after which "one" still counts the singular noun that follows.
const MORE = new Set(['more', 'further', 'other', 'last', 'final', 'single']);
// Endings of adjectives and participles: "displaced", "remaining", "Palestinian", "medical".
const MODIFIER_ENDING = /(?:ed|ing|ian|ese|ish|al|ic|ive|ous|ful|less|ern)$/;
// A lower-case plural: "militants", "individuals", "countries" — not "-ss", "-us", "-is";
// also a product name with an inner capital ("iPhones", "eBikes").
const LOWER_PLURAL = /^[a-z][a-zA-Z]*[^su'’A-Z]s$/;
// Capitalised plurals after a number are peoples: "Gazans", "Israelis", "Jews", "Arabs" —
// but not names ending in -ss, -us, -as ("Hamas") or -ers ("Reuters").
const CAP_PLURAL = /^[A-Z][a-z]*[^sua'’]s$/;
const CAP_NOT_PLURAL = /ers$/;
const WORD_Y = new RegExp(String.raw`${S}([A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?(?:-[A-Za-z]+)*)`, 'y');
// The model number of a product name: "Ariane 6", "Falcon 9", "Boeing 737".
const MODEL_Y = new RegExp(String.raw`${S}\d{1,4}(?![\d,.%]|${S_OPT}[-–])`, 'y');

export interface UnitMatch {
  /** The noun, lower-case. */
  unit: string;
  /** True when the noun directly follows, so it belongs in the span. */
  direct: boolean;
  /** End of the noun in the text. */
  end: number;
}

function isLower(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122;
}

function isUnitNoun(w: string, lw: string): boolean {
  if (KNOWN_UNITS.has(lw)) return true;
  if (isLower(w)) return LOWER_PLURAL.test(w) || SAME_PLURALS.has(w);
  return CAP_PLURAL.test(w) && !CAP_NOT_PLURAL.test(w);
}

function isModifier(w: string, lw: string): boolean {
  if (!isLower(w)) return true; // "Palestinian", "Hamas", "IDF"
  return MODIFIERS.has(lw) || w.includes('-') || MODIFIER_ENDING.test(w);
}

/** "624 measles cases", "12 sales jobs": a lower-case word ending in "s" before a plural noun
 *  modifies it, as a plural subject's verb never ends in "s". Not past a possessive or a
 *  comma ("three companies’ shares"). */
function modifiesNextPlural(text: string, end: number, w: string): boolean {
  if (KNOWN_UNITS.has(w)) return false;
  // "8.5 million Windows computers", "40 Teamsters drivers": a capitalised plural before a
  // plural noun is a name that modifies it; a people is followed by its verb ("20 Israelis were").
  // So is a capitalised unit's word, a brand's there ("12 Hertz branches", not 12 hertz).
  if (!isLower(w)) return (CAP_PLURAL.test(w) || KNOWN_UNITS.has(w.toLowerCase())) && nextIsLowerPlural(text, end);
  return nextIsLowerPlural(text, end);
}

function nextIsLowerPlural(text: string, end: number): boolean {
  WORD_Y.lastIndex = end;
  const next = WORD_Y.exec(text)?.[1];
  if (next === undefined || !isLower(next) || STOP.has(next)) return false;
  return LOWER_PLURAL.test(next) || KNOWN_UNITS.has(next);
}

/**
 * The counted noun after a number ending at `pos`: directly ("33 hostages") or after up to
 * two modifiers ("approximately 1,900 Palestinian prisoners", "545,000 displaced Gazans",
 * "60,000 mobile homes"). A lower-case singular right after the number is the noun only
 * when the number is one (`singular`: "one hostage", "1 truck"); otherwise it modifies the
 * noun after it ("14 flood warnings") or is a verb ("76 remain").
 */
export function findUnit(text: string, pos: number, singular = false): UnitMatch | null {
  const dimension = abbreviatedDimension(text, pos);
  if (dimension) return { ...dimension, direct: true };
  let p = pos;
  let previous = '';
  for (let j = 0; j < 3; j++) {
    WORD_Y.lastIndex = p;
    const m = WORD_Y.exec(text);
    const w = m?.[1];
    if (!m || w === undefined) return null;
    const lw = w.toLowerCase();
    const end = p + m[0].length;
    if (STOP.has(lw)) return null;
    if (opensPrefixedUnit(lw)) {
      // "365 sq km", "27,000 cubic metres": the unit is both words (quantity-prefixed-units.ts).
      WORD_Y.lastIndex = end;
      const area = WORD_Y.exec(text);
      if (area?.[1] !== undefined && prefixedUnit(lw, area[1].toLowerCase())) {
        return { unit: `${lw} ${area[1].toLowerCase()}`, direct: j === 0, end: end + area[0].length };
      }
    }
    if (isUnitNoun(w, lw) && !modifiesNextPlural(text, end, w)) return { unit: lw, direct: j === 0, end };
    if (j === 0 && singular && isLower(w) && !w.includes('-') && !MORE.has(lw)) return { unit: lw, direct: true, end };
    // "one more cut", "one further rise": past "more" the singular noun is still counted.
    if (j === 1 && singular && isLower(w) && !w.includes('-') && MORE.has(previous)) return { unit: lw, direct: false, end };
    previous = lw;
    if (j < 2 && (isModifier(w, lw) || isLower(w))) {
      p = end;
      // "five Ariane 6 launches", "30 Falcon 9 flights": the noun follows the product's name.
      if (!isLower(w)) {
        MODEL_Y.lastIndex = p;
        const model = MODEL_Y.exec(text);
        if (model) p += model[0].length;
      }
      continue;
    }
    return null;
  }
  return null;
}

// "251 hostages, of whom 76 remain": a count in a partitive relative clause counts the noun
// the clause hangs on.
const PARTITIVE_BEFORE = new RegExp(String.raw`([A-Za-z]+),?${S}(?:of whom|of which|of them)${S}$`);

/** The noun a bare count at `pos` counts through "…, of whom N", or null. */
export function antecedentUnit(text: string, pos: number): string | null {
  // Most bare counts follow no such clause: the word before must end in "m" (whom, them) or
  // "h" (which) before a regex is run.
  let i = pos - 1;
  while (i > 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 0xa0)) i--;
  const last = text.charCodeAt(i);
  if (i === pos - 1 || (last !== 109 && last !== 104)) return null;
  const m = PARTITIVE_BEFORE.exec(text.slice(Math.max(0, pos - 60), pos));
  const w = m?.[1];
  if (w === undefined) return null;
  const lw = w.toLowerCase();
  return !STOP.has(lw) && isUnitNoun(w, lw) ? lw : null;
}

/** Only the directly following word, if it is a plural or known unit noun ("2025 people"). */
export function directUnitNoun(text: string, pos: number): boolean {
  WORD_Y.lastIndex = pos;
  const m = WORD_Y.exec(text);
  const w = m?.[1];
  if (w === undefined) return false;
  const lw = w.toLowerCase();
  return !STOP.has(lw) && isUnitNoun(w, lw);
}

// "Two of the hostages", "16 of its fighters": a partitive names what the number counts
// after it. The noun stays outside the span, as a noun after modifiers does.
const PARTITIVE_AFTER_Y = new RegExp(String.raw`${S}of${S}(?:the|those|these|its|their|his|her|our)(?=[^\S\n])`, 'iy');

/** The noun a bare count ending at `pos` counts through "of the …", or null. */
export function partitiveUnit(text: string, pos: number): string | null {
  PARTITIVE_AFTER_Y.lastIndex = pos;
  const m = PARTITIVE_AFTER_Y.exec(text);
  if (!m) return null;
  return findUnit(text, pos + m[0].length)?.unit ?? null;
}

// "seven companies designated as gatekeepers": what they are counted as is the class named.
const DESIGNATED_Y = new RegExp(String.raw`${S}(?:designated|named|classed|classified|listed|recognised|recognized)${S}as${S}([A-Za-z]+)(?![\w'’-])`, 'y');

/** The plural a counted noun ending at `pos` is designated as, or null. */
export function designatedUnit(text: string, pos: number): string | null {
  DESIGNATED_Y.lastIndex = pos;
  const w = DESIGNATED_Y.exec(text)?.[1];
  if (w === undefined) return null;
  const lw = w.toLowerCase();
  return isLower(w) && !STOP.has(lw) && isUnitNoun(w, lw) ? lw : null;
}
