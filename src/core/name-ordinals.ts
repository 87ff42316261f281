// "First Republic Bank had lost …": an ordinal opens a sentence ("First, the bank …", "Second
// came the run") and is no name's, except where a run of three words or more, none a connector,
// ends in a body's head: then the ordinal is the body's own first word ("First Republic Bank",
// "First National Bank", "Second Harvest Food Bank"). Two words stay open to both readings
// ("First Republic said"), as "First Lady" is a title; so does a known word or a demonym after
// the ordinal ("First Ohio State scored, then …", "First European Central Bank officials …").

import { ORG_HEADS } from './entity-cues';

const ORDINALS = new Set(['First', 'Second', 'Third']);

/** Whether a run's ordinal first word is the first word of the body's name it opens. */
export function ordinalOpensBody(run: readonly { text: string; connector: boolean }[], isKnown: (word: string) => boolean): boolean {
  const last = run[run.length - 1]?.text ?? '';
  return run.length > 2 && ORDINALS.has(run[0]?.text ?? '') && ORG_HEADS.has(last) && run.every((p) => !p.connector) &&
    !isKnown(run[1]?.text ?? '');
}
