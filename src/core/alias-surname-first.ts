// A person named surname first, as Chinese, Korean and Vietnamese names are: "Hui Ka Yan" is
// "Hui" after, "Tran Van Binh" is "Tran". The lone word is the first of
// the full name, not its last. A lone given name of a name written given name first is the
// same person too where news writes one ("Zhang Li … Zhang said"). Used by aliases.ts after
// the last-word rule, so a lone word that ends a name is that name's surname first.

import { foldAccents } from './fold-accents';

/** Whether `word` is the first word of the person's `name` of two words or more. */
export function isFirstWordOf(word: string, name: string): boolean {
  const words = name.split(' ');
  return words.length > 1 && !word.includes(' ') && foldAccents(words[0] ?? '') === foldAccents(word);
}
