// A side (a club, a national team) takes a plural verb in British news: "Bayern Munich have
// signed", which keeps two known places side by side one name.

import { PLURAL_VERBS } from './entity-cues';
import { INLINE_SPACE as S } from './inline-space';

const VERB_AFTER = new RegExp(String.raw`^${S}(\p{Ll}+)[^\S\n]`, 'u');

/** "have signed", "remain ninth": a plural verb, as a side takes in British news. */
export function pluralVerbAfter(after: string): boolean {
  const verb = VERB_AFTER.exec(after)?.[1] ?? '';
  return verb === 'have' || verb === 'are' || verb === 'were' || PLURAL_VERBS.has(verb);
}
