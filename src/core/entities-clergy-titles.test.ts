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
