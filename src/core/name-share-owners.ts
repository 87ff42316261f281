// "Volkswagen's shares fell 17%", "Nvidia stock jumped", "Tesla's market value": a name whose
// shares move on a market, or that has a market value, is a listed company. A person's holding
// is written "his shares in Tesla" or "Musk's shares were pledged", and does not rise or fall
// by itself; a country's market is "Japan's stock market", which the verb right after the noun
// leaves out.

import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

const MOVES =
  'fell|fall|falls|rose|rise|rises|dropped|drop|drops|slid|slide|slides|slumped|slump|plunged|plunge|plunges|tumbled|' +
  'tumble|jumped|jump|jumps|climbed|climb|climbs|gained|sank|sink|soared|soar|surged|surge|rallied|rebounded|recovered|' +
  'closed|ended|opened|edged|hit';
// A player's market value is a transfer fee's estimate, in millions ("Mbappe's market value hit
// 180 million euros"); a company's, where a sum follows, is in billions.
const NOT_MILLIONS = String.raw`(?![^;]{0,60}?\d(?:[\d,]|\.\d)*${S_OPT}(?:m|mn|million)\b)`;
// A person's standing is a stock that rises among or with people ("Ruiz's stock jumped among
// donors", "rose with the base"); a company's stock moves by a figure, on a day, with a market.
const NOT_AMONG = String.raw`(?!${S}(?:sharply${S}|again${S})?(?:among|within|inside|in${S}the${S}(?:eyes|polls)|with${S}(?:the${S})?(?:voters|base|donors|fans|members|party|public|electorate|scouts))\b)`;
const AUX = String.raw`(?:have${S}|had${S}|also${S}|then${S})?`;
const SHARES_MOVE = new RegExp(
  String.raw`^(?:['’]s?)?${S}(?:(?:shares|share${S}price|stock${S}price)${S}${AUX}(?:${MOVES})\b|stock${S}${AUX}(?:${MOVES})\b${NOT_AMONG}|market${S}capitali[sz]ation\b|market${S}value\b${NOT_MILLIONS})`,
  'u',
);

/** Whether the text right after a name (`after`) has its shares move or names its market value. */
export function sharesMove(after: string): boolean {
  return SHARES_MOVE.test(after);
}
