// "through the Holland Tunnel", "struck the Pelican Island Causeway", "at Camden Yards", "the
// Galveston Channel": a crossing, a yard or a waterway named as a place. Kept out of the place
// heads (entity-cues PLACE_HEADS), which decide a name's type before its context: these words
// are also, rarely, surnames ("Jack Tunnel said he"), so a person's or a body's clear votes
// still outweigh them.

const CROSSING_HEADS = new Set(['Tunnel', 'Tunnels', 'Causeway', 'Yards']);

/** Whether a name of two words or more ends in a crossing's or a yard's word, or in
 *  "Channel" after a known place (a waterway: "the Galveston Channel", "the Bristol Channel";
 *  a broadcaster's is named for no place: "the History Channel", "Fox News Channel"). */
export function crossingHead(words: readonly string[], isPlace: (name: string) => boolean): boolean {
  if (words.length < 2) return false;
  const head = words[words.length - 1] ?? '';
  return CROSSING_HEADS.has(head) || (head === 'Channel' && isPlace(words.slice(0, -1).join(' ')));
}
