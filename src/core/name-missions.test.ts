import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a mission named with a number after a hyphen', () => {
  it('is an event before a crew or mission noun ("the Crew-10 astronauts")', () => {
    expect(typed('The Crew-10 astronauts are due to splash down next week.')).toEqual([['Crew-10', 'event']]);
    expect(typed('They flew on the Polaris-2 mission in March.')).toEqual([['Polaris-2', 'event']]);
  });

  it('leaves other hyphenated numbers alone ("Covid-19 patients", "a Crew-10 delay")', () => {
    expect(typed('Covid-19 patients filled the wards.')).toEqual([]);
    expect(typed('The Crew-10 delay cost a week.')).toEqual([]);
  });
});
