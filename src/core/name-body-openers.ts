// Words that open a sentence and are no name's there ("First, the bank …", "The bank said")
// but are the first word of a body's name they open:
// - an ordinal before a run of three words or more, none a connector, that ends in a body's
//   head ("First Republic Bank had lost …", "Second Harvest Food Bank"). Two words stay open
//   to both readings ("First Republic said"), as "First Lady" is a title; so does a known word
//   or a demonym after the ordinal ("First Ohio State scored, then …").
// - a body's or a place's head before "of" and a name ("Bank of America said …" where the page
//   writes "the bank" too, "Gulf of Mexico"): a sentence opening with that noun and "of" a name
//   opens with the name.
// - a word before "League" and a third word, a league of a sport or a rank ("Major League
//   Baseball has let …" where the page writes "a major league" too, "Major League Soccer");
//   "League" and one word stay open ("Ivy League schools").
// - the Irish article "An" before a word English's "an" cannot go before, one opening with a
//   consonant that is not "h" ("An Garda Síochána said", "An Post", "An Bord Pleanála"); the
//   English article goes before a vowel's sound ("An Israeli official", "An hour", "An MP").

import { ORG_HEADS, PLACE_HEADS } from './entity-cues';

const ORDINALS = new Set(['First', 'Second', 'Third']);
type RunPiece = { text: string; connector: boolean };

function ordinalOpensBody(run: readonly RunPiece[], isKnown: (word: string) => boolean): boolean {
  const last = run[run.length - 1]?.text ?? '';
  return run.length > 2 && ORDINALS.has(run[0]?.text ?? '') && ORG_HEADS.has(last) && run.every((p) => !p.connector) &&
    !isKnown(run[1]?.text ?? '');
}

function headOfOpensBody(run: readonly RunPiece[]): boolean {
  const head = run[0]?.text ?? '';
  return run.length > 2 && (ORG_HEADS.has(head) || PLACE_HEADS.has(head)) && run[1]?.connector === true && run[1]?.text === 'of' && run[2]?.connector === false;
}

// A capitalised word opening with a consonant other than "h", in lower case after it: no
// acronym, which may be read with a vowel's sound ("an NBA star").
const CONSONANT_WORD = /^[BCDFGJKLMNPQRSTVWXZ]\p{Ll}/u;

function irishArticle(run: readonly RunPiece[]): boolean {
  return run.length > 1 && run[0]?.text === 'An' && run[1]?.connector === false && CONSONANT_WORD.test(run[1]?.text ?? '');
}

function leagueOpensBody(run: readonly RunPiece[]): boolean {
  return run.length > 2 && run[1]?.text === 'League' && run.every((p) => !p.connector);
}

/** Whether a run's opening word is the first word of the body's name it opens. */
export function openerOpensBody(run: readonly RunPiece[], isKnown: (word: string) => boolean): boolean {
  return ordinalOpensBody(run, isKnown) || headOfOpensBody(run) || irishArticle(run) || leagueOpensBody(run);
}
