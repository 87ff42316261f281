import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { surnameHeadPerson, titledSurnameHead } from './name-surname-heads';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);
const never = (): boolean => false;

describe('a title before a surname that is also a body\'s head', () => {
  it('reads a courtesy title and the surname alone as a person ("Ms. Stores said")', () => {
    expect(typed('Ms. Stores said the bakery would reopen in spring.')).toEqual([['Stores', 'person']]);
    expect(typed('Mr. Lines said he would stay on the council.')).toEqual([['Lines', 'person']]);
  });

  it('reads a title, a given name and the surname as a person ("Judge Mary Lines ruled")', () => {
    expect(typed('Judge Mary Lines ruled that the lease was void.')).toEqual([['Mary Lines', 'person']]);
    expect(typed('Judge Mary Stores ruled on Tuesday.')).toEqual([['Mary Stores', 'person']]);
    expect(typed('Senator Tom Service said the bill would pass.')).toEqual([['Tom Service', 'person']]);
  });

  it('reads a place\'s head that is a common surname as the person\'s after a title ("Mr. Park said")', () => {
    expect(typed('Mr. Park said the talks would resume.')).toEqual([['Park', 'person']]);
    expect(typed('Ms. Hill testified on Monday.')).toEqual([['Hill', 'person']]);
    expect(typed('Rep. Dave Camp said the vote was close.')).toEqual([['Dave Camp', 'person']]);
    expect(typed('Dr. Anna Lake said the results were clear.')).toEqual([['Anna Lake', 'person']]);
    // Places keep their head: no title, or the page's own place.
    expect(typed('Capitol Hill was quiet.')).toEqual([['Capitol Hill', 'place']]);
    expect(typed('Central Park reopened on Sunday.')).toEqual([['Central Park', 'place']]);
    expect(typed('The rally at Camp Nou drew a crowd.')).toEqual([['Camp Nou', 'place']]);
  });

  it('types the surname alone later as the person named in full', () => {
    expect(typed('Judge Mary Stores ruled. Stores said the case was closed.')).toEqual([
      ['Mary Stores', 'person'],
      ['Stores', 'person'],
    ]);
  });
});

describe('must not change: bodies named with those heads, and titles that open a body', () => {
  it('keeps chains, carriers and papers as bodies', () => {
    expect(typed('Dollar General Stores said sales rose.')).toEqual([['Dollar General Stores', 'org']]);
    expect(typed('Delta Air Lines said flights resumed.')).toEqual([['Delta Air Lines', 'org']]);
    expect(typed('He read it in the Washington Post on Sunday.')).toEqual([['Washington Post', 'org']]);
  });

  it('keeps a title word that is a body\'s own first word ("American President Lines", "General Motors")', () => {
    expect(typed('American President Lines said rates rose.')).toEqual([['American President Lines', 'org']]);
    expect(typed('General Motors said sales rose.')).toEqual([['General Motors', 'org']]);
  });

  it('keeps a generic body\'s head after a title ("Mr. Cooper Group", "Judge Business School")', () => {
    expect(typed('Mr. Cooper Group said loans rose.')).toEqual([['Mr. Cooper Group', 'org']]);
    expect(typed('Judge Business School said fees rose.')).toEqual([['Judge Business School', 'org']]);
  });

  it('keeps the head alone a body where the page treats it as one, beside a person of that surname', () => {
    expect(typed('Sen. Tom House said the bill was weak. The House voted on Tuesday.')).toEqual([
      ['Tom House', 'person'],
      ['House', 'org'],
    ]);
    expect(typed('Gov. Ann Guard said troops were ready. The Guard arrived on Friday.')).toEqual([
      ['Ann Guard', 'person'],
      ['Guard', 'org'],
    ]);
  });

  it('keeps a building named for a royal or a priest by the given name ("Queen Elizabeth House")', () => {
    expect(typed('Queen Elizabeth House said the study was funded.')).toEqual([['Queen Elizabeth House', 'place']]);
    expect(typed('The talks were held at Prince Philip House in London.')).toEqual([
      ['Prince Philip House', 'place'],
      ['London', 'place'],
    ]);
    expect(typed('Father Ted House said the parish was closing.')).toEqual([['Father Ted House', 'place']]);
  });

  it('keeps an event\'s head after a title to its own rule ("Coach Ryan Day")', () => {
    expect(typed('Coach Ryan Day said the team was ready.')).toEqual([['Ryan Day', 'person']]);
  });
});

describe('titledSurnameHead and surnameHeadPerson', () => {
  it('needs a courtesy title before a lone surname, any title before a given name and surname', () => {
    expect(titledSurnameHead('Ms.', ['Stores'], never)).toBe(true);
    expect(titledSurnameHead('President', ['Lines'], never)).toBe(false);
    expect(titledSurnameHead('President', ['Anne', 'Lines'], never)).toBe(true);
    expect(titledSurnameHead('Judge', ['Business', 'School'], never)).toBe(false);
    expect(titledSurnameHead('Judge', ['Cruise', 'Lines'], (w) => w === 'Cruise')).toBe(false);
  });

  it('needs strong person cues or the surname of a person named in full', () => {
    expect(surnameHeadPerson(['Mary', 'Stores'], 4, 1, false)).toBe(true);
    expect(surnameHeadPerson(['Dollar', 'General', 'Stores'], 4, 1, false)).toBe(false);
    expect(surnameHeadPerson(['Stores'], 1, 1, false)).toBe(false);
    expect(surnameHeadPerson(['Stores'], 1, 1, true)).toBe(true);
    expect(surnameHeadPerson(['House'], 0, 2, true)).toBe(false);
  });
});
