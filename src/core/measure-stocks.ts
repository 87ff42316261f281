// What a company's shares trade at, and how far they moved: "its shares fell 6.5% to $33.15",
// "U.S. Steel shares closed at $39.40", "shares trade near $36", "U.S. Steel closed at $39.40",
// "the company closed at $39.40", "U.S. Steel's share price of $39.40". The market's price of one
// share is its own measure: not a bid's price a share ("$55 a share", a per-one price,
// measure-phrases.ts), not the deal's value, and not a price of goods.

import { isShare } from './quantity-kinds';
import type { Quantity } from './types';
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

/** The mark of a figure of a company's share price (a lemma of its own in the lexicon). */
export const SHARE_PRICE = 'share-price';

// The shares as the subject, then a trading verb, within the sentence's run before the figure
// ("Shares of U.S. Steel, which fell 6.5% on Friday to $33.15"); "stock" as well. The text is
// one sentence already, so a full stop inside it is an abbreviation's.
const SHARES_THEN_VERB =
  /\b(?:shares|stock)\b[^;:!?]{0,60}?\b(?:closed|close|closes|closing|ended|ends|finished|opened|trade|trades|traded|trading|fell|fall|falls|rose|rise|rises|risen|fallen|dropped|slipped|slid|sank|climbed|jumped|gained|lost|surged|plunged|tumbled|soared|up|down|were|was|are|is|stood|stands)\b[^;:!?]{0,40}$/i;
// Another clause's subject between the shares and the figure: "Shares in Volkswagen rose more
// than 2% in Frankfurt, while the euro fell 1.3%".
const OTHER_SUBJECT = new RegExp(String.raw`\b(?:while|whereas|but)\b|,${S_OPT}and\b|\band${S}(?:the|its|their|his|her)\b`, 'i');
// A price is where the verb leaves the shares: "closed at", "fell 6.5% to", "trade near".
const PRICE_BEFORE = new RegExp(String.raw`\b(?:at|to|near|around)${S}$`, 'i');
// A move is said straight after its verb or with "up"/"down": "fell 6.5%", "sending shares up 6%".
const MOVE_BEFORE = new RegExp(String.raw`\b(?:closed|ended|finished|fell|fall|falls|rose|rise|rises|risen|fallen|dropped|slipped|slid|sank|climbed|jumped|gained|lost|surged|plunged|tumbled|soared|up|down)${S}(?:(?:about|nearly|almost|more${S}than|some)${S})?$`, 'i');

// A name right before a market's verb of the day and "at": "U.S. Steel closed at $39.40", "Apple
// ended the day at $220". Only a company's name closes at a sum in news, but for a coin or a
// commodity named alone ("Gold closed at $2,650", "Bitcoin opened at"), and a pronoun.
const CLOSED_AT = String.raw`${S}(?:closed|closes|ended|ends|finished|finishes|opened|opens|traded|trades|was${S}trading)${S}(?:(?:the${S}(?:day|session|week)|trading|(?:up|down|higher|lower)(?:${S}[\d.]+%)?)${S})?(?:at|near|around)${S}$`;
const NAME_CLOSED_AT = new RegExp(String.raw`(\p{Lu}[\p{L}.&'’-]*(?:${S}\p{Lu}[\p{L}.&'’-]*)*)${CLOSED_AT}`, 'u');
// A company called by what it is, as a story calls back the one it names: "The company closed
// at $39.40", "the steelmaker ended the day at $33.15". Not a fund, an auction or a group of
// things, which close at a sum of their own.
const COMPANY_CLOSED_AT = new RegExp(
  String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir)${S}(?:company|firm|corporation|conglomerate|lender|insurer|retailer|airline|\p{Ll}+maker)${CLOSED_AT}`,
  'u',
);
// Words a sentence may open with that close or open at a sum and are no company: a coin, a
// commodity, a pronoun, and a sale's tickets or bids ("Tickets opened at $150").
const NOT_COMPANY = new Set(
  `it they this that he she gold silver oil copper crude brent wti bitcoin ether ethereum platinum palladium nickel
   wheat corn soybeans cocoa coffee sugar lumber cattle tickets bids bidding prices`.split(/\s+/),
);
// A price of a unit of goods after the sum: "WTI closed at $78.50 a barrel" (not "a share").
const UNIT_AFTER = new RegExp(String.raw`^${S}(?:a|an|per)${S}(?!shares?\b)\p{L}`, 'u');
// "U.S. Steel's share price of $39.40", "its stock price was $36": the possessor's own price.
const OWN_PRICE_BEFORE = new RegExp(String.raw`(?:\p{L}['’]s?|\b(?:its|their))${S}(?:share|stock)${S}price${S}(?:of|at|was|is|stood${S}at|closed${S}at)${S}$`, 'iu');

/** SHARE_PRICE for a sum the shares trade at or a share the shares moved by; null otherwise. */
export function sharePrice(sentence: string, q: Quantity): string | null {
  const money = q.form === 'money';
  if (!money && !isShare(q)) return null;
  const before = sentence.slice(Math.max(0, q.start - 110), q.start);
  if (money && OWN_PRICE_BEFORE.test(before)) return SHARE_PRICE;
  const closer = money ? NAME_CLOSED_AT.exec(before)?.[1] : undefined;
  const goods = UNIT_AFTER.test(sentence.slice(q.end, q.end + 20));
  if (closer !== undefined && !goods && !NOT_COMPANY.has(closer.toLowerCase())) return SHARE_PRICE;
  if (money && !goods && COMPANY_CLOSED_AT.test(before)) return SHARE_PRICE;
  const run = SHARES_THEN_VERB.exec(before)?.[0];
  if (run === undefined || OTHER_SUBJECT.test(run)) return null;
  return (money ? PRICE_BEFORE : MOVE_BEFORE).test(before) ? SHARE_PRICE : null;
}

/** Whether `topics` mark a share price's move: one day's move is not another's, so only the
 *  same value tells ("fell 17% on the day the delay was reported" is no other reading of the
 *  6.5% of the day the deal was blocked). */
export function sharePriceMove(family: string | null, topics: ReadonlySet<string>): boolean {
  return family === 'percent' && topics.has(SHARE_PRICE);
}
