import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { kindAppositiveVote } from './name-kind-appositives';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a name after "the" and a kind of body', () => {
  it('is that body, though a speech verb follows it', () => {
    expect(typed('Prices rose, the trading firm Hoshino Bussan said.')).toEqual([['Hoshino Bussan', 'org']]);
    expect(typed('The carmaker Soren Vask said output fell.')).toEqual([['Soren Vask', 'org']]);
  });

  it('leaves a person after a role, a possessive or a noun for no body', () => {
    expect(typed('Shares fell, the company founder Hoshino Kenji said.')).toEqual([['Hoshino Kenji', 'person']]);
    expect(typed("The firm's chief, Hoshino Kenji, said it.")).toEqual([['Hoshino Kenji', 'person']]);
    expect(typed('Prices rose, the economist Hoshino Kenji said.')).toEqual([['Hoshino Kenji', 'person']]);
  });

  it('is that body with a place\'s adjective or a name before the noun ("the South Korean carmaker Hyundai said")', () => {
    expect(typed('The Korean carmaker Soren Vask said output fell.')).toEqual([['Soren Vask', 'org']]);
    expect(typed('The Dutch lender Hoshino Bussan said profit rose.')).toEqual([['Hoshino Bussan', 'org']]);
    expect(kindAppositiveVote('The U.S. lender ', ' said.')).toBe(3);
    expect(kindAppositiveVote('The Wall Street bank ', ' said.')).toBe(3);
  });

  it('must not change: a person after a place\'s adjective and a role, or after a body\'s name and a role', () => {
    expect(typed('The Dutch economist Hoshino Kenji said prices rose.')).toEqual([['Hoshino Kenji', 'person']]);
    expect(typed('Prices rose, the Tesla founder Hoshino Kenji said.')).toEqual([['Tesla', 'org'], ['Hoshino Kenji', 'person']]);
    expect(kindAppositiveVote('She left the Dutch company ', ' founded in 2002.')).toBe(0);
  });

  it('gives no vote where the name opens a clause of its own', () => {
    expect(kindAppositiveVote('He sold the company ', ' founded in 2002.')).toBe(0);
    expect(kindAppositiveVote('She joined the bank ', ' ran for a decade.')).toBe(0);
    expect(kindAppositiveVote('Prices rose, the trading firm ', ' said.')).toBe(3);
    expect(kindAppositiveVote('the ', ' said.')).toBe(0);
  });

  it('is that body after a carrier\'s line ("the Dutch shipping line Maersk said"), not after another line', () => {
    expect(typed('The Dutch shipping line Soren Vask said rates rose.')).toEqual([['Soren Vask', 'org']]);
    expect(typed('The cruise line Soren Vask said bookings rose.')).toEqual([['Soren Vask', 'org']]);
    expect(kindAppositiveVote('The container line ', ' said.')).toBe(3);
    expect(kindAppositiveVote('He kept the party line ', ' said.')).toBe(0);
    expect(kindAppositiveVote('She crossed the front line ', ' said.')).toBe(0);
  });

  it('reads the kind and the name on one line: a heading\'s last noun is no kind for the name opening the next', () => {
    expect(kindAppositiveVote('Results from the trading firm\n', ' said.')).toBe(0);
    expect(kindAppositiveVote('The\ncarmaker ', ' said.')).toBe(0);
    expect(typed('Notes on the carmaker\nSoren Vask said output fell.')).toEqual([['Soren Vask', 'person']]);
    // A clause verb on the next line is no clause of the name's.
    expect(kindAppositiveVote('He sold the company ', '\nfounded in 2002.')).toBe(3);
  });

  it('must not change: the same phrase on one line, with any run of spaces', () => {
    expect(kindAppositiveVote('Prices rose, the trading  firm\t', ' said.')).toBe(3);
    expect(kindAppositiveVote('He sold the company ', '  founded in 2002.')).toBe(0);
    expect(kindAppositiveVote('He sold the company ', ' set  up in 2002.')).toBe(0);
    expect(typed('Notes on the carmaker Soren Vask said output fell.')).toEqual([['Soren Vask', 'org']]);
  });
});
