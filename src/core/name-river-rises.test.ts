import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { riverVote } from './name-river-rises';

// Every sentence is written for this test; the rivers' names are made up.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name that rises by a height, floods or has tributaries', () => {
  it('is a place, a river', () => {
    expect(typed('Overnight the Orvel rose by more than 4 metres and swept cars away.')).toEqual([['Orvel', 'place']]);
    expect(typed('The Orvel, which rose by about 3 metres, cut the town in two.')).toEqual([['Orvel', 'place']]);
    expect(typed('Nobody slept on the night the Orvel flooded in March.')).toEqual([['Orvel', 'place']]);
    expect(typed('Rain fell on the Orvel’s tributaries for two days.')).toEqual([['Orvel', 'place']]);
    expect(typed('The water level of the Orvel fell again on Friday.')).toEqual([['Orvel', 'place']]);
    expect(typed('Frost hit the vineyards along the Orvel last spring.')).toEqual([['Orvel', 'place']]);
  });

  it('leaves an index that rises by points and a firm that floods a market as they were', () => {
    expect(typed('Shares said the Brovex rose by 300 points on Monday.')).toEqual(typed('Shares said the Brovex fell on Monday.'));
    expect(riverVote('', ' rose by 300 points')).toBe(0);
    expect(riverVote('', ' flooded the market with cheap phones')).toBe(0);
    expect(riverVote('', ' rose by 2 metres')).toBe(3);
    expect(riverVote('', ' flooded in July')).toBe(3);
    expect(riverVote('the level of the ', '')).toBe(0);
  });

  it('leaves a preposition\'s object before "flooded in" as it was: tributes to a person', () => {
    expect(typed('Tributes to Hallett flooded in after the news.')).toEqual(typed('Tributes to Hallett poured in after the news.'));
    expect(riverVote('Tributes to ', ' flooded in after the news')).toBe(0);
    expect(riverVote('Messages for the ', ' flooded in')).toBe(0);
  });
});
