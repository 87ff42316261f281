import { describe, expect, it } from 'vitest';
import { compareFigure, measureOf } from './facts';
import { ON_STRIKE } from './measure-strikers';
import { figureIn as figure, storedFact } from './figure-test-kit';
import type { Fact } from './types';

// Every sentence is written for this test.
const marked = (sentence: string, text: string, before = ''): boolean => measureOf(sentence, figure(sentence, text), before).includes(ON_STRIKE);
const stored = (sentence: string, text: string, before = ''): Fact => storedFact(sentence, text, { before });

describe('people on strike', () => {
  it('marks a count of strikers by any noun', () => {
    expect(marked('About 4,100 nurses walked out at dawn, the union said.', 'About 4,100 nurses')).toBe(true);
    expect(marked('About 9,800 of the union’s members are on strike, against 4,100 when it began.', 'About 9,800')).toBe(true);
    expect(marked('About 9,800 of the union’s members are on strike, against 4,100 when it began.', '4,100')).toBe(true);
    expect(marked('The walkout brings the number of members on strike to about 9,800.', 'about 9,800')).toBe(true);
    expect(marked('The strike, which began on March 1 with 4,100 nurses, has grown to about 9,800.', 'about 9,800')).toBe(true);
    expect(marked('The strike, which began on March 1 with 4,100 nurses, has grown to about 9,800.', '4,100 nurses')).toBe(true);
    expect(marked('The strike ended with about 9,800 members out at its peak.', 'about 9,800 members')).toBe(true);
    expect(marked('About 4,100 nurses left two hospitals.', 'About 4,100 nurses', 'The nurses went on strike on Friday.')).toBe(true);
  });

  it('leaves counts of no strike alone', () => {
    // No strike said: people leaving at the end of a shift.
    expect(marked('About 4,100 workers left two plants at the end of the shift.', 'About 4,100 workers')).toBe(false);
    // The members a union has, in a sentence about a strike.
    expect(marked('The walkout brings the number of members on strike to 9,800, of the 46,000 it represents.', '46,000')).toBe(false);
    // What strikers counted is not them: a pitcher's strikes.
    expect(marked('He threw 71 strikes in 98 pitches.', '98 pitches')).toBe(false);
  });

  it('sets a later count of strikers against the stored one, whatever its noun', () => {
    const start = stored('About 4,100 nurses walked out of two hospitals on Friday.', 'About 4,100 nurses');
    const later = 'About 9,800 of the union’s members are on strike now.';
    expect(compareFigure([start], figure(later, 'About 9,800'), later)[0]?.verdict).toBe('differs');
    const same = 'The strike began with 4,100 members at two hospitals.';
    expect(compareFigure([start], figure(same, '4,100 members'), same)[0]?.verdict).toBe('agrees');
    // The union's size is no count of strikers.
    const size = 'The union has 46,000 members in the state.';
    expect(compareFigure([start], figure(size, '46,000 members'), size)).toEqual([]);
  });

  it('counts no strikers of an air strike, or people walking out of a show (review)', () => {
    expect(marked('Air strikes continued overnight, and the death toll has risen to 400.', '400')).toBe(false);
    expect(marked('After the drone strikes the number of displaced has grown to 12,000.', '12,000')).toBe(false);
    expect(marked('About 5,000 people walked out of the concert.', 'About 5,000 people')).toBe(false);
    // Workers walking out, with or without the word strike, are still strikers.
    expect(marked('About 4,100 nurses walked out at dawn.', 'About 4,100 nurses')).toBe(true);
  });
});
