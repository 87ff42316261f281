import { describe, expect, it } from 'vitest';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';
import { waterListVote } from './name-water-lists';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('names listed after a plural noun for waters', () => {
  it('are places, also with a phrase of where between the noun and the list', () => {
    expect(typed('About 3,500 fish died in streams south of the spill, among them Sulphur Run and Leslie Run, the state said.')).toEqual([
      ['Sulphur Run', 'place'],
      ['Leslie Run', 'place'],
    ]);
    expect(typed('Anglers fish rivers including Elk Fork, Mud Branch, and Sandy Brook.')).toEqual([
      ['Elk Fork', 'place'],
      ['Mud Branch', 'place'],
      ['Sandy Brook', 'place'],
    ]);
  });

  it('are places with "the" before them ("rivers such as the Tamar and Exe")', () => {
    expect(typed('Barges still work rivers such as the Tamar and Exe.')).toEqual([
      ['Tamar', 'place'],
      ['Exe', 'place'],
    ]);
    expect(typed('Anglers fish waterways including the Wye, the Usk and the Teme.')).toEqual([
      ['Wye', 'place'],
      ['Usk', 'place'],
      ['Teme', 'place'],
    ]);
    expect(waterListVote('fish in rivers such as the ')).toBe(3);
  });

  it('reads the list, not the noun alone', () => {
    expect(waterListVote('dead fish in creeks such as Bear Creek and ')).toBe(3);
    expect(waterListVote('dead fish in creeks such as ')).toBe(3);
    expect(waterListVote('dead fish in the creeks. Officials such as ')).toBe(0);
    expect(waterListVote('fish in creeks near Salem, among them ')).toBe(0);
  });

  // Must not change: a clause after the list, a name after the noun with no list word, and a
  // list of firms after another kind keep their readings.
  it('leaves a clause after the list, and other kinds, alone', () => {
    expect(typed('The state tested streams, including Mill Run, and Ana Ruiz said the water was safe.')).toContainEqual(['Ana Ruiz', 'person']);
    expect(typed('Crews dredged the streams, and Tom Hale said the work was done.')).toEqual([['Tom Hale', 'person']]);
    // A name after the list's comma that neither goes on with it nor ends it: who said so.
    expect(typed('Sewage has fouled rivers such as the Tarrow, Mina Cole said on Monday.')).toContainEqual(['Mina Cole', 'person']);
    expect(waterListVote('rivers such as the Tarrow, ', ' said on Monday.')).toBe(0);
    expect(waterListVote('rivers such as the Tarrow, the ', ', the Lune and the Kent.')).toBe(3);
    expect(typed('Investors in utilities such as Duke Energy and Dominion lost money.')).toEqual([
      ['Duke Energy', 'org'],
      ['Dominion', 'org'],
    ]);
  });

  it('must not change: a list of the waters\' owners is theirs, not the waters\'', () => {
    expect(typed('The lakes owned by firms such as Duke Energy and Georgia Power were drained.')).toContainEqual(['Georgia Power', 'org']);
    expect(waterListVote('the lakes owned by firms such as Duke Energy and ')).toBe(0);
    expect(waterListVote('ponds near farms run by companies including ')).toBe(0);
    expect(waterListVote('fish in rivers across the state, including ')).toBe(3);
  });

  it('reads a list whose noun opens the sentence', () => {
    expect(typed('Streams such as Sulphur Run and Leslie Run were fouled.')).toEqual([
      ['Sulphur Run', 'place'],
      ['Leslie Run', 'place'],
    ]);
    expect(waterListVote('Creeks, including ')).toBe(3);
    expect(waterListVote('Officials such as ')).toBe(0);
  });
});
