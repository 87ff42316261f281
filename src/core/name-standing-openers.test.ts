import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a word of standing (Royal, Federal …) before one word with no head', () => {
  it('gives way to a place’s cues where the name modifies nothing ("in Federal Way", "Royal Oak, a suburb")', () => {
    expect(typed('The plant in Federal Way will close.')).toEqual([['Federal Way', 'place']]);
    expect(typed('She lives in Royal Oak, a suburb of Detroit.')).toEqual([
      ['Royal Oak', 'place'],
      ['Detroit', 'place'],
    ]);
  });

  it('gives way to a person’s own cues, an age or a title ("Royal Robbins, 82,")', () => {
    expect(typed('Royal Robbins, 82, climbed the face again.')).toEqual([['Royal Robbins', 'person']]);
  });

  it('stays a body’s where a speech verb, a possessive or a noun after it says no more', () => {
    expect(typed('Royal Caribbean said bookings rose.')).toEqual([['Royal Caribbean', 'org']]);
    expect(typed('He flew to Federal Express headquarters.')).toEqual([['Federal Express', 'org']]);
    expect(typed("She worked in Standard Chartered's London office.")).toEqual([
      ['Standard Chartered', 'org'],
      ['London', 'place'],
    ]);
    expect(typed('He wore a Royal Robbins jacket on the climb.')).toEqual([['Royal Robbins', 'org']]);
    expect(typed('He banked with Standard Chartered in Hong Kong.')).toEqual([
      ['Standard Chartered', 'org'],
      ['Hong Kong', 'place'],
    ]);
  });
});
