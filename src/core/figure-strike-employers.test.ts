import { describe, expect, it, vi } from 'vitest';
import { findEntities } from './entities';
import { compareFigure, extractFacts } from './facts';
import { named } from './figure-named';
import { strikingEmployer } from './figure-strike-employers';
import { figureIn, verdictAgainst as verdict } from './figure-test-kit';

// The entity pipeline, counted: how often a stored strike sentence's names are read.
vi.mock('./entities', async (original) => {
  const real = await original<typeof import('./entities')>();
  return { ...real, findEntities: vi.fn(real.findEntities) };
});

// Every sentence is written for this test.
const stored = 'Halvey Foods reached a deal with the Food Workers Union on Monday, ending a strike that began on March 3.';

describe('whose strike a date is', () => {
  it('reads the employer whose workers strike', () => {
    expect(strikingEmployer(named('About 2,000 drivers at Kestrel Motors went on strike on March 1.'))).toBe('Kestrel Motors');
    expect(strikingEmployer(named('Kestrel Motors workers walked out on March 1.'))).toBe('Kestrel Motors');
    // No strike, or no employer of the strikers, is none.
    expect(strikingEmployer(named('Kestrel Motors workers voted on March 1.'))).toBeNull();
    expect(strikingEmployer(named('The strike at the plant began on March 1.'))).toBeNull();
  });

  it('does not set another employer’s strike date against the stored strike', () => {
    expect(verdict(stored, 'March 3', 'About 2,000 drivers at Kestrel Motors went on strike on March 1.', 'March 1')).toBeUndefined();
    expect(verdict(stored, 'March 3', 'About 2,000 drivers at Kestrel Motors went on strike on March 3.', 'March 3')).toBeUndefined();
  });

  it('still judges the same employer’s strike, one named by its initials, or one of no employer said', () => {
    expect(verdict(stored, 'March 3', 'Workers at Halvey Foods went on strike on March 1.', 'March 1')).toBe('differs');
    expect(verdict(stored, 'March 3', 'Members of the FWU went on strike on March 3.', 'March 3')).toBe('agrees');
    expect(verdict(stored, 'March 3', 'The strike began on March 1.', 'March 1')).toBe('differs');
  });

  it('reads both the union and the employer of "<union> members at <employer>"', () => {
    const atEmployer = 'About 2,000 drivers at Kestrel Motors went on strike on March 3.';
    expect(verdict(atEmployer, 'March 3', 'About 2,000 UAW members at Kestrel Motors went on strike on March 1.', 'March 1')).toBe('differs');
    expect(verdict(stored, 'March 3', 'About 2,000 UAW members at Kestrel Motors went on strike on March 1.', 'March 1')).toBeUndefined();
  });
});

describe('whose strike a date is: work', () => {
  it('reads a stored strike sentence’s names once per fact, not once per page figure', () => {
    // More stored strike sentences than named()'s 64-entry cache holds.
    const paragraphs = Array.from({ length: 80 }, (_, i) => `Halvey Foods reached a deal with the Food Workers Union on Monday, ending a strike that began on March 3 (${i}).`);
    const facts = extractFacts({ id: 'a1', title: 'Test', source: 'test', url: null, date: '2024-03-01', language: 'en', paragraphs }).filter((f) => f.quantity.text === 'March 3');
    expect(facts).toHaveLength(80);
    const reads = vi.mocked(findEntities);
    const page = 'About 2,000 drivers at Kestrel Motors went on strike on March 1, and on March 2 they marched.';
    compareFigure(facts, figureIn(page, 'March 1'), page);
    reads.mockClear();
    // A second figure of the page: every stored sentence is already read (80 reads before).
    expect(compareFigure(facts, figureIn(page, 'March 2'), page)).toEqual([]);
    expect(reads.mock.calls.length).toBeLessThanOrEqual(2);
  });
});
