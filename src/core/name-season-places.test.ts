import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a season’s word before a place’s head word', () => {
  it('opens the place’s name ("GM’s plant in Spring Hill", "the Summer Palace")', () => {
    expect(typed('The union called out the plant in Spring Hill, Tennessee.')).toEqual([
      ['Spring Hill', 'place'],
      ['Tennessee', 'place'],
    ]);
    expect(typed('Tourists crowded the Summer Palace on Monday.')).toEqual([['Summer Palace', 'place']]);
  });

  it('is the calendar’s elsewhere ("in Spring", "Summer talks")', () => {
    expect(typed('Talks resumed in Spring after the break.')).toEqual([]);
  });
});

describe('a feast’s word before a place’s head word', () => {
  it('opens the place’s name ("Christmas Island", "Easter Island")', () => {
    expect(typed('Flights to Christmas Island resumed on Monday.')).toEqual([['Christmas Island', 'place']]);
    expect(typed('Tourists flew to Easter Island in March.')).toEqual([['Easter Island', 'place']]);
  });

  it('must not change: the feast alone, and its own days ("Christmas Day", "Christmas Eve")', () => {
    expect(typed('Shops closed for Christmas in Bethlehem.')).toEqual([['Bethlehem', 'place']]);
    expect(typed('Christmas Day was quiet in the city.')).toEqual([['Christmas Day', 'event']]);
    expect(typed('By Christmas Parliament will vote on the bill.')).toEqual([['Parliament', 'org']]);
  });
});
