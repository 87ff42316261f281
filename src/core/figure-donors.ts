// Who gives a sum: "The United Kingdom promised up to £60 million, the United States $17.5
// million and Japan $10 million", "Germany matched it with $100 million", "The United States
// has paid in $17.5 million", "Britain, which promised up to £60 million", "the $100 million
// from the United Arab Emirates". A country's pledge is that country's: the same words of
// another country are another pledge, and a pledge restated with its country ("Germany and
// the United Arab Emirates gave $100 million each") is the one stored. A place acting is
// otherwise read as no owner at all (figure-owners.ts, "Brussels fined Google …"), so only a
// verb of giving makes a place a sum's owner here.

import { aliasKey } from './alias-key';
import type { Named } from './figure-named';
import { PLEDGE } from './measure-pledges';
import { placeVariants } from './places';
import { namedDonorsOf } from './figure-named-donors';
import { INLINE_SPACE as S } from './inline-space';

const AMOUNT = String.raw`(?:(?:about|some|around|roughly|nearly|almost|more${S}than|up${S}to|at${S}least|another|a${S}further)${S})?`;
// The verbs of giving, right before the sum: "pledged", "has paid in", "matched it with",
// "confirmed its pledge of".
const GIVES = String.raw`(?:pledged|pledges|pledge|promised|promises|promise|gave|gives|give|donated|donates|contributed|contributes|paid${S}in|pays${S}in|paid|committed|commits|offered|offers|matched${S}(?:it|that|the${S}sum)${S}with|(?:confirmed|raised|announced|made|kept|met)${S}(?:its|their)${S}pledge${S}(?:of|to))`;
// After the giver (or the list of givers): an apposition ("the host"), or a relative clause of
// its own ("which promised"), helping verbs and "each", then the verb and the sum.
const GIVES_AFTER = new RegExp(
  String.raw`^(?:,${S}(?:the${S})?[\p{Ll}\s-]{1,40},)?(?:,${S}(?:which|that)${S}|${S})(?:(?:has|have|had|will|would|each|also|already|jointly)${S})*${GIVES}${S}${AMOUNT}$`,
  'u',
);
// "the United States $17.5 million and Japan $10 million": a list that leaves out its verb.
const GAPPED = new RegExp(String.raw`^${S}${AMOUNT}$`);
const GAP_OPENS = new RegExp(String.raw`(?:,|${S}and)${S}(?:the${S})?$`);
// "the $100 million from the United Arab Emirates", "the same sum from Germany".
const FROM_AFTER = new RegExp(String.raw`^${S}(?:each${S})?from${S}(?:the${S})?$`);
// "The United Arab Emirates and Germany, with $100 million each, remain its largest backers".
const WITH_EACH = new RegExp(String.raw`^,?${S}with${S}${AMOUNT}$`);
const EACH_AFTER = new RegExp(String.raw`^${S}each\b`);
const BACKERS = /\b(?:backers|donors|contributors|funders)\b/i;
// Where a giver is read from the sentence alone (a gapped list, "from …", "with … each"), the
// sentence must say something is given: "imports worth $5 billion from China" gives nothing.
const GIFT_SAID = /\b(?:pledg\w*|promis\w*|gave|give[sn]?|donat\w*|contribut\w*|paid\s+in|backers|donors|funders)\b/i;
// Paying or offering a sum for something ("Germany paid $2 billion for Russian gas", "France
// offered €500 million for the stake") or a sum of a kind owed ("paid $3 billion in
// compensation") is a price or a debt, not a pledge; paying into a fund ("paid in") stays one.
const PAYS_OR_OFFERS = new RegExp(String.raw`(?:paid|pays|offered|offers)${S}${AMOUNT}$`);
const PRICE_AFTER = new RegExp(String.raw`^${S}(?:for|in${S}(?!aid\b|grants?\b|support\b|help\b)\p{Ll}|to${S}(?:buy|acquire|settle|cover)\b)`, 'u');
// Between two givers of one list: "Italy and France", "Germany and the United Arab Emirates".
const LIST_JOIN = new RegExp(String.raw`^(?:,${S}|${S}and${S}|,${S}and${S})(?:the${S})?$`);

type Mention = Named['mentions'][number];

// A country's every written form → its common name: "Britain" gives the United Kingdom's pledge.
let countries: Map<string, string> | null = null;
function countryKey(m: Mention): string {
  countries ??= new Map(placeVariants().map(([alias, name]) => [aliasKey(alias), name]));
  const key = aliasKey(m.canonical);
  return countries.get(key) ?? key;
}

/** The places a list ending with `last` names: "Italy and France" → both. */
function listEndingWith(places: readonly Mention[], text: string, last: number): Mention[] {
  const out = [places[last] as Mention];
  for (let i = last - 1; i >= 0; i--) {
    const m = places[i] as Mention;
    if (!LIST_JOIN.test(text.slice(m.end, (out[0] as Mention).start))) break;
    out.unshift(m);
  }
  return out;
}

/** The places that give the sum [start, end) of `n`, as owner keys; empty when no place is
 *  said to give it. */
export function donorsOf(n: Named, start: number, end: number): string[] {
  const places = n.mentions.filter((m) => m.type === 'place');
  if (places.length === 0) return [];
  const keys = (ms: readonly Mention[]) => [...new Set(ms.map(countryKey))];
  const gift = GIFT_SAID.test(n.text);
  const i = places.findLastIndex((m) => m.end <= start);
  if (i >= 0) {
    const p = places[i] as Mention;
    const between = n.text.slice(p.end, start);
    // Nothing named between the place and the sum: a body or a person named there is the
    // sum's giver rather than the place.
    if (!n.mentions.some((m) => m.start >= p.end && m.end <= start)) {
      const price = PAYS_OR_OFFERS.test(between) && PRICE_AFTER.test(n.text.slice(end));
      if (!price && GIVES_AFTER.test(between)) return keys(listEndingWith(places, n.text, i));
      if (gift && GAPPED.test(between) && GAP_OPENS.test(n.text.slice(Math.max(0, p.start - 8), p.start))) return keys([p]);
      if (WITH_EACH.test(between) && EACH_AFTER.test(n.text.slice(end)) && BACKERS.test(n.text)) return keys(listEndingWith(places, n.text, i));
    }
  }
  const next = places.find((m) => m.start >= end);
  if (gift && next !== undefined && FROM_AFTER.test(n.text.slice(end, next.start))) return keys([next]);
  return [];
}

/** The marks of a given sum: its givers as owners, and the pledge it is. */
export function donorMarks(n: Named, start: number, end: number, ownerMark: string): string[] {
  const places = donorsOf(n, start, end);
  const donors = places.length > 0 ? places : namedDonorsOf(n, start, GIVES_AFTER);
  return donors.length === 0 ? [] : [...donors.map((d) => `${ownerMark}${d}`), PLEDGE];
}
