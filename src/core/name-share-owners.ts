// "Volkswagen's shares fell 17%", "Nvidia stock jumped", "Tesla's market value": a name whose
// shares move on a market, or that has a market value, is a listed company. A person's holding
// is written "his shares in Tesla" or "Musk's shares were pledged", and does not rise or fall
// by itself; a country's market is "Japan's stock market", which the verb right after the noun
// leaves out.

const MOVES =
  'fell|fall|falls|rose|rise|rises|dropped|drop|drops|slid|slide|slides|slumped|slump|plunged|plunge|plunges|tumbled|' +
  'tumble|jumped|jump|jumps|climbed|climb|climbs|gained|sank|sink|soared|soar|surged|surge|rallied|rebounded|recovered|' +
  'closed|ended|opened|edged|hit';
// A player's market value is a transfer fee's estimate, in millions ("Mbappe's market value hit
// 180 million euros"); a company's, where a sum follows, is in billions.
const NOT_MILLIONS = String.raw`(?![^;]{0,60}?\d(?:[\d,]|\.\d)*\s*(?:m|mn|million)\b)`;
const SHARES_MOVE = new RegExp(
  `^(?:['’]s?)?\\s+(?:(?:shares|stock|share\\s+price|stock\\s+price)\\s+(?:have\\s+|had\\s+|also\\s+|then\\s+)?(?:${MOVES})\\b|market\\s+capitali[sz]ation\\b|market\\s+value\\b${NOT_MILLIONS})`,
  'u',
);

/** Whether the text right after a name (`after`) has its shares move or names its market value. */
export function sharesMove(after: string): boolean {
  return SHARES_MOVE.test(after);
}
