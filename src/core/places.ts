// Place names and demonyms from the maintained `world-countries` package (the fields used,
// generated into countries-data.ts by scripts/make-places.mjs). Background and indexing
// only: content scripts get the compiled result through the MatcherPackage.

import { COUNTRIES } from './countries-data';
import { demonymForms, EVERYDAY_DEMONYMS } from './demonym-forms';
import { countryShortForms } from './place-country-short-forms';
import { CITY_AND_REGION_NAMES } from './places-data';
import { regionExonyms } from './place-region-exonyms';
import { PACKED_SEPARATOR } from './name-lexicon';
import type { EntityType } from './types';

// Regions, territories and cities that news about the followed topics names constantly but
// that `world-countries` does not carry (it lists countries and their capitals only). Kept
// to places a reader would expect typed without any cue in the sentence.
const EXTRA_PLACES = [
  'West Bank', 'Gaza', 'Gaza Strip', 'Gaza City', 'Middle East', 'Jenin', 'Tulkarem', 'Nablus',
  'Hebron', 'Rafah', 'Khan Younis', 'Tel Aviv', 'Golan Heights', 'Sinai', 'Red Sea',
  'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America',
  // The United Kingdom's nations are not countries in the package.
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Cardiff', 'Edinburgh', 'Belfast',
  // A room, but named in US news as often as a city; "Office" alone names institutions.
  'Oval Office',
];
// The Moon and the planets, which news names as places astronauts and probes go to. Weak entries,
// like cities, so a clear cue wins ("President Moon said"); not Mercury or Earth, more often
// a surname, a metal or a common noun.
const CELESTIAL = ['Moon', 'Mars', 'Venus', 'Jupiter', 'Saturn'];
// The oceans, by their full names and their short ones ("the South Pacific", "the Atlantic"),
// and the seas news names by their adjective alone ("north to the Mediterranean"), weak too:
// "Union Pacific", "Atlantic Records" or "Royal Caribbean" keep their own cues.
const OCEANS = [
  'Pacific Ocean', 'Atlantic Ocean', 'Indian Ocean', 'Arctic Ocean', 'Southern Ocean', 'Pacific', 'Atlantic',
  'Mediterranean', 'Caribbean',
];
// Demonyms of the extra places above that the package cannot give (it knows the United
// Kingdom's "British" only): "the Scottish coast", "Welsh ministers" name no one.
const EXTRA_DEMONYMS = ['English', 'Scottish', 'Scots', 'Welsh', 'Northern Irish'];
// Everyday names of countries that the package lists under another name.
const EXTRA_VARIANTS: [string, string][] = [['Britain', 'United Kingdom']];

// Two-letter ISO codes are mostly ordinary words in capitals ("IN", "IT", "NO", "ME"), so
// codes are left out except the two that news writes as names.
const CODE_NAMES = new Set(['US', 'UK']);
// Group words used like demonyms that are not any country's demonym.
const GROUP_ADJECTIVES = [
  'Arab', 'Arabs', 'Jewish', 'Jew', 'Jews', 'Muslim', 'Muslims', 'Christian', 'Christians',
  'Sunni', 'Sunnis', 'Shia', 'Shiite', 'Shiites', 'Kurdish', 'Kurd', 'Kurds', 'Druze',
  'Western', 'European', 'Europeans', 'African', 'Africans', 'Asian', 'Asians', 'Gazan',
  'Gazans', 'Latino', 'Latinos', 'Persian', 'Zionist', 'Zionists', 'Islamist', 'Islamists',
  // Faiths and communities news names the same way ("in Mennonite and Indigenous communities").
  'Catholic', 'Catholics', 'Protestant', 'Protestants', 'Evangelical', 'Evangelicals', 'Hindu',
  'Hindus', 'Sikh', 'Sikhs', 'Buddhist', 'Buddhists', 'Mennonite', 'Mennonites', 'Amish',
  'Mormon', 'Mormons', 'Coptic', 'Copts', 'Yazidi', 'Yazidis', 'Alawite', 'Alawites', 'Bedouin',
  'Indigenous', 'Aboriginal', 'Hispanic', 'Hispanics',
  // Peoples of North America, named like demonyms ("Black Hawk, a Sauk leader"; "the Navajo
  // Nation" keeps its word). Not those that are also places or brands (Seminole, Cheyenne,
  // Cherokee, Apache), nor a town's name written alone (Menominee, Pawnee, Shoshone, Kiowa,
  // Arapaho, Zuni: "the council in Pawnee voted"), which stay to the lexicon and the context.
  'Sauk', 'Meskwaki', 'Lakota', 'Ojibwe', 'Anishinaabe', 'Haudenosaunee', 'Iroquois',
  'Potawatomi', 'Wampanoag', 'Lenape', 'Paiute', 'Hopi', 'Inuit', 'Inupiat', 'Yupik', 'Navajo',
  'Sioux', 'Cree', 'Choctaw', 'Chickasaw', 'Muscogee', 'Blackfeet',
  // American party adjectives ("no Republican sponsor"); the parties' names keep them.
  'Republican', 'Democratic',
];

function isUsableAlias(alias: string, cca2: string, name: string): boolean {
  if (alias.includes(',')) return false; // "Palestine, State of"
  // "Emirates" alone, the plural last word of "United Arab Emirates", names an airline, a
  // stadium or a bank as often as the country, which news writes in full or as "the UAE".
  const words = name.split(' ');
  if (words.length > 1 && alias === words[words.length - 1] && alias.endsWith('s')) return false;
  if (alias === cca2) return CODE_NAMES.has(alias);
  if (/^[A-Z]{2}$/.test(alias)) return CODE_NAMES.has(alias);
  return true;
}

/** A place's written form and the name it stands for. */
export type PlaceVariant = readonly [alias: string, canonical: string];

// The tables below are built from the country data once per worker and frozen: the knowledge
// build and the matcher package share one copy instead of rebuilding them on every build.
let variantsCache: readonly PlaceVariant[] | null = null;
let lexiconCache: readonly (readonly [string, EntityType])[] | null = null;
let demonymsCache: readonly string[] | null = null;

function frozenPairs<T extends readonly [string, string]>(pairs: T[]): readonly T[] {
  for (const p of pairs) Object.freeze(p);
  return Object.freeze(pairs);
}

/** Every written form of a country or capital → its common name ("U.S." is matched through
 *  aliasKey). "Washington D.C." also yields "Washington". */
export function placeVariants(): readonly PlaceVariant[] {
  return (variantsCache ??= frozenPairs(buildPlaceVariants()));
}

function buildPlaceVariants(): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, official, cca2, altSpellings, capitals] of COUNTRIES) {
    out.push([name, name], [official, name]);
    for (const short of countryShortForms(name)) out.push([short, name]);
    for (const alt of altSpellings) if (isUsableAlias(alt, cca2, name)) out.push([alt, name]);
    for (const capital of capitals) {
      out.push([capital, capital]);
      const bare = capital.replace(/\s+D\.C\.$/, '');
      if (bare !== capital) out.push([bare, capital], [`${bare} DC`, capital]);
    }
  }
  for (const p of EXTRA_PLACES) out.push([p, p]);
  out.push(...EXTRA_VARIANTS);
  return out;
}

/** Cities of 200,000 people or more and first-level regions (states, provinces, counties),
 *  generated from data packages by scripts/make-places.mjs. */
export function cityAndRegionNames(): string[] {
  return CITY_AND_REGION_NAMES.split('|');
}

/** Country names, alternative spellings, capitals and the extra regions, one entry each, then
 *  cities and first-level regions as one packed entry (names joined by PACKED_SEPARATOR, see
 *  compileLexicon): the list travels to every page in the matcher package, and packing keeps
 *  it a third of the size. All typed place. */
export function placeLexicon(): readonly (readonly [string, EntityType])[] {
  return (lexiconCache ??= frozenPairs(buildPlaceLexicon()));
}

function buildPlaceLexicon(): [string, EntityType][] {
  const seen = new Set<string>();
  const out: [string, EntityType][] = [];
  for (const [alias] of placeVariants()) {
    if (seen.has(alias)) continue;
    seen.add(alias);
    out.push([alias, 'place']);
  }
  const minor = [...cityAndRegionNames(), ...regionExonyms(), ...CELESTIAL, ...OCEANS].filter((n) => !seen.has(n));
  out.push([minor.join(PACKED_SEPARATOR), 'place']);
  return out;
}

function plural(demonym: string): string | null {
  // "Israeli" → "Israelis", "American" → "Americans"; "British", "Chinese", "Swiss" stay.
  return /(?:an|i|er|ite)$/.test(demonym) ? `${demonym}s` : null;
}

/** Demonyms and group adjectives, with plurals: capitalised words that are never names. */
export function demonyms(): readonly string[] {
  return (demonymsCache ??= Object.freeze(buildDemonyms()));
}

function buildDemonyms(): string[] {
  const out = new Set<string>([...GROUP_ADJECTIVES, ...EXTRA_DEMONYMS, ...EVERYDAY_DEMONYMS]);
  for (const [, , , , , eng] of COUNTRIES) {
    for (const d of eng.flatMap(demonymForms)) {
      out.add(d);
      const p = plural(d);
      if (p) out.add(p);
    }
  }
  return [...out];
}
