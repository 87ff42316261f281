// A region or a department named by the words around it: "the Loire-Atlantique department",
// "the Gironde prefecture", "the Ticino canton" (a country's division named by the noun after
// it, as "the Donetsk region" is in entity-cues), and "an organ builder from Alsace" (where
// someone of a trade comes from). Votes for entity-typing.

const WORD_AFTER = /^[ \t\u00a0]+(\p{Ll}+)/u;
// Divisions of France, Switzerland, Japan, Russia, Poland …; "department" also follows a body's
// field in lower case ("the Justice department"), so it counts only after a hyphenated name
// ("the Loire-Atlantique department", "the Seine-Saint-Denis department"), which no
// government's field is.
const DIVISIONS = new Set(['canton', 'cantons', 'prefecture', 'oblast', 'krai', 'voivodeship', 'arrondissement', 'departement', 'département']);
const HYPHEN = /[-‑]/;
// "an organ builder from", "a farmer from", "the winemakers from": a person of a trade is from a
// place. Not a thing sent or lent ("a loan from", "an offer from", "a letter from") and not a
// person who works for a body ("a spokesman from", "a manager from", "a lawyer from").
const TRADE_FROM = /\b(?:an?|the|two|three|four|five|several|many)\s+(?:\p{Ll}+\s+)?(\p{Ll}+(?:er|ers|or|ors|ist|ists))\s+from\s+$/iu;
const NOT_ORIGIN = new Set([
  'manager', 'managers', 'officer', 'officers', 'lawyer', 'lawyers', 'director', 'directors', 'investor', 'investors',
  'order', 'orders', 'offer', 'offers', 'letter', 'letters', 'transfer', 'transfers', 'partner', 'partners',
  'researcher', 'researchers', 'engineer', 'engineers', 'analyst', 'analysts', 'donor', 'donors', 'lender', 'lenders',
  'supplier', 'suppliers', 'buyer', 'buyers', 'bidder', 'bidders', 'member', 'members', 'worker', 'workers', 'number',
]);

/** Place votes for a name from the words around it: 2 for a division's noun after it, 1 for a
 *  person of a trade "from" it (a lone cue, which a body's own cues outweigh). */
export function regionVotes(name: string, before: string, after: string): number {
  const next = WORD_AFTER.exec(after)?.[1] ?? '';
  if (DIVISIONS.has(next) || (next === 'department' && HYPHEN.test(name) && !name.includes(' '))) return 2;
  const trade = TRADE_FROM.exec(before)?.[1];
  return trade !== undefined && !NOT_ORIGIN.has(trade) && !name.includes(' ') ? 1 : 0;
}
