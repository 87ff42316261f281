// A particle elided before a vowel, glued to the capitalised word it joins: French "d'" and
// "l'", Italian "dell'", "dall'", "nell'" ("Rue d'Arcole", "Valéry Giscard d'Estaing", "Via
// dell'Abbondanza"). The token opens in lower case, so on its own it would end the name; it
// continues one, as "de" does, but never opens one ("the wines d'Alsace" stays out).

const ELIDED = /^(?:d|l|dell|dall|nell|sull)['’]\p{Lu}\p{Ll}/u;

/** Whether `word` is an elided particle glued to a capitalised word ("d'Arcole"). */
export function isElidedParticle(word: string): boolean {
  return ELIDED.test(word);
}
