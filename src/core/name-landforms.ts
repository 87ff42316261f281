// "below the Hillary Step", "across the Khumbu Icefall", "up the Norton Couloir": a mountain's
// features named as places. Their last words are also common nouns that name bodies and
// schemes ("the charity Next Step said it"), so they weigh less than a place's head word
// (entity-cues PLACE_HEADS): a body's clear votes outweigh them.

const LANDFORM_HEADS = new Set(['Step', 'Icefall', 'Couloir']);

/** Whether a name of two words or more ends in a mountain feature's word. */
export function landformHead(words: readonly string[]): boolean {
  return words.length > 1 && LANDFORM_HEADS.has(words[words.length - 1] ?? '');
}
