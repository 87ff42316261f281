// The one rule for using something an earlier worker kept in the store (an article's findings,
// its words in the Library search's text index) instead of reading the article again: it was
// written by this release (build tag), found with the lexicon in use where the lexicon shapes
// it, and from the article's text as it is now (its hash). The findings cache and the search's
// text index both ask here, so the two cannot come to disagree on what is still good.

/** What a kept entry was made under. `lexiconKey` only where the lexicon shapes the entry
 *  (the findings; the search's words do not depend on it). */
export interface KeptStamp {
  tag: string;
  lexiconKey?: string;
  hash: string;
}

/** What it must match now; `hash` undefined when the article is no longer stored. */
export interface CurrentStamp {
  tag: string;
  lexiconKey?: string;
  hash: string | undefined;
}

/** The half of the rule that needs no article: made by this release, with this lexicon.
 *  For a whole cache at once (an entry failing it is no good for any text of its article);
 *  the article's text is checked by keptEntryValid where its hash is at hand. */
export function keptUnder(kept: Omit<KeptStamp, 'hash'>, now: Omit<CurrentStamp, 'hash'>): boolean {
  return kept.tag === now.tag && kept.lexiconKey === now.lexiconKey;
}

/** True when `kept` may stand for the article now; false (nothing kept, another release,
 *  another lexicon, other text, an article gone) means read the article again. */
export function keptEntryValid<K extends KeptStamp>(kept: K | undefined, now: CurrentStamp): kept is K {
  return kept !== undefined && now.hash !== undefined && kept.hash === now.hash && keptUnder(kept, now);
}
