// An acronym on a page keeps its own name where it spells another name the page writes
// (mention-types.ts): asked of every name for every acronym, that was acronyms × names. With
// 8× the paragraphs, each a body and its acronym, the work must grow about 8× (8.1×), not
// 64× (12.7× before spelledBy). Counted (tests/support/work-count.ts, imported before the
// code), not timed.
import { describe, expect, it } from 'vitest';
import { workGrowth } from '../../tests/support/work-count';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const LETTERS = 'BCDFGHKLMNPRSTVWZ';
/** A made-up body's name, distinct initials for each i under 289. */
const body = (i: number): string[] => [`${LETTERS[i % 17]}orvex`, `${LETTERS[Math.floor(i / 17) % 17]}alden`, 'Partners'];
const page = (n: number): string =>
  Array.from({ length: n }, (_, i) => `${body(i).join(' ')} said on Monday it would hire 200 staff. ${body(i).map((w) => w[0]).join('')} said it was pleased with the results.`).join('\n\n');

describe('mention types: work', () => {
  it('sets each acronym against the names it may spell in work linear in the page', () => {
    const find = (text: string): unknown => findEntities(text, lexicon);
    // The acronyms are read as bodies: the guard would hold of a page with none.
    expect(findEntities(page(2), lexicon).filter((m) => m.type === 'org').map((m) => m.text)).toEqual(['Borvex Balden Partners', 'BBP', 'Corvex Balden Partners', 'CBP']);
    expect(workGrowth(find, page(30), page(240))).toBeLessThan(10);
  }, 120_000); // a hang guard only: counting makes the code run slower than it does
});
