import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities';

// Every sentence is written for this test.
const spans = (text: string): string[] => findQuantities(text).map((q) => q.text);

describe('"over" that is no "more than"', () => {
  it('is a particle after hand, turn ("handed over 5,000 flats")', () => {
    expect(spans('The builder handed over 5,000 flats this year.')).toEqual(['5,000 flats']);
    expect(spans('The bank turned over 300 documents to the court.')).toEqual(['300 documents']);
  });

  it('is a particle of "take" before a part of a whole ("took over 40 of the stores")', () => {
    expect(spans('A rival took over 40 of the stores and a grocer 12.')).toContainEqual('40');
    expect(spans('The developer signed over 40 of its flats to the lender.')).toContainEqual('40');
  });

  it('is the "about" of a dispute ("a petition in May 2021 over $40 million")', () => {
    expect(spans('The fund filed its petition in May 2021 over $40 million it said it was owed.')).toContainEqual('$40 million');
    expect(spans('The landlord sued the chain over $2 million in unpaid rent.')).toContainEqual('$2 million');
  });

  // Must not change: "more than" after other verbs and nouns, and "take" a length of time.
  it('stays a qualifier elsewhere ("took over 20 years", "seeking over $5 million")', () => {
    expect(spans('The work took over 20 years.')).toEqual(['over 20 years']);
    expect(spans('A lawsuit seeking over $5 million was filed.')).toEqual(['over $5 million']);
    expect(spans('The firm paid over $3 million in fines.')).toEqual(['over $3 million']);
    expect(spans('Rebels took over 300 hostages.')).toEqual(['over 300 hostages']);
    expect(spans('The airline signed over $20 billion in jet orders at the show.')).toEqual(['over $20 billion']);
    expect(spans('The mayor has signed over 120 permits this year.')).toContainEqual('over 120 permits');
    expect(spans('The chain has been sued over 200 times since 2019.')).toContainEqual('over 200 times');
  });
});
