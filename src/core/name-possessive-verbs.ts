// "Moody's cut its outlook", "Standard & Poor's lowered its rating", "McDonald's said": a firm
// named in the possessive keeps its "'s", which a verb follows, not the thing owned. A verb
// is plain where the firm's "its" or "their" comes right after it, or where it is a speech
// verb; "Jordan's share of the vote", "Smith's lowered expectations" own a noun. Used by
// name-openers.ts (the cue that a lone opener is a name) and entities.ts (the span).

import { SPEECH_VERBS } from './entity-cues';
import type { EntityMention } from './types';

const IRREGULAR_PAST = 'cut|put|set|sold|bought|kept|held|made|gave|took|raised|began|won|lost|paid|left';
const POSSESSIVE_VERB = new RegExp(String.raw`^['’]s[ \t\u00a0]+(?:(\p{Ll}+ed|${IRREGULAR_PAST})[ \t\u00a0]+(?:its|their)\b|(\p{Ll}+)\b)`, 'u');

/** Whether `after`, the text right after a name, is "'s" and a verb the name governs. */
export function possessiveVerbAfter(after: string): boolean {
  const m = POSSESSIVE_VERB.exec(after);
  return m !== null && (m[1] !== undefined || SPEECH_VERBS.has(m[2] ?? ''));
}

/** `mentions` with the "'s" kept on each that a verb follows ("Standard & Poor's lowered"),
 *  typed a body: no person's name is written in the possessive before their verb. */
export function withPossessiveNames(mentions: EntityMention[], text: string): EntityMention[] {
  return mentions.map((m) => {
    if (!possessiveVerbAfter(text.slice(m.end, m.end + 40))) return m;
    const name = text.slice(m.start, m.end + 2);
    return { ...m, end: m.end + 2, text: name, type: 'org', canonical: m.canonical === m.text ? name : m.canonical };
  });
}
