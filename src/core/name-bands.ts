// "the Canadian rock band Rush", "The British pop group Blur" (at a sentence's head too): a
// name right after a word for a band is the band's, a body, even where it is the surname of
// a person the stored articles name ("Stockton Rush") or of a page's person. Discovery types
// every mention of the name so (one name, one type on a page: mention-types), and a stored
// person's name so written is a namesake (page-namesakes). A title keeps a person ("the
// band's manager, Mr. Rush").

const BAND_BEFORE =
  /\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|\p{L}+['’]s)(?:[ \t\u00a0]+[\p{L}-]+){0,3}?[ \t\u00a0]+(?:band|rock group|pop group|punk group|boy band|girl group|quartet|trio)[ \t\u00a0]+$/u;

// "the trio Jones, Smith and Brown were charged", "the quartet Murphy, Fink and Dressel": a
// trio or quartet named by a list is its people, and the first name is one of them.
const PEOPLE_WORD_BEFORE = /(?:trio|quartet)[ \t\u00a0]+$/u;
const LIST_AFTER = /^[ \t\u00a0]*(?:,|&|and\b)/u;

/** Whether the name at `start`..`end` comes right after a word for a band, and is not the
 *  first of a trio's or quartet's listed members. */
export function bandBefore(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (!BAND_BEFORE.test(before)) return false;
  return !(PEOPLE_WORD_BEFORE.test(before) && LIST_AFTER.test(text.slice(end, end + 6)));
}

/** The keys (by `key`) of the mentions' names that the page writes right after a band's word
 *  at least once. */
export function bandNames(text: string, mentions: readonly { start: number; end: number; name: string }[], key: (name: string) => string): Set<string> {
  return new Set(mentions.filter((m) => bandBefore(text, m.start, m.end)).map((m) => key(m.name)));
}
