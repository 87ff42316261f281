// "through the Holland Tunnel", "struck the Pelican Island Causeway", "at Camden Yards": a
// crossing or a yard named as a place. Kept out of the place heads (entity-cues PLACE_HEADS),
// which decide a name's type before its context: these words are also, rarely, surnames
// ("Jack Tunnel said he"), so a person's or a body's clear votes still outweigh them.

const CROSSING_HEADS = new Set(['Tunnel', 'Tunnels', 'Causeway', 'Yards']);

/** Whether a name of two words or more ends in a crossing's or a yard's word. */
export function crossingHead(words: readonly string[]): boolean {
  return words.length >= 2 && CROSSING_HEADS.has(words[words.length - 1] ?? '');
}
