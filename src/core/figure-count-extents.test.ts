import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { countsOfOtherExtents, extentsSaid } from './figure-count-extents';
import { figureIn, storedFact } from './figure-test-kit';
import type { Fact } from './types';

const STORED = storedFacts('2024-01-20', 'At least 12 people had died in the floods across the state, officials said.');

describe('counts of two extents', () => {
  it('a county’s toll is no later count of the state’s', () => {
    expect(verdict(STORED, 'The sheriff said at least 15 people in the county had died in the floods.', 'at least 15 people')).toBeNull();
  });

  it('leaves counts of one extent, or of an extent unsaid, to be judged', () => {
    expect(verdict(STORED, 'At least 15 people had died in the floods across the state, officials said.', 'At least 15 people')?.[0]).toBe('differs');
    expect(verdict(STORED, 'The sheriff said at least 15 people had died in the floods.', 'at least 15 people')?.[0]).toBe('differs');
  });

  it('reads the extent in words', () => {
    expect([...extentsSaid('Power returned nationwide, and in the city by noon.')]).toEqual(['country', 'city']);
    expect([...extentsSaid('The statement of the county board.')]).toEqual([]);
    expect([...extentsSaid('Nine died in the city, the worst toll in the state since 1990.')]).toEqual(['city']);
  });

  it('takes no extent a count is ranked across after a superlative', () => {
    const city = storedFacts('2024-01-20', 'At least 12 people were killed in the bombing in the city, police said.');
    expect(verdict(city, 'At least 20 people were killed in the bombing, the deadliest in the country this year.', 'At least 20 people')?.[0]).toBe('differs');
    expect(verdict(STORED, 'At least 15 people had died in the floods, the most in the county since 1990.', 'At least 15 people')?.[0]).toBe('differs');
  });

  it('reads a stored sentence once, however many page counts it is set against', () => {
    const sentence = 'At least 12 people had died across the state, officials said.';
    const fact = storedFact(sentence, 'At least 12 people');
    let reads = 0;
    const counted: Fact = { ...fact, where: { ...fact.where, get sentence() { reads++; return sentence; } } };
    const pages = [
      ['Officials said 15 people in the county had died.', '15 people'],
      ['The mayor said 20 people had died in the city.', '20 people'],
      ['At least 30 people had died across the state.', 'At least 30 people'],
    ] as const;
    expect(pages.map(([p, text]) => countsOfOtherExtents(p, figureIn(p, text), counted))).toEqual([true, true, false]);
    expect(reads).toBe(1);
  });
});
