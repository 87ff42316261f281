// An organisation's short form by its leading words, where the page names it in full.

import { EPONYM_HEADS, ORG_HEADS } from './entity-cues';
import type { Accepted } from './mention-types';
import type { EntityType } from './types';

// "Cascade Ridge Bancorp … Cascade Ridge expects": the leading words of an organisation's
// longer name the page writes are its short form, where the context's votes do not decide
// ("Sahra Wagenknecht said she …" stays a person; a title before them makes one); a
// name ending in its own head is a name of its own ("Silicon Valley Bank" beside "… UK"),
// and a body named after someone leaves the name theirs ("Walt Disney Company … Walt Disney").
const eponymOf = (a: Accepted, b: Accepted): boolean => b.words.slice(a.words.length).every((w) => EPONYM_HEADS.has(w));

/** The longer organisation's name `a` opens, typed by `typeOf`, if any. */
export const leadingOrg = (a: Accepted, accepted: Accepted[], typeOf: (b: Accepted) => EntityType): Accepted | undefined =>
  a.words.length < 2 || a.cand.titled || ORG_HEADS.has(a.words[a.words.length - 1] ?? '')
    ? undefined
    : accepted.find(
        (b) => b.words.length > a.words.length && a.words.every((w, i) => b.words[i] === w) && !eponymOf(a, b) && typeOf(b) === 'org',
      );
