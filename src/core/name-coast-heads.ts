// "Cape of Good Hope", "Isle of Man", "Strait of Hormuz": a cape, an isle or a strait named
// "of" a place is a place by its head (entity-cues PLACE_HEADS). As a name's last word it is
// also a surname ("George Strait sang", "Judge Tom Cape ruled", "Ms. Cape said"), so there it
// weighs as a mountain's feature does ("the Taiwan Strait", "the Bass Strait": name-landforms):
// a person's or a body's clear votes outweigh it.

const COAST_HEADS = new Set(['Cape', 'Isle', 'Strait', 'Straits']);

/** Whether a name of two words or more ends in a cape's, an isle's or a strait's word. */
export function endsInCoastHead(words: readonly string[]): boolean {
  return words.length > 1 && COAST_HEADS.has(words[words.length - 1] ?? '');
}
