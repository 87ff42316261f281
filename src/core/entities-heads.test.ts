import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// A name's head word says what it usually names; these are the contexts that say otherwise.
// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a place in a table', () => {
  it('makes "the Eastern Conference" a league, not an event', () => {
    expect(typed('The Knicks fell to third in the Eastern Conference.')).toContainEqual(['Eastern Conference', 'org']);
    expect(typed('The Celtics sit top of the Atlantic Conference.')).toContainEqual(['Atlantic Conference', 'org']);
  });

  it('leaves a placing in a race or a meeting an event', () => {
    expect(typed('She finished third in the Boston Marathon.')).toEqual([['Boston Marathon', 'event']]);
    expect(typed('Leaders met at the Munich Security Conference.')).toEqual([['Munich Security Conference', 'event']]);
  });
});

describe('a ground named for its event', () => {
  it('makes "the Rose Bowl car park" a place', () => {
    expect(typed('Shelters opened, and the Rose Bowl car park was turned into a staging area.')).toEqual([['Rose Bowl', 'place']]);
    expect(typed('Crowds gathered outside the Crystal Bowl turnstiles.')).toEqual([['Crystal Bowl', 'place']]);
  });

  it('leaves the game itself an event', () => {
    expect(typed('The Rose Bowl game was moved to Friday.')).toEqual([['Rose Bowl', 'event']]);
    expect(typed('The Super Bowl parade drew a million fans.')).toEqual([['Super Bowl', 'event']]);
  });
});

describe('an event head word that is a surname', () => {
  it('makes "coach Ryan Day" and "Chris Day, 34," people', () => {
    expect(typed('Ohio State coach Ryan Day said the team was ready.')).toEqual([
      ['Ohio State', 'org'],
      ['Ryan Day', 'person'],
    ]);
    expect(typed('Chris Day, 34, said so.')).toEqual([['Chris Day', 'person']]);
  });

  it('leaves a capitalised title before them outside, at a sentence start too ("Coach Ryan Day said")', () => {
    expect(typed('Coach Ryan Day said the team was ready.')).toEqual([['Ryan Day', 'person']]);
    expect(typed('Later, Governor Chris Fair said so.')).toEqual([['Chris Fair', 'person']]);
    // A common word before the head is the event's own: the page writes it in lower case.
    expect(typed('The General Election Day vote came before the election.')).toEqual([['General Election Day', 'event']]);
  });

  it('leaves the holiday and a speaking event events', () => {
    expect(typed('Crowds gathered on Memorial Day in Boston.')).toEqual([
      ['Memorial Day', 'event'],
      ['Boston', 'place'],
    ]);
    expect(typed('The Munich Security Conference said so.')).toEqual([['Munich Security Conference', 'event']]);
  });
});

describe('a crossing or a yard named as a place', () => {
  it('makes tunnels, causeways and rail yards places ("the Holland Tunnel", "Camden Yards")', () => {
    expect(typed('Drivers were sent through the Holland Tunnel and the Lincoln Tunnel.')).toEqual([
      ['Holland Tunnel', 'place'],
      ['Lincoln Tunnel', 'place'],
    ]);
    expect(typed('A barge struck the Pelican Island Causeway on Wednesday.')).toEqual([['Pelican Island Causeway', 'place']]);
    expect(typed('The team won its opener at Camden Yards.')).toEqual([['Camden Yards', 'place']]);
    expect(typed('Developers finished Hudson Yards in 2019.')).toEqual([['Hudson Yards', 'place']]);
  });

  it('leaves a person and a body with those words as they were', () => {
    expect(typed('Jack Tunnel said he would run for the seat.')).toEqual([['Jack Tunnel', 'person']]);
    expect(typed('The Causeway Group said it would bid for the contract.')).toEqual([['Causeway Group', 'org']]);
    expect(typed('The Channel Tunnel Rail Link opened in 2007.')).not.toContainEqual(['Channel Tunnel', 'org']);
  });

  it('makes a channel named for a place the page knows a waterway ("GALVESTON, Texas — … the Galveston Channel")', () => {
    expect(typed('GALVESTON, Texas — Crews closed a stretch of the Galveston Channel to ships.')).toContainEqual(['Galveston Channel', 'place']);
  });

  it('leaves a broadcaster’s channel a body', () => {
    expect(typed('The History Channel said it would air the film.')).toEqual([['History Channel', 'org']]);
    expect(typed('CHICAGO — The Chicago Sports Channel said it would air the game.')).toContainEqual(['Chicago Sports Channel', 'org']);
  });
});

describe('a named offensive', () => {
  it('is an event, as a war or an uprising is ("the Tet Offensive")', () => {
    expect(typed('Historians still argue over the Brusilov Offensive of 1916.')).toEqual([['Brusilov Offensive', 'event']]);
  });
});
