import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const names = (text: string): string[] => findEntities(text, lexicon).map((m) => m.text);
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a word opening a sentence alone', () => {
  it('rejects a sentence-initial word that is written in lower case elsewhere', () => {
    expect(names('Phase two is close. Officials said phase two would start soon.')).toEqual([]);
  });
  it('rejects an unknown sentence-initial word with no other evidence', () => {
    expect(names('Looming over the talks are political challenges.')).toEqual([]);
  });
  it('accepts a sentence-initial name seen elsewhere in the text', () => {
    expect(names('Smotrich objected. Finance minister Bezalel Smotrich has threatened to quit.')).toEqual(['Smotrich', 'Bezalel Smotrich']);
  });
  it('accepts a sentence-opening word listed with a known place, but not a plural noun', () => {
    expect(typed('Pasadena and Glendale opened shelters.')).toEqual([
      ['Pasadena', 'place'],
      ['Glendale', 'place'],
    ]);
    expect(names('Lorries and Egypt’s trucks queued.')).toEqual(['Egypt']);
  });
});

describe('a company that opens its sentence alone', () => {
  it('is a name where the sentence says "its" and the body\'s noun said it ("Lufthansa filled 82.5% of its seats …, the airline said")', () => {
    expect(typed('FRANKFURT — Lufthansa filled 82.5% of its seats in the quarter, the airline said on Thursday.').map(([t]) => t)).toEqual([
      'FRANKFURT',
      'Lufthansa',
    ]);
  });

  it('is not for a common noun or a plural ("Demand rose, the company said")', () => {
    expect(typed('Demand rose in the quarter, the company said. Officials closed its road, the agency said.')).toEqual([]);
  });
});

describe('an opener known only from inside longer names', () => {
  it('is the common word where the page writes it in lower case ("Controllers at the tower")', () => {
    const text = 'The National Air Traffic Controllers Association warned of it. Controllers at the tower work long weeks, and more controllers are coming.';
    expect(names(text)).toEqual(['National Air Traffic Controllers Association']);
  });

  it('is the adjective before a lower-case word ("Federal safety officials")', () => {
    const text = 'The Federal Aviation Administration closed the route. Federal safety officials have been under pressure.';
    expect(names(text)).toEqual(['Federal Aviation Administration']);
  });

  it('stays a name where it is a distinctive word the page never writes in lower case ("Nippon said")', () => {
    expect(names('Nippon Steel agreed to buy the company. Nippon said the deal would close.')).toEqual(['Nippon Steel', 'Nippon']);
  });
});

describe('a plural agent noun opening a sentence before a speech verb', () => {
  it('is no name: "Investigators said"', () => {
    expect(names('The route has a ceiling of 200 feet. Investigators said the jet was higher.')).toEqual([]);
  });

  it('leaves a name before the same verb a name ("Halvorsen said")', () => {
    expect(names('The route has a ceiling of 200 feet. Halvorsen said the jet was higher.')).toEqual(['Halvorsen']);
  });
});

describe('an ordinal opening a sentence', () => {
  const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
  const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);
  it('is the first word of a body it opens with three words or more ("First Republic Bank")', () => {
    expect(typed('First Republic Bank had lost deposits.')).toEqual([['First Republic Bank', 'org']]);
    expect(typed('Second Harvest Food Bank fed 4,000 families.')).toEqual([['Second Harvest Food Bank', 'org']]);
  });
  it('stays outside a title, a known name after it and a list ("First, …")', () => {
    expect(typed('First Lady Jill Biden visited.')).toEqual([['Jill Biden', 'person']]);
    expect(typed('First Ohio State scored, then Michigan State.')).toEqual([['Ohio State', 'org'], ['Michigan State', 'org']]);
    expect(typed('First European Central Bank officials spoke.')).toEqual([['European Central Bank', 'org']]);
    expect(typed('First, Republic Bank said it would cut jobs.')).toEqual([['Republic Bank', 'org']]);
  });
});

describe('a body\'s head and "of" a name opening a sentence', () => {
  const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
  const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);
  it('is the body, though the page writes the head in lower case ("Bank of America … the bank")', () => {
    expect(typed('Bank of America said profits rose. The bank also cut jobs.')).toEqual([['Bank of America', 'org']]);
    expect(typed('Bank of England officials met. The bank raised rates.')).toEqual([['Bank of England', 'org']]);
  });
  it('leaves other openers before "of" outside ("Shares of …", "Officials of …")', () => {
    expect(typed('Shares of Bank of America fell.')).toEqual([['Bank of America', 'org']]);
    expect(typed('Officials of Hamas said the talks would resume.')).toEqual([['Hamas', 'org']]);
  });
});

describe('the words after a sentence opener', () => {
  it('speak for it only on its line: a name it is listed with on the next line is no fellow', () => {
    expect(names('Velmora and Glendale opened shelters.')).toEqual(['Velmora', 'Glendale']);
    expect(names('Velmora and\nGlendale opened shelters.')).toEqual(['Glendale']);
  });
});
