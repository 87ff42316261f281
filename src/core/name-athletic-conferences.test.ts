import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { athleticConference } from './name-athletic-conferences';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a conference of college sides', () => {
  it('is a league, a body', () => {
    expect(typed('The Owls earned their first American Athletic Conference win of the season.')).toContainEqual([
      'American Athletic Conference',
      'org',
    ]);
    expect(athleticConference(['Southeastern', 'Conference'], ' title game on Saturday')).toBe('org');
  });

  it('leaves a meeting called a conference an event', () => {
    expect(typed('Leaders met at the Munich Security Conference on Friday.')).toEqual([['Munich Security Conference', 'event']]);
    expect(athleticConference(['Munich', 'Security', 'Conference'], ' on Friday.')).toBeNull();
    expect(athleticConference(['Conference'], ' win')).toBeNull();
  });
});
