// "Shares in Vale fell 3%", "Vale's shares slid": shares held in a name, or moving on a market,
// are a listed company's, which no town has. So they count as a firm's votes (type-votes.ts),
// the kind strong enough to retype a name the lexicon knows as a minor place ("Vale" is a
// Portuguese town as well as a miner). Not "stake", "bonds" or "holdings", which a state or
// a city has too ("Italy's bonds", "a stake in Gaza's future").

import { INLINE_SPACE as S } from './inline-space';

const SHARES_IN = new RegExp(String.raw`\b(?:shares|stock|shareholding)${S}in${S}$`, 'iu');

/** Whether the text right before a name (`before`) holds shares in it: "shares in ". */
export function sharesHeldIn(before: string): boolean {
  return SHARES_IN.test(before);
}
