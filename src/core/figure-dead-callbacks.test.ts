import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { deadCalledBack } from './figure-dead-callbacks';

describe('deadCalledBack', () => {
  it('reads a clause or participle of dying after the count', () => {
    for (const after of [' who died.', ' killed in the collapse', ' who were killed on Monday', ', who lost their lives', ' that had been killed', ' dead in the flood']) expect(deadCalledBack(after)).toBe(true);
  });
  it('leaves other clauses alone', () => {
    for (const after of [' who met on Friday', ' that burned for a week', ' who were hired', ' killed time', ' deadline', ' who testified']) expect(deadCalledBack(after)).toBe(false);
  });
});

describe('a count of the dead called back with "the"', () => {
  const stored = storedFacts('2024-10-25', 'The state and the families of the six workers who died opposed the request.');
  it('is a figure in a stored text ("the families of the six workers who died")', () => {
    expect(stored.map((f) => f.quantity.text)).toEqual(['six workers']);
  });
  it('is compared on a page: "the six workers killed in the collapse", "Six workers died"', () => {
    expect(verdict(stored, 'Relatives of the six workers killed in the collapse asked that it carry their names.', 'six workers')).toEqual(['agrees', 'same figure']);
    expect(verdict(stored, 'Six workers died in the collapse.', 'Six workers')).toEqual(['agrees', 'same figure']);
    expect(verdict(stored, 'Relatives of the seven workers killed in the collapse spoke.', 'seven workers')?.[0]).toBe('differs');
  });
  it('must not change: other called-back counts stay references (finance, courts, weather, sport)', () => {
    const deals = storedFacts('2025-03-01', 'The two banks agreed to merge.', 'Two fires burned for a week.');
    expect(deals.map((f) => f.quantity.text)).toEqual(['Two fires']);
    expect(verdict(deals, 'The two fires that burned for a week were contained.', 'two fires')).toBeNull();
    const court = storedFacts('2025-03-01', 'Three jurors were dismissed.');
    expect(verdict(court, 'The three jurors who were dismissed spoke to reporters.', 'three jurors')).toBeNull();
    const sport = storedFacts('2025-03-01', 'Four players were injured in the match.');
    expect(verdict(sport, 'The four players injured in the match will miss the final.', 'four players')).toBeNull();
  });
});
