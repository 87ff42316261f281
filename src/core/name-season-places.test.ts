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
