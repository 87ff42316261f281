// German towns by their form. A lone unknown word defaults to a body, and "The institute in
// Bodenheim said it", "the chemical site at Ludwigshafen, said it" vote for one, yet a word
// ending in a German place-name suffix (-stadt, -hafen, -heim, -dorf, -hausen, -furt, -burg,
// -ingen) is a town far more often than a firm: one vote-weight for a place per mention, so a
// club's "Wolfsburg beat Bayern" can still outvote it. -berg and -bach are left out: surnames
// ("Ortberg", "Auerbach"). "Bad" before such a word, or a hyphenated or umlauted one, is a spa
// town's title ("Bad Bodendorf", "Bad Neuenahr-Ahrweiler"), never a given name.

const TOWN_SUFFIX = /^\p{Lu}\p{Ll}{2,}(?:stadt|hafen|heim|dorf|hausen|furt|burg|ingen)$/u;
const GERMAN_SHAPED = /[äöüß-]|(?:stadt|hafen|heim|dorf|hausen|furt|burg|ingen)$/u;

/** Place votes for a one-word name ending in a German place-name suffix. */
export function germanTownVote(name: string): number {
  return TOWN_SUFFIX.test(name) ? 3 : 0;
}

/** Whether the words are "Bad" and a German-shaped town name: a spa town. */
export function isGermanSpaTown(words: readonly string[]): boolean {
  return words.length === 2 && words[0] === 'Bad' && GERMAN_SHAPED.test(words[1] ?? '');
}
