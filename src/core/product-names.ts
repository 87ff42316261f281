// Products have none of the four types (docs/annotation-guidelines.md), and their makers'
// spelling gives many away: a word in lower case with a capital inside ("iPhone", "iPad",
// "iOS") opens the product's name, and capitalised words right after it go on naming the
// model ("the iPhone Air", "the iPad Pro"), not another name.

import { ORG_HEADS, TITLE_HEADS, TITLE_MODIFIERS } from './entity-cues';
import type { Piece } from './name-pieces';
import { brandInList } from './product-brand-lists';
import { vesselName } from './product-vessels';
import { shipPartOf } from './product-ship-parts';
import { softwareMaker, softwareNamesAt } from './product-software';
import { gappedList } from './quantity-gapped-lists';

// "iPhone ", "iPad ": a lower-case start, a capital inside, then only a space before the run.
const CAMEL_BEFORE = /(?:^|[^\p{L}])\p{Ll}{1,3}\p{Lu}[\p{L}]*[ \t\u00a0]+$/u;
const MODEL_WORDS = 3;

/** Whether `run` names a model of the product written just before it: a short run of no
 *  title words ("eBay Chief Executive Jamie Iannone" is a person's) and no known name ("iPhone
 *  China sales"). */
export function namesModel(text: string, run: Piece[], isKnown: (name: string) => boolean): boolean {
  const first = run[0];
  if (!first || run.length > MODEL_WORDS) return false;
  if (run.some((p) => TITLE_HEADS.has(p.text) || TITLE_MODIFIERS.has(p.text) || isKnown(p.text))) return false;
  return CAMEL_BEFORE.test(text.slice(Math.max(0, first.start - 16), first.start));
}

// "Ariane 6", "Falcon 9", "Windows 11": a model number of one to three digits right after.
// Not a score, a range or a time ("Brighton & Hove Albion 2-0", "the Knicks 118-104").
const MODEL_NUMBER = /^[ \t\u00a0]\d{1,3}(?![\d\p{L}]|[.,:/\-–—]\d)/u;
// Craft a name may stand before: "the Orion capsule", "the Perseverance rover", "the Titan
// submersible". A rocket only
// after "the" or a possessive ("SpaceX’s Starship rocket"): "a Hamas rocket" is its firer's.
// So too an app ("The Ledger app", "the Signal app"; "a Hamas app" is its maker's).
const CRAFT_AFTER = /^[ \t\u00a0]+(?:capsules?|spacecraft|landers?|rovers?|probes?|telescopes?|launchers?|submersibles?)\b/u;
const ROCKET_AFTER = /^[ \t\u00a0]+(?:rockets?|apps?)\b/u;
const THE_OR_POSSESSIVE = /(?:\b(?:[Tt]he|its|their)|['’]s)[ \t\u00a0]+$/u;
// A craft's own name given after it: "The Crew Dragon capsule, named Endeavour".
const CRAFT_NAMED = /\b(?:capsules?|spacecraft|landers?|rovers?|probes?|telescopes?|launchers?|rockets?),?[ \t\u00a0]+(?:named|called|dubbed)[ \t\u00a0]+$/u;
// A brand after its maker, before the goods: "the maker of Crestwood cereals". The company
// would be "the maker of cereals"; a name between is the goods' brand.
const MAKER_OF = /\b(?:makers?|manufacturers?|producers?)[ \t\u00a0]+of[ \t\u00a0]+$/u;
const GOODS_AFTER = /^[ \t\u00a0]+\p{Ll}{3,}s\b/u;
// A brand between a maker's verb and its goods: "Bavarian Nordic, which makes the MVA-BN
// vaccine". A body there would be the object itself ("makes the vaccine").
const MAKES_THE = /\b(?:makes|made|produces|produced|manufactures|manufactured|develops|developed)[ \t\u00a0]+(?:the|its|their)[ \t\u00a0]+$/u;
// … or before its goods and their maker: "the MVA-BN shot made by Bavarian Nordic".
const MADE_BY_AFTER = /^[ \t\u00a0]+\p{Ll}{3,}[ \t\u00a0]+(?:made|produced|manufactured|developed)[ \t\u00a0]+by\b/u;
const GOOD_AFTER = /^[ \t\u00a0]+(?!(?:and|or|of|in|on|at|to|for|with|from|by|as|is|was|are|were|has|had|have|that|which|who)\b)\p{Ll}{3,}\b/u;

/** Names the page shows to be products, so none of their mentions is marked: a name written
 *  with a model number at every mention ("Ariane 6"; a maker the page also names alone, "Boeing
 *  737" … "Boeing said", stays), or a name before a craft noun at any mention ("the Orion
 *  capsule", then "Starship" alone after "the Starship rocket"), a craft's name after
 *  "named" ("the capsule, named Endeavour"), a ship's in apposition with a vessel's noun
 *  ("the Dali, the container ship that"; product-vessels), or a brand between its maker and its goods ("the
 *  maker of Crestwood cereals", "which makes the MVA-BN vaccine", "the MVA-BN shot made by").
 *  Known names and names with
 *  an institution's, a place's or an event's head word ("Radio 4") are never products. */
export function productNames(
  text: string,
  runs: Piece[][],
  isKnown: (name: string) => boolean,
  hasHead: (word: string) => boolean,
): Set<string> {
  const numbered = new Map<string, boolean>(); // name → every mention numbered so far
  const craft = new Set<string>();
  for (const run of runs) {
    const pieces = run[0]?.text === 'The' ? run.slice(1) : run;
    const last = pieces[pieces.length - 1];
    if (!last || last.connector) continue;
    const name = pieces.map((p) => p.text).join(' ');
    if (isKnown(name) || hasHead(last.text)) continue;
    const after = text.slice(last.end, last.end + 16);
    // "the Greens 85 and Die Linke 64": a pair of a list that leaves out its verb.
    numbered.set(name, (numbered.get(name) ?? true) && MODEL_NUMBER.test(after) && !gappedList(text, last.end + 1));
    const first = pieces[0] as Piece;
    const before = text.slice(Math.max(0, first.start - 8), first.start);
    const wider = text.slice(Math.max(0, first.start - 40), first.start);
    if (CRAFT_AFTER.test(after) || (ROCKET_AFTER.test(after) && THE_OR_POSSESSIVE.test(before))) craft.add(name);
    else if (CRAFT_NAMED.test(wider) || (MAKER_OF.test(wider) && GOODS_AFTER.test(after))) craft.add(name);
    else if ((MAKES_THE.test(wider) && GOOD_AFTER.test(after)) || MADE_BY_AFTER.test(text.slice(last.end, last.end + 40))) craft.add(name);
    else if (brandInList(text, first.start, last.end)) craft.add(name);
    else if (vesselName(text, first.start, last.end) || shipPartOf(text, first.start, last.end)) craft.add(name);
    else for (const n of softwareNamesAt(text, pieces)) craft.add(n);
  }
  for (const [name, all] of numbered) if (all) craft.add(name);
  return craft;
}

// A lower-case word after the name that it modifies: "Starliner test pilots". Not a function
// word or a verb, after which the run may be one name speaking ("Google DeepMind said").
const WORD_AFTER = /^[ \t\u00a0]+(\p{Ll}+)\b/u;
// Craft nouns of the air: the words before one that follow an operator's head are the type.
const AIRCRAFT = /^(?:helicopters?|jets?|planes?|airplanes?|airliners?|aircraft|drones?)$/;
const AIRCRAFT_AFTER = /^[ \t\u00a0]+(?:helicopters?|jets?|planes?|airplanes?|airliners?|aircraft|drones?)\b/;

/** Whether an aircraft noun comes right after `offset`: "… Eagle| jet". */
export function aircraftAfter(text: string, offset: number): boolean {
  return AIRCRAFT_AFTER.test(text.slice(offset, offset + 16));
}
const NOT_NOUNS = new Set(
  'and or but of on in at to for with from by as is was are were has had have will would could can may might said says told that which who'.split(' '),
);

/** "the Boeing Starliner test pilots": a run that opens with a stored or known company's
 *  name, goes on with one or two words nobody knows and no head word of a body, place or
 *  event, and modifies a noun names the maker, then its product. Returns how many pieces
 *  the maker's name takes, or 0. Titles ("NASA Administrator Sean Duffy") are never products. */
export function makerBeforeProduct(
  text: string,
  pieces: Piece[],
  isOrg: (name: string) => boolean,
  isKnown: (name: string) => boolean,
  hasHead: (word: string) => boolean,
): number {
  const last = pieces[pieces.length - 1];
  if (!last || pieces.length < 2 || hasHead(last.text)) return 0;
  if (pieces.some((p) => p.connector || TITLE_HEADS.has(p.text) || TITLE_MODIFIERS.has(p.text))) return 0;
  if (softwareMaker(text, pieces) > 0) return softwareMaker(text, pieces);
  const service = armedService(pieces, isKnown);
  if (service > 0) return service;
  const next = WORD_AFTER.exec(text.slice(last.end, last.end + 20))?.[1];
  if (next === undefined || NOT_NOUNS.has(next) || next.endsWith('ed')) return 0;
  const aircraft = AIRCRAFT.test(next);
  for (let k = pieces.length - 1; k >= Math.max(1, pieces.length - 2); k--) {
    const maker = pieces.slice(0, k).map((p) => p.text).join(' ');
    const rest = pieces.slice(k);
    // "a U.S. Army Black Hawk helicopter": before an aircraft, words after a body's head
    // name the type it flies, as a maker's name before its product.
    const operator = aircraft && ORG_HEADS.has(pieces[k - 1]?.text ?? '');
    if ((isOrg(maker) || operator) && rest.every((p) => !isKnown(p.text))) return k;
  }
  return 0;
}

// A country's armed services, which fly, sail and drive types made for them.
const SERVICES = new Set(['Army', 'Navy', 'Force', 'Guard', 'Marines']);

/** "the Army Black Hawk that collided", "a Navy Seahawk": words nobody knows after an armed
 *  service name the craft it flies, whatever follows (a body of the service has a head word of
 *  its own: "Army Corps", "Navy Department"). Returns how many pieces the service takes, or 0. */
function armedService(pieces: Piece[], isKnown: (name: string) => boolean): number {
  const k = pieces.findIndex((p) => SERVICES.has(p.text));
  if (k < 0 || k === pieces.length - 1) return 0;
  const rest = pieces.slice(k + 1);
  return rest.length <= 2 && rest.every((p) => !isKnown(p.text) && /^\p{Lu}\p{Ll}/u.test(p.text)) ? k + 1 : 0;
}
