// A text with the entity mentions the pipeline finds in it: what figure-owners reads whose a
// figure is from. A page sentence's mentions are found once and remembered; a stored
// article's sentences are cut from the mentions of the whole article.

import { defaultLexicon } from './default-lexicon';
import { findEntities } from './entities';
import { lastAtOrBefore } from './search';
import type { EntityMention } from './types';

/** A text with the entity mentions found in it, their offsets within the text. */
export interface Named {
  text: string;
  mentions: readonly EntityMention[];
}

// A page's figures share sentences: the last few texts' mentions are kept.
const recent = new Map<string, Named>();
const RECENT_MAX = 64;

/** `text` with its mentions, found by the entity pipeline with the lexicon the store is
 *  built with, so a page sentence's names are typed as a stored article's are (a stored
 *  article's are found with the whole article, where a name is typed by all its mentions). */
export function findNamed(text: string): Named {
  return { text, mentions: findEntities(text, defaultLexicon()) };
}

/** findNamed for a page sentence, remembered. */
export function named(text: string): Named {
  const known = recent.get(text);
  if (known) return known;
  const out = findNamed(text);
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(text, out);
  return out;
}

/** The part [from, to) of `whole` (an article's sentence), its mentions re-based. The
 *  mentions must be in text order (byStart): an article's sentences are each found by a
 *  binary search, not a pass over all of its mentions. */
export function namedPart(whole: Named, from: number, to: number): Named {
  const all = whole.mentions;
  const mentions: EntityMention[] = [];
  for (let i = lastAtOrBefore(all.length, (k) => (all[k] as EntityMention).start, from - 1) + 1; i < all.length; i++) {
    const m = all[i] as EntityMention;
    if (m.start >= to) break;
    if (m.end <= to) mentions.push({ ...m, start: m.start - from, end: m.end - from });
  }
  return { text: whole.text.slice(from, to), mentions };
}

/** `n` with its mentions in text order. */
export function byStart(n: Named): Named {
  return { text: n.text, mentions: [...n.mentions].sort((a, b) => a.start - b.start) };
}
