// The least of a figure's paragraph the page report must keep for the popup to judge the
// figure as its hover card does. The card is sent the text before the figure in its
// paragraph, where the figure's owner is looked for when its own sentence names none; kept
// whole for every figure of a long report that would run to megabytes, so only the
// sentences the owner is read from are kept, and nothing where they change nothing.
import { pageOwnerMarks } from './facts';
import { splitSentences } from './segment';
import type { Quantity } from './types';

/** What of `earlier` (paragraphBefore) judges figure `q` of `sentence` as the whole of it
 *  does: its shortest tail of sentences giving the same owner marks (all of the measure that
 *  it moves), or undefined when `before` alone (what a report without it falls back on) does
 *  as well. */
export function ownerContext(q: Quantity, sentence: string, before: string, earlier: string): string | undefined {
  if (earlier === '' || earlier === before) return undefined;
  const key = (context: string): string => pageOwnerMarks(q, sentence, context).join('\u0000');
  const whole = key(earlier);
  if (key(before) === whole) return undefined;
  const starts = splitSentences(earlier).map((s) => s.start);
  for (let i = starts.length - 1; i > 0; i--) {
    const tail = earlier.slice(starts[i]);
    if (key(tail) === whole) return tail;
  }
  return earlier;
}
