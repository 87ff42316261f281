import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

const texts = (s: string) => findQuantities(s).map((q) => q.text);

describe('"one day" meaning some day', () => {
  it('is no figure after an infinitive or a modal’s verb, at a clause’s end', () => {
    expect(texts('Most fishermen said they hoped to sail home one day.')).toEqual([]);
    expect(texts('“We will rebuild the harbour one day,” the mayor said.')).toEqual([]);
  });

  it('stays a length of time after a verb of time, a preposition, or with more said', () => {
    expect(texts('The walkout is expected to last one day.')).toEqual(['one day']);
    expect(texts('Crews hoped to finish within one day.')).toEqual(['one day']);
    expect(texts('The port closed for one day.')).toEqual(['one day']);
    expect(texts('They plan to sail one day later than planned.')).toEqual(['one day']);
  });

  it('stays a length of time after "to", a bound or a shift', () => {
    expect(texts('Organisers decided to shorten the fair to one day.')).toEqual(['one day']);
    expect(texts('Nurses want to keep at least one day.')).toEqual(['at least one day']);
    expect(texts('The board will push the vote back one day.')).toEqual(['one day']);
    expect(texts('Unions will stage a stoppage lasting one day.')).toEqual(['one day']);
  });
});
