// "Fagradalsfjall", "Njarðvík", "Eyjafjallajökull", "Gullfoss", "Hafnarfjörður": Icelandic
// (and Faroese) place names are compounds ending in a landform's own noun, "mountain",
// "bay", "glacier", "waterfall", "fjord", as "Ben Nevis" or "Morecambe Bay" say theirs in
// words. A single name so ending is a place the lexicon does not list. Only nouns no English
// name ends in ("-nes" of "Barnes", "-ey" of "Casey" are left out), after a stem of 3 letters.

const ENDINGS = /^\p{Lu}\p{L}{3,}(?:fjall|fjöll|jökull|fjörður|fjordur|vík|foss|hraun|heiði|dalur|vatn|eyjar)$/u;

/** Whether a one-word name is an Icelandic compound ending in a landform's noun. */
export function nordicPlaceWord(words: readonly string[]): boolean {
  return words.length === 1 && ENDINGS.test(words[0] ?? '');
}
