import { describe, expect, it } from 'vitest';
import { floorReading } from './figure-page-floors';
import { storedFacts, verdict } from '../../tests/support/stored-figures';

describe('floorReading', () => {
  it('reads a precise floor below the stored value as a count of its own', () => {
    expect(floorReading('min', 321, 422, 1)).toBe('count');
    expect(floorReading('above', 1_237, 1_500, 1)).toBe('count');
  });
  it('lets a round floor reach up to twice itself, no further', () => {
    expect(floorReading('above', 150, 290, 10)).toBeNull();
    expect(floorReading('above', 150, 422, 10)).toBe('far');
    expect(floorReading('min', 5, 8, 1)).toBeNull();
  });
  it('takes three figures ending in a 5 for a rounding, not a count', () => {
    expect(floorReading('above', 1_250, 1_500, 10)).toBeNull();
    expect(floorReading('above', 61_500, 62_000, 100)).toBeNull();
    expect(floorReading('above', 1_250, 2_600, 10)).toBe('far');
    expect(floorReading('above', 1_240, 1_500, 10)).toBe('count');
    expect(floorReading('min', 325, 422, 1)).toBe('count');
  });
  it('leaves ceilings, estimates and a stored value at or below the floor to the usual rules', () => {
    expect(floorReading('max', 321, 422, 1)).toBeNull();
    expect(floorReading('approx', 321, 422, 1)).toBeNull();
    expect(floorReading('min', 321, 321, 1)).toBeNull();
    expect(floorReading(null, 321, 422, 1)).toBeNull();
    expect(floorReading('above', 365, 470, 5, true)).toBeNull();
  });
});

describe('a page floor against a stored count', () => {
  const shelter = storedFacts('2024-11-20', 'By Friday the shelters were housing 1,480 people who had fled the floods, the county said.');
  it('a precise floor is an older count, not one the stored figure vouches for', () => {
    expect(verdict(shelter, 'The shelters were housing at least 1,237 people who had fled the floods.', 'at least 1,237 people')?.[0]).toBe('differs');
  });
  it('a round floor far below says nothing; one near still agrees, and the same count does', () => {
    expect(verdict(shelter, 'The shelters were housing more than 500 people who had fled the floods.', 'more than 500 people')).toBeNull();
    expect(verdict(shelter, 'The shelters were housing more than 1,000 people who had fled the floods.', 'more than 1,000 people')?.[0]).toBe('agrees');
    expect(verdict(shelter, 'The shelters were housing at least 1,480 people who had fled the floods.', 'at least 1,480 people')?.[0]).toBe('agrees');
  });
  it('a floor rounded to a half agrees with the count above it', () => {
    const plant = storedFacts('2024-11-20', 'The company employs 1,500 workers at the plant, the union said.');
    expect(verdict(plant, 'The company employs more than 1,250 workers at the plant.', 'more than 1,250 workers')?.[0]).toBe('agrees');
  });
  it('leaves a small floor under a toll alone', () => {
    const toll = storedFacts('2024-11-20', 'The storm killed 16 people across the region, officials said.');
    expect(verdict(toll, 'The storm killed at least 10 people, officials said.', 'at least 10 people')?.[0]).toBe('agrees');
  });
});
