import { describe, expect, it } from 'vitest';
import { compareFigure, measureOf } from './facts';
import { figureIn as figure, storedFact } from './figure-test-kit';
import type { Fact } from './types';

// Every sentence is written for this test.
const stored = (sentence: string, text: string): Fact => storedFact(sentence, text);
const members = stored('The NNU represents about 46,000 nurses in the state.', 'about 46,000 nurses');

describe('members a union represents, staff a company employs', () => {
  it('reads the people a union represents as its members, with or without their noun', () => {
    expect(measureOf(members.where.sentence, members.quantity)).toContain('membership');
    const page = 'The walkout brings the number of NNU members on strike to about 9,800, of the about 46,000 it represents.';
    expect(compareFigure([members], figure(page, 'about 46,000'), page)[0]?.verdict).toBe('agrees');
  });

  it('keeps the staff companies employ apart from a union’s members', () => {
    const staff = 'The 13 hospitals employ nearly 50,000 nurses without a union.';
    expect(measureOf(staff, figure(staff, 'nearly 50,000 nurses'))).toContain('employed');
    expect(compareFigure([members], figure(staff, 'nearly 50,000 nurses'), staff)).toEqual([]);
    // A count of nurses that says neither is read as before.
    const plain = 'About 46,000 nurses work in the state.';
    expect(measureOf(plain, figure(plain, 'About 46,000 nurses'))).not.toContain('membership');
  });

  it('reads no members in the people a lawmaker or a club represents (review)', () => {
    const senator = 'The senator represents 3 million people.';
    expect(measureOf(senator, figure(senator, '3 million people'))).not.toContain('membership');
    const club = 'The club represents 40 nations.';
    expect(measureOf(club, figure(club, '40 nations'))).not.toContain('membership');
    expect(compareFigure([stored('The union has about 46,000 members.', 'about 46,000 members')], figure('The mayor represents about 46,000 residents.', 'about 46,000 residents'), 'The mayor represents about 46,000 residents.')).toEqual([]);
  });
});
