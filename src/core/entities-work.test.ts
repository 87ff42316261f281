// Not a speed goal (npm run bench has those): an 8× longer page must take about 8× the work,
// not 64× (quadratic). Counted (tests/support/work-count.ts, imported before the code), not
// timed, so no load on the machine moves the ratio.
import { describe, expect, it } from 'vitest';
import { workGrowth } from '../../tests/support/work-count';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const find = (text: string): unknown => findEntities(text, lexicon);

// Wire-style paragraphs with people, places, organisations, titles, quotes and figures.
const STORY = [
  'Finance Minister Rachel Reeves told the House of Commons on Wednesday that the Office for Budget Responsibility expects growth of 1.1% this year.',
  '“We will not raise taxes on working people,” she said in London, as Labour MPs and the Confederation of British Industry welcomed the plan.',
  'In Brussels, European Commission President Ursula von der Leyen met Prime Minister Mark Carney of Canada ahead of the G7 summit in Kananaskis, Alberta.',
  'The World Health Organization said 1,200 people had been treated in Port-au-Prince, Haiti, where the UN mission has asked for $45 million in aid.',
].join(' ');

describe('findEntities: work', () => {
  it("finds names in work linear in the page's length", () => {
    const pages = (n: number): string => `${STORY}\n`.repeat(n);
    expect(workGrowth(find, pages(2), pages(16))).toBeLessThan(12);
  }, 60_000); // a hang guard only: counting makes the code run slower than it does
});
