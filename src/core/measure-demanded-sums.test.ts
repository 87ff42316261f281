import { describe, expect, it } from 'vitest';
import { measureIn as measure, storedFacts, verdict } from '../../tests/support/stored-figures';

const STORED = 'The city first sought $40 million from the contractor, then lowered its claim to $25 million in May.';

describe('a sum a claimant demands', () => {
  it('is one measure however the demand is worded', () => {
    expect(measure('The city first sought $40 million from the contractor.', '$40 million')).toContain('sum-demanded');
    expect(measure('The union then lowered its claim to $25 million in May.', '$25 million')).toContain('sum-demanded');
    expect(measure('The club cut its compensation demand to $3 million from $5 million.', '$5 million')).toContain('sum-demanded');
    expect(measure('The family has not been paid the $2 million it is seeking for the injury.', '$2 million')).toContain('sum-demanded');
    // A sum joined to a demanded one shares its verb.
    expect(measure('The league, which first demanded $9 million and then $6 million, settled.', '$6 million')).toContain('sum-demanded');
  });
  it('is no demand where the words speak of saying, of a good, or of another clause', () => {
    expect(measure('Apple claims its revenue reached $5 billion.', '$5 billion')).not.toContain('sum-demanded');
    expect(measure('The demand for chips reached $500 billion last year.', '$500 billion')).not.toContain('sum-demanded');
    expect(measure('The market demand grew to $80 billion.', '$80 billion')).not.toContain('sum-demanded');
    expect(measure('The city sought bids from builders, and the bridge cost $40 million.', '$40 million')).not.toContain('sum-demanded');
    expect(measure('The firm spent $9 million and then $6 million on ads.', '$6 million')).not.toContain('sum-demanded');
  });
  it('is no demand where the verb or the noun is not linked straight to the sum', () => {
    // An aim, a thing sought, a statement demanded: the sum prices something else.
    expect(measure('The government sought to borrow $3 billion on the bond market.', '$3 billion')).not.toContain('sum-demanded');
    expect(measure('The club is seeking a buyer who will pay $300 million.', '$300 million')).not.toContain('sum-demanded');
    expect(measure('The county sought bids for the $12 million school.', '$12 million')).not.toContain('sum-demanded');
    expect(measure('The union demanded that the city spend $10 million on safety.', '$10 million')).not.toContain('sum-demanded');
    expect(measure('The fund has raised the $500 million it is seeking to raise.', '$500 million')).not.toContain('sum-demanded');
    // A market's demand, a claim that something is so, a claim to a thing.
    expect(measure('The demand grew to $80 billion last year.', '$80 billion')).not.toContain('sum-demanded');
    expect(measure('Analysts expect the demand to rise to $80 billion by 2030.', '$80 billion')).not.toContain('sum-demanded');
    expect(measure('Its claim that revenue reached $5 billion was false.', '$5 billion')).not.toContain('sum-demanded');
    expect(measure('The court upheld her claim to the $3 million estate.', '$3 million')).not.toContain('sum-demanded');
    expect(measure('The court threw out the claim because the bank had repaid $3 million.', '$3 million')).not.toContain('sum-demanded');
    const stored = storedFacts('2024-06-01', 'The union demanded $30 million in back pay from the city.');
    expect(verdict(stored, 'The union demanded that the city spend $10 million on safety.', '$10 million')).toBeNull();
  });
  it('is a demand however the link to the sum is worded', () => {
    expect(measure('Delta sued the firm, seeking at least $500 million.', 'at least $500 million')).toContain('sum-demanded');
    expect(measure('The family is demanding compensation of $2 million.', '$2 million')).toContain('sum-demanded');
    expect(measure('The insurer seeks to recover $5 million from the builder.', '$5 million')).toContain('sum-demanded');
    expect(measure('The claim for $916 million was cut.', '$916 million')).toContain('sum-demanded');
    expect(measure('Its compensation claim now stands at $550 million.', '$550 million')).toContain('sum-demanded');
    expect(measure('The city lowered its claim to $550 million, down from $916 million.', '$916 million')).toContain('sum-demanded');
  });
  it('sets a demand restated in other words against the stored one', () => {
    const stored = storedFacts('2024-06-01', STORED);
    const page = 'The city cut its compensation demand against the contractor to $25 million from $40 million, the mayor said.';
    expect(verdict(stored, page, '$25 million')).toEqual(['agrees', 'same figure']);
    expect(verdict(stored, page, '$40 million')).toEqual(['agrees', 'same figure']);
    expect(verdict(stored, 'The city cut its compensation demand against the contractor to $30 million, the mayor said.', '$30 million')?.[0]).toBe('differs');
  });
  it('leaves a sum of another kind alone', () => {
    const stored = storedFacts('2024-06-01', STORED);
    expect(verdict(stored, 'The city paid the contractor $25 million in fees for the work.', '$25 million')).toBeNull();
  });
});
