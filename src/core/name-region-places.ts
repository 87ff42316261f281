// A region or a department named by the words around it: "the Loire-Atlantique department",
// "the Gironde prefecture", "the Ticino canton" (a country's division named by the noun after
// it, as "the Donetsk region" is in entity-cues), and "an organ builder from Alsace" (where
// someone of a trade comes from). Votes for entity-typing.

import { INLINE_SPACE as S } from './inline-space';

const WORD_AFTER = /^[ \t\u00a0]+(\p{Ll}+)/u;
// Divisions of France, Switzerland, Japan, Russia, Poland …; "department" also follows a body's
// field in lower case ("the Justice department"), so it counts only after a hyphenated name
// ("the Loire-Atlantique department", "the Seine-Saint-Denis department"), which no
// government's field is.
const DIVISIONS = new Set(['canton', 'cantons', 'prefecture', 'oblast', 'krai', 'voivodeship', 'arrondissement', 'departement', 'département']);
const HYPHEN = /[-‑]/;
// "an organ builder from", "two winemakers from", "a farmer from": someone of a craft or of the
// land is from a place. Only those trades: most people "from" a name work for it ("a reporter
// from Reuters", "a negotiator from Hamas", "an inspector from Ofsted", "a player from
// Chelsea", "a visitor from Google"), and a thing is sent by it ("a loan from Barclays").
const TRADE_FROM = new RegExp(String.raw`\b(?:an?|the|two|three|four|five|several|many)${S}(?:\p{Ll}+${S})?(\p{Ll}+)${S}from${S}$`, 'iu');
const ORIGIN_TRADE = /(?:maker|builder|farmer|grower|breeder|rancher|herder|weaver|potter|distiller|vintner|carver|fisherman|fishermen)s?$/u;

/** Place votes for a name from the words around it: 2 for a division's noun after it, 1 for a
 *  person of a trade "from" it (a lone cue, which a body's own cues outweigh). */
export function regionVotes(name: string, before: string, after: string): number {
  const next = WORD_AFTER.exec(after)?.[1] ?? '';
  if (DIVISIONS.has(next) || (next === 'department' && HYPHEN.test(name) && !name.includes(' '))) return 2;
  const trade = TRADE_FROM.exec(before)?.[1];
  return trade !== undefined && ORIGIN_TRADE.test(trade) && !name.includes(' ') ? 1 : 0;
}
