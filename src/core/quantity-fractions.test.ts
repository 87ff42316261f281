import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';
import { only, spans } from '../../tests/support/quantity-spans';

describe('fractions in words are shares', () => {
  it('reads "two-thirds" and "three-quarters" as percentages', () => {
    expect(only('Two-thirds of the buildings were damaged.', 'Two-thirds')).toMatchObject({ kind: 'number', form: 'percent', unit: '%' });
    expect(only('Two-thirds of the buildings were damaged.', 'Two-thirds').value).toBeCloseTo(66.67, 2);
    expect(only('About three-quarters of homes have no power.', 'About three-quarters')).toMatchObject({ form: 'percent', value: 75, qualifier: 'about' });
    expect(only('a two-thirds majority', 'two-thirds').value).toBeCloseTo(66.67, 2);
    expect(only('one-fifth of the budget', 'one-fifth')).toMatchObject({ value: 20 });
    expect(only('three-fourths of voters', 'three-fourths')).toMatchObject({ value: 75 });
  });
  it('reads a fraction before a state that ends its phrase ("only a third funded.", "two thirds complete")', () => {
    expect(only('Its request was only a third funded.', 'a third')).toMatchObject({ form: 'percent' });
    expect(only('The dam is two thirds complete, engineers said.', 'two thirds').value).toBeCloseTo(66.67, 2);
    expect(spans('A third armed group joined.')).toEqual([]);
  });
  it('reads "a third of", "two thirds of" and "an eighth of", the "of" outside the span', () => {
    expect(only('A third of the hostages are thought to be dead.', 'A third')).toMatchObject({ form: 'percent' });
    expect(only('nearly a third of the population', 'nearly a third')).toMatchObject({ qualifier: 'nearly' });
    expect(only('two thirds of the territory', 'two thirds').value).toBeCloseTo(66.67, 2);
    expect(only('a quarter of the workforce', 'a quarter')).toMatchObject({ value: 25 });
    expect(only('an eighth of the vote', 'an eighth')).toMatchObject({ value: 12.5 });
    expect(only('three quarters of the wells', 'three quarters')).toMatchObject({ form: 'percent', value: 75 });
  });
  it('leaves ordinals, halves and fractions of a unit alone', () => {
    expect(spans('A third phase would cover the return of bodies.')).toEqual([]);
    expect(spans('the Chiefs’ bid for a third straight title')).toEqual([]);
    expect(spans('Boston led by as many as 19 in the third quarter.')).toEqual(['as many as 19']);
    // The annotation reads "half" as no number ("half of the homes", "half-time").
    expect(spans('Half of the homes were destroyed before half-time.')).toEqual([]);
    expect(spans('He spoke for a quarter of an hour.')).toEqual([]);
    expect(spans('The one third-party bid failed.')).toEqual([]);
    // Spaced forms need their "of": "three quarters" of a game are periods, not a share.
    expect(spans('They played three quarters without a foul.')).toEqual(['three quarters']);
    expect(findQuantities('They played three quarters without a foul.')[0]?.form).toBe('count');
  });
  it('keeps a capitalised fraction inside a sentence as a name', () => {
    expect(spans('They met at the Three Quarters of the Moon inn.')).toEqual([]);
  });
});

describe('a change by a share', () => {
  it('reads a change by a share with a qualifier before it ("by about a fifth")', () => {
    expect(spans('Wool prices have fallen by about a third since 2022.')).toEqual(['about a third', '2022']);
    expect(spans('Food donations fell by about a fifth.')).toEqual(['about a fifth']);
    expect(spans('The plant was sold by about a third party.')).toEqual([]);
  });
  it('reads "risen by a third since 2022" as a share, and not "by a third party"', () => {
    expect(findQuantities('Pumping costs have risen by a third since 2022.').map((q) => [q.text, q.unit])).toEqual([
      ['a third', '%'],
      ['2022', null],
    ]);
    expect(findQuantities('The company was sold by a third party.')).toEqual([]);
  });
});
