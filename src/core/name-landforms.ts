// "below the Hillary Step", "across the Khumbu Icefall", "up the Norton Couloir": a mountain's
// features named as places, a coast's point ("a scrapyard at Sparrows Point") and, as a
// name's last word, a cape, an isle or a strait ("the Taiwan Strait": name-coast-heads.ts). Their last words are also common nouns that name bodies and
// schemes ("the charity Next Step said it"), so they weigh less than a place's head word
// (entity-cues PLACE_HEADS): a body's clear votes outweigh them.

import { ORG_NOUNS } from './entity-cues';
import { endsInCoastHead } from './name-coast-heads';

const LANDFORM_HEADS = new Set(['Step', 'Icefall', 'Couloir', 'Point']);
// A body's or a scheme's noun right after the name, which the name then qualifies: "the Next
// Step charity", "the Twelve Step program" are no mountain's.
const SCHEME_NOUNS = new Set(['program', 'programs', 'programme', 'programmes', 'scheme', 'project', 'initiative', 'plan', 'campaign', 'method', 'model', 'approach']);
const WORD_AFTER = /^[ \t\u00a0]+(\p{Ll}+)/u;

/** Whether a name of two words or more ends in a mountain feature's word, `after` being the
 *  text right after it. */
export function landformHead(words: readonly string[], after: string): boolean {
  if (words.length < 2 || !(LANDFORM_HEADS.has(words[words.length - 1] ?? '') || endsInCoastHead(words))) return false;
  const next = WORD_AFTER.exec(after)?.[1] ?? '';
  return !ORG_NOUNS.has(next) && !SCHEME_NOUNS.has(next);
}
