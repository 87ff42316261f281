// "the ship's owner, Grace Ocean,", "its operator, Harbor Point,", "owned by Grace Ocean": a
// name set in apposition to a holder's role (an owner, an operator, a manager), or the agent of
// owning or running a thing, names whoever holds it, a body or a person; a place holds no
// role, so a place's head word ("Ocean", "Point") does not make it one.

// The roles a firm holds of a thing or of people: each says who, never where.
import { INLINE_SPACE as S, INLINE_SPACE_OPT as S_OPT } from './inline-space';

const HOLDER_ROLE_BEFORE = new RegExp(
  String.raw`\b(?:owners?|operators?|managers?|charterers?|insurers?|landlords?|lessors?|buyers?|sellers?|contractors?|builders?|suppliers?|employers?|parent(?: company)?),${S_OPT}$`,
  'i',
);

const HELD_BY_BEFORE = new RegExp(String.raw`\b(?:owned|managed|operated|chartered|leased)${S}by${S}$`, 'i');

/** Whether the name at `start` stands in apposition to a holder's role just before it. */
export function holderApposition(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return HOLDER_ROLE_BEFORE.test(before) || HELD_BY_BEFORE.test(before);
}
