// Whether one name is a short form of another, pair by pair: an acronym, a surname, a clipped
// word. Shared by aliases.ts (which adds that exactly one longer name must fit) and
// figure-institutions.ts (whose figure it is).

import { ACRONYM, initialsForms } from './acronym-match';
import { GENERIC_HEADS } from './entity-cues';
import { foldAccents } from './fold-accents';

export const CLIP_MIN = 3;

/** An acronym of `name`, by its initials: "ECB", "European Central Bank"; "CDC", "Centers for
 *  Disease Control and Prevention" (initialsForms). */
export function isInitialsOf(acronym: string, name: string): boolean {
  return ACRONYM.test(acronym) && initialsForms(name).includes(acronym);
}

/** isInitialsOf against many names at once: the acronyms any of `names` spells, each name's
 *  initials read once. Asked per name (a page's every acronym against its every name), it
 *  was acronyms × names. */
export function spelledBy(names: Iterable<string>): (acronym: string) => boolean {
  const spelled = new Set<string>();
  for (const name of names) for (const form of initialsForms(name)) spelled.add(form);
  return (acronym) => ACRONYM.test(acronym) && spelled.has(acronym);
}

/** "Africa CDC": a word and an acronym of the rest of a longer name that opens with that word
 *  ("Africa Centres for Disease Control and Prevention"). */
export function isWordAndInitialsOf(short: string, name: string): boolean {
  const [word, acronym, ...more] = short.split(' ');
  if (word === undefined || acronym === undefined || more.length > 0 || !name.startsWith(`${word} `)) return false;
  return isInitialsOf(acronym, name.slice(word.length + 1));
}

/** A surname or generic head: the last word of a longer name ("Powell", "Jerome Powell"),
 *  before a generational suffix ("Kennedy", "Robert F. Kennedy Jr."), accents aside
 *  ("Erdogan", "Recep Tayyip Erdoğan"). */
export function isLastWordOf(word: string, name: string): boolean {
  const words = withoutSuffix(name.split(' '));
  return words.length > 1 && foldAccents(words[words.length - 1] ?? '') === foldAccents(word);
}

const NAME_SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

function withoutSuffix(words: string[]): string[] {
  return words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1] ?? '') ? words.slice(0, -1) : words;
}

// Not lastWord (last-word.ts) on purpose: a store's "Robert F. Kennedy Jr." pairs with "Kennedy".
/** A person's surname: the last word of the name, a "Jr." or "III" left off. */
export function surnameOf(name: string): string {
  const words = withoutSuffix(name.split(' '));
  return words[words.length - 1] ?? '';
}

/** A clipped organisation name: the start of the longer name's first word ("Fed", "Federal
 *  Reserve"), with at least two letters cut off, so "Reserve" is not read as a clip of
 *  "Reserves Bank"; a generic head alone ("Bank", "Union") is any such body, never a clip. */
export function isClipOf(short: string, name: string): boolean {
  if (short.length < CLIP_MIN || short.includes(' ') || GENERIC_HEADS.has(short)) return false;
  const first = name.split(' ')[0] ?? '';
  return name.includes(' ') && first.length >= short.length + 2 && first.startsWith(short);
}
