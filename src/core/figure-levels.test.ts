// Levels of one named share are one measure however far apart; a day's move is not, and
// a name inside a sentence is not a key word.
import { describe, expect, it } from 'vitest';
import { storedFacts, verdict } from '../../tests/support/stored-figures';
import { measureOf } from './measure';
import { findQuantities } from './quantities';

const TARIFF = storedFacts(
  '2025-06-05',
  'President Donald Trump has threatened tariffs of 50% on goods from the European Union.',
  'The euro rose 0.4% to $1.1480 after the decision.',
);

describe('levels of one share', () => {
  it('differ at any distance', () => {
    expect(verdict(TARIFF, 'The European Union agreed a deal that set a 15% tariff on most EU exports.', '15%')).toEqual([
      'differs', 'stored figure is 50%',
    ]);
  });
  it('a levy is a tariff', () => {
    expect(verdict(TARIFF, 'The European Union faces a 30% levy.', '30%')).toEqual(['differs', 'stored figure is 50%']);
  });
  it('a day’s move three times another is not compared', () => {
    expect(verdict(TARIFF, 'The euro fell 1.3% against the dollar.', '1.3%')).toBeNull();
  });
});

describe('a capitalised word inside a sentence', () => {
  it('is a name, not a key word', () => {
    const s = 'All three were abducted on Oct. 7, 2023, Sharabi from Be’eri and Levy from the festival.';
    const q = findQuantities(s).find((f) => f.text === 'Oct. 7, 2023');
    if (!q) throw new Error('no date');
    expect(measureOf(s, q)).not.toContain('tariff');
  });
  it('opening a sentence, it is still a word', () => {
    const s = 'Inflation was 2% in June.';
    const q = findQuantities(s).find((f) => f.text === '2%');
    if (!q) throw new Error('no share');
    expect(measureOf(s, q)).toEqual(['%', 'inflation']);
  });
});

describe('tariffs on other goods', () => {
  const THREAT = storedFacts('2025-06-05', 'President Donald Trump has threatened tariffs of 50% on goods from the European Union.');
  it('are other tariffs, though of the same level', () => {
    expect(verdict(THREAT, 'Steel and aluminium will still face tariffs of 50%.', '50%')).toBeNull();
    expect(verdict(THREAT, 'Cars will face a 25% tariff.', '25%')).toBeNull();
  });
  it('leave a tariff on all goods, or one that does not say, compared', () => {
    expect(verdict(THREAT, 'The deal sets a 15% tariff on most European Union goods.', '15%')).toEqual(['differs', 'stored figure is 50%']);
    expect(verdict(THREAT, 'He had threatened a 30% tariff from Aug. 1.', '30%')).toEqual(['differs', 'stored figure is 50%']);
  });
});
