import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a cleric’s title before a name (entity-cues TITLE_HEADS)', () => {
  it('stays outside the name, as "Archbishop" and "Rabbi" do', () => {
    expect(typed('"We have waited," said the rector, Father Tomas Lindqvist.')).toEqual([['Tomas Lindqvist', 'person']]);
    expect(typed('The Rev. Alma Osei spoke, and Pastor Dean Whitcombe prayed.')).toEqual([
      ['Alma Osei', 'person'],
      ['Dean Whitcombe', 'person'],
    ]);
    expect(typed('Reverend Nora Falk and Monsignor Piero Gatti met on Friday.')).toEqual([
      ['Nora Falk', 'person'],
      ['Piero Gatti', 'person'],
    ]);
  });

  it('leaves the titles already known, and a name that is no cleric, as they were', () => {
    expect(typed('Archbishop Tomas Lindqvist said Mass.')).toContainEqual(['Tomas Lindqvist', 'person']);
    expect(typed('Anna Father, the club’s treasurer, said on Friday it would stay.')).toContainEqual(['Anna Father', 'person']);
  });
});

describe('a church’s see named with its place (entity-cues ORG_HEADS)', () => {
  it('is one body, its place inside ("the Archdiocese of Lyon", "the Diocese of Rochester")', () => {
    expect(typed('The plan was turned down by the Archdiocese of Lyon, which said entry was free.')).toEqual([['Archdiocese of Lyon', 'org']]);
    expect(typed('The Diocese of Rochester filed for bankruptcy in 2019.')).toContainEqual(['Diocese of Rochester', 'org']);
  });

  it('leaves the word alone, and a lower-case diocese, as they were', () => {
    expect(typed('A spokesman for the Archdiocese said it would comment later.')).toEqual([['Archdiocese', 'org']]);
    expect(typed('Diocese officials in Boston declined to comment.')).toEqual([['Boston', 'place']]);
  });
});
