import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a cape, an isle or a strait as a name’s last word', () => {
  it('is a person’s surname where a person’s cues say so, title outside the name', () => {
    expect(typed('Rebecca Cape said on Monday she would appeal.')).toEqual([['Rebecca Cape', 'person']]);
    expect(typed('Judge Tom Isle ruled the case closed.')).toEqual([['Tom Isle', 'person']]);
    expect(typed('Coach Bill Isle said the team was tired.')).toEqual([['Bill Isle', 'person']]);
    expect(typed('Ms. Cape said she would appeal.')).toEqual([['Ms. Cape', 'person']]);
    expect(typed('Jordan Strait scored twice for the home side.')).toEqual([['Jordan Strait', 'person']]);
  });

  it('leaves the places as they were, "of" a place or last after "the"', () => {
    expect(typed('Ships crossed the Taiwan Strait on Monday.')).toEqual([['Taiwan Strait', 'place']]);
    expect(typed('Ferries crossed the Bass Strait on Monday.')).toEqual([['Bass Strait', 'place']]);
    expect(typed('Ships went around the Cape of Good Hope, a detour of weeks.')).toEqual([['Cape of Good Hope', 'place']]);
    expect(typed('Ferries to the Isle of Man resumed.')).toEqual([['Isle of Man', 'place']]);
    expect(typed('Tankers avoid the Strait of Hormuz, officials said.')).toEqual([['Strait of Hormuz', 'place']]);
    expect(typed('Floods hit the Eastern Cape on Monday.')).toEqual([['Eastern Cape', 'place']]);
    expect(typed('The Straits Times said the vote was close.')).toEqual([['Straits Times', 'org']]);
  });
});
