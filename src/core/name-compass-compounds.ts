// "the North-East Atlantic", "the Southwest Pacific": a compass point of two ("North-East",
// "Northeast") before a known place is a word of that place's name, as "North" is of "North
// Atlantic" and "Southern" of "Southern California" (mention-place-forms.ts). The lexicon
// knows "North-East" as a region of its own, so the run is not split into two known names
// there (entities.ts), and the whole is typed a place.

const COMPOUND = /^(?:North|South)[-‑]?(?:[Ee]ast|[Ww]est)$/u;

/** Whether a word is a compass point of two: "North-East", "Southwest". */
export function isCompassCompound(word: string): boolean {
  return COMPOUND.test(word);
}

/** Whether a name is a compass point of two before a known place: "North-East Atlantic". */
export function compassCompoundPlace(words: readonly string[], isPlace: (name: string) => boolean): boolean {
  return words.length > 1 && isCompassCompound(words[0] ?? '') && isPlace(words.slice(1).join(' '));
}
