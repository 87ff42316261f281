// Where a page's lead ends, for the gate's actor named once (topic-gate.ts). A stored actor named
// once counts as what a page with no subject of its own is about only where the page puts it
// first: in the headline or the text's first two sentences, as a brief's lead does ("regulators
// closed Silicon Valley Bank", "the National Weather Service issued a red flag warning"). Named
// later it is a voice or an example in passing: a teachers' strike that ends "Shawn Fain sent a
// message of support", a crypto exchange's run that ends with a quote from Janet Yellen.
import { splitSentences } from './segment';

/** The sentences of the text that make its lead: every brief the once-named-actor rule won
 *  back named its actor in the headline or these two; later, an actor is a voice or an example. */
const LEAD_SENTENCES = 2;

/** The offset in `text` where its lead ends. A page's visible text repeats its headline on the
 *  line above the text, and a line that is the headline is no sentence of the lead. */
export function leadEnd(title: string, text: string): number {
  const headline = title.trim().toLowerCase();
  let left = LEAD_SENTENCES;
  for (const s of splitSentences(text)) {
    if (headline !== '' && s.text.toLowerCase() === headline) continue;
    if (--left === 0) return s.end;
  }
  return text.length;
}
