import { describe, expect, it } from 'vitest';
import { isInitialsOf } from './alias-pairs';
import { compileLexicon, findEntities } from './entities';
import { demonyms, placeLexicon, placeVariants } from './places';

// Every sentence is written for this test.
const lexicon = compileLexicon(placeLexicon(), demonyms(), placeVariants());
const typed = (text: string): [string, string][] => findEntities(text, lexicon).map((m) => [m.text, m.type]);

describe('a body named by what it works on', () => {
  it('keeps "on" and the fields after a body\'s head ("the Council on Foreign Relations")', () => {
    expect(typed('A report by the Council on Foreign Relations came out.')).toEqual([['Council on Foreign Relations', 'org']]);
    expect(typed('The Intergovernmental Panel on Climate Change met.')).toEqual([['Intergovernmental Panel on Climate Change', 'org']]);
  });

  it('takes a place after "in" only where the short form after it spells the whole name', () => {
    expect(typed('It needs the approval of the Committee on Foreign Investment in the United States, or CFIUS, first.')).toEqual([
      ['Committee on Foreign Investment in the United States', 'org'],
      ['CFIUS', 'org'],
    ]);
    expect(typed('A report by the Council on Foreign Relations in New York came out.')).toEqual([
      ['Council on Foreign Relations', 'org'],
      ['New York', 'place'],
    ]);
  });

  it('leaves a day, a possessive or a longer run after "on" apart ("the Council on Monday")', () => {
    expect(typed('The Council on Monday approved the plan.')).toEqual([]);
    expect(typed('The Commission on Apple’s fine said little.')).toEqual([['Apple', 'org']]);
    expect(typed('He wrote to the Board on Jane Doe’s behalf.').map(([t]) => t)).not.toContain('Board on Jane');
  });

  it('is spelt by its acronym without the small words ("CFIUS")', () => {
    expect(isInitialsOf('CFIUS', 'Committee on Foreign Investment in the United States')).toBe(true);
    expect(isInitialsOf('CFI', 'Committee on Foreign Investment in the United States')).toBe(false);
  });
});

describe('one set of heads for both ways "on" stays in a name', () => {
  it('lets every head take "on the" before its field ("the Forum on the Future of Work")', () => {
    expect(typed('The report came from the Forum on the Future of Work, which met in May.').map(([t]) => t)).toEqual(['Forum on the Future of Work']);
    expect(typed('The Congressional Caucus on Maternal Health met on Monday.').map(([t]) => t)).toEqual(['Congressional Caucus on Maternal Health']);
  });

  it('still leaves a day after any head apart ("the Caucus on Monday")', () => {
    expect(typed('The Caucus on Monday backed the bill.').map(([t]) => t)).toEqual(['Caucus']);
    expect(typed('The Forum on Tuesday heard from farmers.').map(([t]) => t)).toEqual(['Forum']);
  });
});

describe('"Convention on" a field', () => {
  // Every sentence is written for this test.
  it('is one body ("the UN Framework Convention on Climate Change", which had split off a person "Climate Change")', () => {
    expect(typed('Simon Stiell of the UN Framework Convention on Climate Change said the host was chosen.')).toEqual([
      ['Simon Stiell', 'person'],
      ['UN Framework Convention on Climate Change', 'org'],
    ]);
  });
  it('stops before a weekday as the other heads do ("The Convention on Monday")', () => {
    expect(typed('The Convention on Monday heard from the governor.')).toEqual([['Convention', 'org']]);
  });
  it('stops before where or when the body meets ("the Convention on Capitol Hill", "on Labor Day", "on Main Street")', () => {
    expect(typed('The Convention on Capitol Hill ended on Friday.')).toEqual([['Convention', 'org'], ['Capitol Hill', 'place']]);
    expect(typed('Fans met at the Anime Convention on Main Street in the town.').map(([t]) => t)).toEqual(['Anime Convention', 'Main Street']);
    expect(typed('The Council on Washington Street met on Friday.').map(([t]) => t)).not.toContain('Council on Washington Street');
    expect(typed('Delegates at the Party Convention on Labor Day cheered.').map(([t]) => t)).not.toContain('Party Convention on Labor Day');
  });
});
