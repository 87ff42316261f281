import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a meeting named with capitals and a number', () => {
  it('is an event before a summit, talks or a conference ("the COP29 climate talks", "the G20 summit")', () => {
    expect(typed('Delegates at the COP29 climate talks agreed on a goal.')).toEqual([['COP29', 'event']]);
    expect(typed('Leaders met at the G20 summit in the autumn.')).toEqual([['G20', 'event']]);
  });

  it('is an event set off by commas after such a noun ("the talks, COP30, will")', () => {
    expect(typed('The next talks, COP30, will be held in the north.')).toEqual([['COP30', 'event']]);
    expect(typed('The climate summit, COP28, opened on a Thursday.')).toEqual([['COP28', 'event']]);
  });

  it('leaves models, hyphenated names and other nouns alone ("A350 jets", "F-35 talks", "M25 works")', () => {
    expect(typed('The airline flies its A350 jets on the route.')).toEqual([]);
    expect(typed('The F-35 talks dragged on for a year.')).toEqual([]);
    expect(typed('Traffic slowed on the M25 works near the bridge.')).toEqual([]);
    expect(typed('The talks, which began in May, ended late.')).toEqual([]);
  });

  it('leaves business periods, nouns the meeting word describes and a climbed summit alone ("Q4 earnings conference", "conference call", "reached the K2 summit")', () => {
    expect(typed('The firm held its Q4 earnings conference on Tuesday.')).toEqual([]);
    expect(typed('The MP3 conference call lasted an hour.')).toEqual([]);
    expect(typed('He scored twice in the U21 conference finals.')).toEqual([]);
    expect(typed('Two climbers reached the K2 summit on Tuesday.')).toEqual([]);
    expect(typed('The climbers waited on the K2 summit ridge.')).toEqual([]);
  });
});
